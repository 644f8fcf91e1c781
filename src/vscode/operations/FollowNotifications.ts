// How VS Code shows an operation being followed: a progress notification "Scaling out core nodes
// of etl: 3 → 5 · Creating VM", then one message with the result. The progress has no button:
// VS Code's only progress button is a "Cancel" that cannot be renamed and reads as cancelling the
// resize; "Stop Following" is on the operation's row in the Operations view instead. A lost
// answer is a modal warning with Open Cluster and Show Log: it stays until dismissed. This and
// the command guard are the only places that show resize messages.
import * as vscode from 'vscode';
import type { FollowReporter } from '../../core/operations';
import type { ResizeOperationRecord } from '../../core/journal';
import type { UiSlot } from '../ui';

interface FollowNotificationsDeps {
  readonly ui: UiSlot;
  readonly log: { show(): void };
  readonly clusterChanged: (connection: string, clusterId: string) => void;
  readonly openCluster: (record: ResizeOperationRecord) => Thenable<unknown>;
}

export function followNotifications(deps: FollowNotificationsDeps): FollowReporter {
  return {
    following: (_record, title, _stop, run) => progressOf(title, run),
    notify: (kind, message, record) => void notify(deps, kind, message, record),
    clusterChanged: deps.clusterChanged,
  };
}

async function progressOf<T>(title: string, run: (report: (line: string) => void) => Promise<T>): Promise<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification }, (progress) => {
    progress.report({ message: title });
    return run((stage) => progress.report({ message: `${title} · ${stage}` }));
  });
}

async function notify(
  deps: FollowNotificationsDeps,
  kind: 'info' | 'warning' | 'error',
  message: string,
  record: ResizeOperationRecord,
): Promise<void> {
  const showLog = vscode.l10n.t('Show Log');
  const openCluster = vscode.l10n.t('Open Cluster');
  const ui = deps.ui.current;
  let choice: string | undefined;
  if (record.state === 'unknown') {
    const detail = vscode.l10n.t('Stop Following and the state of the operation are in the Operations view.');
    choice = await ui.alert(message, detail, openCluster, showLog);
  } else {
    choice = kind === 'info' ? await ui.info(message) : await ui[kind](message, showLog);
  }
  if (choice === showLog) {
    deps.log.show();
  } else if (choice === openCluster) {
    await deps.openCluster(record);
  }
}
