// Which window follows an active operation. Every window of this machine reads the same journal;
// exactly one follows each operation, so the cluster is polled once and the result told once.
// A window gives its operations up when it closes (synchronously, see ResizeLifecycle.dispose);
// when it could not (killed, crashed), its process is gone, and a reload takes over at once
// instead of waiting for a heartbeat to go stale. The heartbeat remains the last resort (a
// process id reused by an unrelated process).
import type { Follower, ResizeOperationRecord } from './record';

export interface WindowIdentity {
  readonly window: string;
  readonly pid: number;
}

/** True when the process exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
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
