// How VS Code shows an operation being followed: a progress notification "Scaling out core nodes
// of etl: 3 → 5 · Creating VM" ("· Outcome unknown, no change seen yet: …" while the answer to the
// PUT is lost), then one message with the result. The progress has no button: VS Code's only
// progress button is a "Cancel" that cannot be renamed and reads as cancelling the resize; "Stop
// Following" is on the operation's row in the Operations view instead. A lost answer is a warning
// saying "Outcome unknown" with Show Operation and Show Log (followNotice.ts). This and the command
// guard are the only places that show resize messages.
import * as vscode from 'vscode';
import type { FollowReporter } from '../../core/operations';
import type { ResizeOperationRecord } from '../../core/journal';
import type { UiSlot } from '../ui';
import { followNotice } from './followNotice';

interface FollowNotificationsDeps {
  readonly ui: UiSlot;
  readonly log: { show(): void };
  readonly clusterChanged: (connection: string, clusterId: string) => void;
  /** Opens the operation's details (the Operations view's Show Details). */
  readonly showOperation: (record: ResizeOperationRecord) => Thenable<unknown>;
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
  const notice = followNotice(kind, message, record, vscode.l10n.t);
  const choice = await deps.ui.current[notice.severity](notice.message, ...notice.actions.map((a) => a.label));
  const chosen = notice.actions.find((a) => a.label === choice)?.id;
  if (chosen === 'showLog') {
    deps.log.show();
  } else if (chosen === 'showOperation') {
    await deps.showOperation(record);
  }
}
