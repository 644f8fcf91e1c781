import * as vscode from 'vscode';
import type { ResizeLifecycle } from '../../core/operations';
import { requestDocument } from '../requestFiles/documents';
import { readRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { Services } from '../services';
import { confirmAfterSummary } from '../operations/confirmAfterSummary';
import type { CommandSpec } from './registry';

/**
 * "Send to <cluster>": the file's text at this moment, checked with fresh facts, then the one
 * lifecycle (pre-flight, confirmation as the form does: every scale-in modally, one PUT, following).
 */
export function sendRequestFile(s: Services, lifecycle: ResizeLifecycle, files: RequestFiles): CommandSpec {
  return {
    title: vscode.l10n.t('Send Resize Request'),
    run: async (arg?: unknown) => {
      const request = await readRequest(await requestDocument(arg), files.facts);
      if (request.errors.length > 0 || !request.check.draft) {
        throw new Error(vscode.l10n.t('The request file has errors: {0}', request.errors.join('; ')));
      }
      try {
        await lifecycle.start({
          connection: request.connection,
          clusterId: request.clusterId,
          clusterName: request.clusterName,
          draft: request.check.draft,
          confirm: confirmAfterSummary(s.ui),
        });
      } finally {
        files.facts.forget(request.connection, request.clusterId);
        files.refresh();
      }
    },
  };
}
