import * as vscode from 'vscode';
import { requestDocument } from '../requestFiles/documents';
import { previewText } from '../requestFiles/preview';
import { readRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

/** "Preview": method, URL, headers without secrets, the exact body and "3 → 5 core nodes". */
export function previewRequestFile(s: Services, files: RequestFiles): CommandSpec {
  return {
    title: vscode.l10n.t('Preview Resize Request'),
    run: async (arg?: unknown) => {
      const request = await readRequest(await requestDocument(arg), files.facts);
      const url = await (await s.clients.get(request.connection)).resizeUrl(request.clusterId);
      const text = previewText(
        {
          url: url.toString(),
          authMethod: s.store.get(request.connection)?.authMethod,
          body: request.check.resize?.body,
          change: request.check.resize?.change?.text,
          errors: request.errors,
        },
        vscode.l10n.t,
      );
      await files.previews.show(`${request.clusterName}-resize`, text);
    },
  };
}
