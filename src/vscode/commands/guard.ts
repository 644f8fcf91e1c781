// The one error boundary of every command: log the whole error, show one message with
// "Show Log" ("<command> failed: <reason>", or a verdict's own sentence as it is), stay silent on
// cancellation.
import * as vscode from 'vscode';
import { errorForLog, isCancelled, isUserFacing } from '../../core/errors';
import { errorLine } from '../language';
import type { UiSlot } from '../ui';

export type CommandHandler = (...args: unknown[]) => unknown;

export function guard(
  title: string,
  log: vscode.LogOutputChannel,
  ui: UiSlot,
  handler: CommandHandler,
): CommandHandler {
  return async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (isCancelled(e)) {
        log.debug(`${title}: cancelled`);
        return undefined;
      }
      log.error(errorForLog(e));
      const showLog = vscode.l10n.t('Show Log');
      const message = isUserFacing(e) ? e.message : vscode.l10n.t('{0} failed: {1}', title, errorLine(e));
      const choice = await ui.current.error(message, showLog);
      if (choice === showLog) {
        log.show();
      }
      return undefined;
    }
  };
}
