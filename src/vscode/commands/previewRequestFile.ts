import * as vscode from 'vscode';
import type { ResizeLifecycle } from '../../core/operations';
import { problemLines } from '../../core/requests';
import { previewDocument } from '../../core/requests/preview';
import { callKindOfMember } from '../../core/resize/rules';
import type { Clients } from '../connections/Clients';
import { requestDocument } from '../requestFiles/documents';
import { resolveRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { CommandSpec } from './registry';

/**
 * "Preview": the file's plan as `mrs-resize plan` shows it: "3 → 5 core nodes", each warning and note
 * (a field sent otherwise than written) with its line:col, the request (secrets named, never filled),
 * or the errors that stand instead of a body.
 */
export function previewRequestFile({
  clients,
  lifecycle,
  files,
}: {
  readonly clients: Clients;
  readonly lifecycle: ResizeLifecycle;
  readonly files: RequestFiles;
}): CommandSpec {
  return {
    title: vscode.l10n.t('Preview Resize Request'),
    run: async (arg?: unknown) => {
      const document = await requestDocument(arg);
      const request = resolveRequest(document, files.facts);
      const plan = await lifecycle.prepare(request.order);
      const notes = problemLines(document.getText(), plan.problems, ['warning', 'info']);
      const text = plan.ready
        ? previewDocument(plan.request, plan.change.text, [], vscode.l10n.t, notes)
        : previewDocument(
            await (
              await clients.get(request.connection)
            ).previewCall(request.clusterId, callKindOfMember(request.parsed.member), undefined),
            undefined,
            problemLines(document.getText(), plan.problems),
            vscode.l10n.t,
          );
      await files.previews.show(`${plan.clusterName}-resize`, text);
    },
  };
}
