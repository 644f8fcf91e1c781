import * as vscode from 'vscode';
import { previewDocument } from '../../core/requests/preview';
import { requestDocument } from '../requestFiles/documents';
import { readRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

/** "Preview": the request as `mrs-resize plan` shows it (secrets named, never filled) and "3 → 5 core nodes". */
export function previewRequestFile(s: Services, files: RequestFiles): CommandSpec {
  return {
    title: vscode.l10n.t('Preview Resize Request'),
    run: async (arg?: unknown) => {
      const request = await readRequest(await requestDocument(arg), files.facts);
      const client = await s.clients.get(request.connection);
      const preview = await client.previewResize(request.clusterId, request.check.resize?.body);
      const text = previewDocument(preview, request.check.resize?.change?.text, request.errors, vscode.l10n.t);
      await files.previews.show(`${request.clusterName}-resize`, text);
    },
  };
}
