// Resuming operations that no living process follows: at activation, after a reload, whenever
// another process writes the journal (it may have left one for a later reading), and a while
// after a holder that was alive. Each is taken only with its cluster's lock, after reading the
// journal again under it; one whose connection this process lacks is left to a process that has
// it. Part of ResizeLifecycle; FollowRegistry follows what is resumed.
import { systemClock, type Clock } from '../api/http';
import { errorForLog, errorMessage } from '../errors';
import type { HeldLock } from '../journal/ClusterLocks';
import { isActive, type ResizeOperationRecord } from '../journal/record';
import { moveTo, touch } from '../journal/transitions';
import { silentLogger, type Logger } from '../log';
import type { ResizeClient } from './client';
import { FOLLOW_DEFAULTS } from './followLoop';
import type { FollowRegistry, FollowRegistryDeps } from './FollowRegistry';
import { mayFollow } from './handover';

export class Resumption {
  /** Operations this process has no connection for (another one started them): left to others. */
  private readonly cannotFollow = new Set<string>();
  private recheck: NodeJS.Timeout | undefined;
  private soon: NodeJS.Timeout | undefined;
  private readonly logger: Logger;
  private readonly clock: Clock;

  constructor(
    private readonly registry: FollowRegistry,
    private readonly deps: FollowRegistryDeps,
  ) {
    this.logger = deps.logger ?? silentLogger;
    this.clock = deps.clock ?? systemClock;
  }

  /**
   * A living follower may be quiet for up to the longest backoff after poll errors; only past that
   * is it taken for gone (its pid may have been reused). A dead pid is taken over at once.
   */
  private staleMs(): number {
    return Math.max(FOLLOW_DEFAULTS.maxBackoffMs + 60_000, 3 * this.deps.followSettings().intervalMs);
  }

  /**
   * Follows every active operation (of the clusters `only` accepts) that no living process
   * follows: its cluster's lock is free or its holder is gone. Others are looked at again later.
   */
  async resumeAll(only: (r: ResizeOperationRecord) => boolean = () => true): Promise<number> {
    let resumed = 0;
    let deferred = false;
    const handover = { me: this.deps.me, nowMs: this.clock(), staleMs: this.staleMs(), isAlive: this.deps.isAlive };
    for (const record of this.deps.history.active().filter(only)) {
      if (this.registry.has(record.id) || this.cannotFollow.has(record.id) || this.registry.closed) {
        continue;
      }
      if (!mayFollow(record, handover)) {
        deferred = true;
        continue;
      }
      const taken = await this.deps.locks.acquire(record.clusterId);
      if (!taken.ok) {
        // Held by a living process (looked at again later), or by this one (it is sending there now).
        deferred ||= taken.holder !== 'here';
        continue;
      }
      if (await this.resumeOne(record, taken.lock)) {
        resumed += 1;
      }
    }
    if (deferred) {
      this.scheduleRecheck(only);
    }
    return resumed;
  }

  private async resumeOne(record: ResizeOperationRecord, lock: HeldLock): Promise<boolean> {
    const { t } = this.deps;
    // Read again under the lock: the process that held it may have ended the operation meanwhile.
    await this.deps.history.reload().catch((e: unknown) => this.logger.warn(errorMessage(e)));
    const current = this.deps.history.get(record.id);
    if (!current || !isActive(current)) {
      lock.release();
      return false;
    }
    let client: ResizeClient;
    try {
      client = await this.deps.clientFor(current.connection);
    } catch (e) {
      // Another process (mrs-resize, a window with that connection) can follow it: it stays open.
      lock.release();
      this.cannotFollow.add(current.id);
      this.logger.warn(`Cannot follow the resize of ${current.clusterName} here: ${errorMessage(e)}`);
      return false;
    }
    // The process died while the PUT was on the wire: whether MRS got it is for the readings to tell.
    const from =
      current.state === 'sending'
        ? moveTo(
            current,
            'unknown',
            { message: t('The window closed while the resize request was being sent.') },
            this.clock(),
          )
        : current;
    const mine = touch(from, {}, this.registry.heartbeat());
    await this.registry.save(mine);
    this.registry.begin(mine, client, lock);
    return true;
  }

  /** resumeAll in a moment (the journal changed): many changes in a row make one pass. */
  resumeSoon(): void {
    if (this.soon || this.registry.closed) {
      return;
    }
    this.soon = setTimeout(() => {
      this.soon = undefined;
      this.resumeAll().catch((e: unknown) => this.logger.error(errorForLog(e)));
    }, 1_000);
    this.soon.unref?.();
  }

  private scheduleRecheck(only: (r: ResizeOperationRecord) => boolean): void {
    if (this.recheck || this.registry.closed) {
      return;
    }
    this.recheck = setTimeout(
      () => {
        this.recheck = undefined;
        void this.resumeAll(only);
      },
      Math.max(5_000, this.deps.followSettings().intervalMs),
    );
    this.recheck.unref?.();
  }

  dispose(): void {
    clearTimeout(this.recheck);
    clearTimeout(this.soon);
  }
}
