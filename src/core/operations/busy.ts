// Why a cluster cannot take a resize now, in one sentence that names who is at it: the holder of
// its lock (this process, another VS Code window, an `mrs-resize` run, with pid, host and since),
// or the journal (an earlier resize still open, a record that cannot be read). The one busy check:
// the plan asks it (busyReason) and the lifecycle asks it again under the lock before the PUT.
import { ENVIRONMENT_CONNECTION_NAME } from '../connections/connection';
import type { LockHolder } from '../journal/ClusterLocks';
import type { UnreadableRecord } from '../journal/OperationHistory';
import type { ResizeOperationRecord } from '../journal/record';
import type { Translate } from '../translate';

/** "10:02:03" in local time. */
function clockTime(iso: string): string {
  const d = new Date(iso);
  return Number.isFinite(d.getTime()) ? d.toTimeString().slice(0, 8) : iso;
}

export function lockBusyText(holder: LockHolder | 'here' | 'starting', name: string, t: Translate): string {
  if (holder === 'here') {
    return t('A resize of cluster {0} is already being sent or followed here; wait until it ends.', name);
  }
  if (holder === 'starting') {
    return t('Another process is starting a resize of cluster {0} right now; wait until it ends.', name);
  }
  const since = clockTime(holder.since);
  return holder.kind === 'cli'
    ? t(
        'A resize of cluster {0} is already being sent or followed by mrs-resize (process {1} on {2}, since {3}); wait until it ends.',
        name,
        holder.pid,
        holder.host,
        since,
      )
    : t(
        'A resize of cluster {0} is already being sent or followed by another VS Code window (process {1} on {2}, since {3}); wait until it ends.',
        name,
        holder.pid,
        holder.host,
        since,
      );
}

export function journalBusyText(
  open: ResizeOperationRecord | UnreadableRecord,
  name: string,
  journalFolder: string,
  t: Translate,
  /** No process follows it now (its lock is free): say who can end it. */
  nobodyFollows: boolean,
): string {
  if ('file' in open) {
    return t(
      'The journal holds a record of cluster {0} that cannot be read ({1} in {2}); set it aside (Operations view) before resizing this cluster.',
      name,
      open.file,
      journalFolder,
    );
  }
  if (nobodyFollows) {
    // mrs-resize follows only operations of its own connection, the environment's.
    return open.connection === ENVIRONMENT_CONNECTION_NAME
      ? t(
          'An earlier resize of cluster {0} ({1} → {2}, started {3}) is still open in the journal and nobody follows it now: a window with connection "{4}" or the next mrs-resize run on this cluster follows it to its end; then another one can be sent.',
          name,
          open.from,
          open.to,
          clockTime(open.startedAt),
          open.connection,
        )
      : t(
          'An earlier resize of cluster {0} ({1} → {2}, started {3}) is still open in the journal and nobody follows it now: a window with connection "{4}" follows it to its end (or mark it not followed in the Operations view); then another one can be sent.',
          name,
          open.from,
          open.to,
          clockTime(open.startedAt),
          open.connection,
        );
  }
  return t(
    'An earlier resize of cluster {0} ({1} → {2}, started {3}) is still open in the journal; it is followed to its end before another one can be sent.',
    name,
    open.from,
    open.to,
    clockTime(open.startedAt),
  );
}
