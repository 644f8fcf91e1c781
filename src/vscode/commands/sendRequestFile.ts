import * as vscode from 'vscode';
import { UserFacingError } from '../../core/errors';
import type { ResizeLifecycle } from '../../core/operations';
import { cannotSendMessage } from '../../core/requests';
import { requestDocument } from '../requestFiles/documents';
import { resolveRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { UiSlot } from '../ui';
import { confirmAfterSummary } from '../operations/confirmAfterSummary';
import type { CommandSpec } from './registry';

/** What the CodeLens showed ("Send to etl (3 → 5)"): `{ from: 3 }`; the palette and the title bar show none. */
function shownOf(seen: unknown): { shown?: { from: number } } {
  const from = typeof seen === 'object' && seen !== null && 'from' in seen ? seen.from : undefined;
  return typeof from === 'number' && Number.isSafeInteger(from) ? { shown: { from } } : {};
}

/**
 * "Send to <cluster>": the file's text at this moment as an order to the one lifecycle (its plan on
 * a fresh reading, confirmed as the form does: every scale-in modally, one PUT, following).
 */
export function sendRequestFile({
  ui,
  lifecycle,
  files,
}: {
  readonly ui: UiSlot;
  readonly lifecycle: ResizeLifecycle;
  readonly files: RequestFiles;
}): CommandSpec {
  return {
    title: vscode.l10n.t('Send Resize Request'),
    run: async (arg?: unknown, seen?: unknown) => {
      const request = resolveRequest(await requestDocument(arg), files.facts);
      if (request.offlineErrors.length > 0) {
        // The problems are on their nodes already: point there, not at raw offsets in a failure toast.
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        throw new UserFacingError(cannotSendMessage(request.offlineErrors.length, vscode.l10n.t));
      }
      try {
        await lifecycle.start({ ...request.order, ...shownOf(seen) }, confirmAfterSummary(ui));
      } finally {
        files.facts.forget(request.connection, request.clusterId);
        files.refresh();
      }
    },
  };
}
