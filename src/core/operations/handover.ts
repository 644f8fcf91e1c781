// Which process follows an active operation. The cluster's lock decides (journal/ClusterLocks.ts:
// the follower holds it until the end); the record's follower stamp is asked first as well, so that
// a window of 0.1, which took no lock, is not followed twice. A window gives its operations up when
// it closes (synchronously, see ResizeLifecycle.dispose); when it could not (killed, crashed), its
// process is gone and a reload takes over at once; a stale heartbeat is the last resort (a process
// id reused by an unrelated process).
import type { Follower, ResizeOperationRecord } from '../journal/record';

export interface WindowIdentity {
  readonly window: string;
  readonly pid: number;
}

interface HandoverInput {
  readonly me: WindowIdentity;
  readonly nowMs: number;
  /** A follower silent for this long is taken to be gone. */
  readonly staleMs: number;
  readonly isAlive: (pid: number) => boolean;
}

/** Why this window may (or may not) follow the operation now. */
type Handover = 'free' | 'mine' | 'followerGone' | 'followerSilent' | 'followedElsewhere';

export function handover(record: Pick<ResizeOperationRecord, 'follower'>, input: HandoverInput): Handover {
  const f: Follower | undefined = record.follower;
  if (!f) {
    return 'free';
  }
  if (f.window === input.me.window) {
    return 'mine';
  }
  if (f.pid !== input.me.pid && !input.isAlive(f.pid)) {
    return 'followerGone';
  }
  const at = Date.parse(f.at);
  return !Number.isFinite(at) || input.nowMs - at >= input.staleMs ? 'followerSilent' : 'followedElsewhere';
}

export function mayFollow(record: Pick<ResizeOperationRecord, 'follower'>, input: HandoverInput): boolean {
  return handover(record, input) !== 'followedElsewhere';
}
