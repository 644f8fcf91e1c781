// What VS Code shows of a result of a followed resize (pure; FollowNotifications maps it). A lost
// answer is a warning that says "Outcome unknown" with buttons that say what they do (Show
// Operation, Show Log): never a modal, whose only other button would be VS Code's "Cancel", which
// reads as cancelling the resize.
import type { ResizeOperationRecord } from '../../core/journal';
import type { Translate } from '../../core/translate';

export type FollowAction = 'showOperation' | 'showLog';

export interface FollowNotice {
  readonly severity: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly actions: ReadonlyArray<{ readonly id: FollowAction; readonly label: string }>;
}

export function followNotice(
  kind: 'info' | 'warning' | 'error',
  message: string,
  record: ResizeOperationRecord,
  t: Translate,
): FollowNotice {
  const showLog = { id: 'showLog', label: t('Show Log') } as const;
  if (record.state === 'unknown') {
    const where = t('Stop Following and the state of the operation are in the Operations view.');
    const showOperation = { id: 'showOperation', label: t('Show Operation') } as const;
    return { severity: 'warning', message: `${message} ${where}`, actions: [showOperation, showLog] };
  }
  return { severity: kind, message, actions: kind === 'info' ? [] : [showLog] };
}
