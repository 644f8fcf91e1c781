// How VS Code shows an operation being followed: a progress notification with the stage and a
// "Stop Following" that never cancels the resize, then one message with the result. This and the
// command guard are the only places that show resize messages.
import * as vscode from 'vscode';
import type { FollowReporter, ResizeOperationRecord } from '../../core/operations';
import type { UiSlot } from '../ui';

export interface FollowNotificationsDeps {
  readonly ui: UiSlot;
  readonly log: { show(): void };
  readonly clusterChanged: (connection: string, clusterId: string) => void;
}

export function followNotifications(deps: FollowNotificationsDeps): FollowReporter {
  return {
    following: (_record, title, stop, run) => progressOf(title, stop, run),
    notify: (kind, message, record) => void notify(deps, kind, message, record),
    clusterChanged: deps.clusterChanged,
  };
}

async function progressOf<T>(
  title: string,
  stop: () => void,
  run: (report: (line: string) => void) => Promise<T>,
): Promise<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (progress, token) => {
      token.onCancellationRequested(stop);
      progress.report({ message: vscode.l10n.t('Cancel stops following only; the resize goes on.') });
      return run((line) => progress.report({ message: vscode.l10n.t('{0} (Cancel stops following only)', line) }));
    },
  );
}

async function notify(
  deps: FollowNotificationsDeps,
  kind: 'info' | 'warning' | 'error',
  message: string,
  _record: ResizeOperationRecord,
): Promise<void> {
  const showLog = vscode.l10n.t('Show Log');
  const ui = deps.ui.current;
  const choice = kind === 'info' ? await ui.info(message) : await ui[kind](message, showLog);
  if (choice === showLog) {
    deps.log.show();
  }
}
