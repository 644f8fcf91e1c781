// The following half of ResizeLifecycle: the operations this process follows (one followLoop each,
// holding the cluster's lock until the end), every record move while following (progress, the
// end), and giving everything up when the process ends (resuming what no living process follows
// is resume.ts). Only ResizeLifecycle creates it; nothing else writes these records. After the PUT
// a record that cannot be written is kept in memory (OperationHistory.keep) and the user is told
// once: no local failure changes what MRS was asked to do, nor ends following.
import { errorLine } from '../api/errorLine';
import { systemClock, type Clock } from '../api/http';
import { errorForLog, errorMessage } from '../errors';
import type { HeldLock } from '../journal/ClusterLocks';
import { isActive, type Follower, type ResizeOperationRecord } from '../journal/record';
import { moveTo, touch } from '../journal/transitions';
import { silentLogger, type Logger } from '../log';
import { describeOperation } from '../plan/target';
import { checkChosenHostsGone } from './chosenHosts';
import type { ResizeClient } from './client';
import { followLoop, type FollowProgress, type FollowResult } from './followLoop';
import type { FollowDeps } from './lifecycleTypes';
import { stageLine, unknownStartLine } from './stageLine';
import type { WindowIdentity } from './handover';

export type { FollowDeps, FollowReporter } from './lifecycleTypes';

export type FollowRegistryDeps = FollowDeps & { me: WindowIdentity; isAlive: (pid: number) => boolean };

const END_KIND = { succeeded: 'info', stopped: 'info', failed: 'error', timedOut: 'warning' } as const;

interface Followed {
  readonly controller: AbortController;
  readonly lock: HeldLock;
  /** Resolves with the last record once following ends, however it ends. */
  readonly ended: Promise<ResizeOperationRecord | undefined>;
  /** Another process took the cluster's lock over: stop without writing an end. */
  lost: boolean;
}

export class FollowRegistry {
  private readonly followed = new Map<string, Followed>();
  private writes: Promise<void> = Promise.resolve();
  private readonly toldUnsaved = new Set<string>();
  /** Ends told here but not written (the lock was taken over): whenEnded still answers with them. */
  private readonly toldEnds = new Map<string, ResizeOperationRecord>();
  private disposed = false;
  private readonly logger: Logger;
  private readonly clock: Clock;

  constructor(private readonly deps: FollowRegistryDeps) {
    this.logger = deps.logger ?? silentLogger;
    this.clock = deps.clock ?? systemClock;
  }

  /** This process, now: written into every record it follows. */
  heartbeat(): Follower {
    return { window: this.deps.me.window, pid: this.deps.me.pid, at: new Date(this.clock()).toISOString() };
  }

  /** The process is ending: nothing new starts. */
  get closed(): boolean {
    return this.disposed;
  }

  has(id: string): boolean {
    return this.followed.has(id);
  }

  /** True while an operation followed here holds this lock. */
  holds(lock: HeldLock): boolean {
    return [...this.followed.values()].some((f) => f.lock === lock);
  }

  stop(id: string): boolean {
    const followed = this.followed.get(id);
    followed?.controller.abort();
    return followed !== undefined;
  }

  /** The record once following ends here; at once (the record as it is) when this process does not follow it. */
  whenEnded(id: string): Promise<ResizeOperationRecord | undefined> {
    return this.followed.get(id)?.ended ?? Promise.resolve(this.toldEnds.get(id) ?? this.deps.history.get(id));
  }

  /**
   * Writes a record after its PUT has left. A failed write (disk full, read-only, I/O error) keeps
   * it in memory and tells the user once per operation; it never throws.
   * @returns false when the record is only in memory.
   */
  async save(record: ResizeOperationRecord): Promise<boolean> {
    try {
      await this.deps.history.put(record);
      return true;
    } catch (e) {
      this.deps.history.keep(record);
      this.logger.warn(`Writing operation ${record.id} failed: ${errorMessage(e)}`);
      if (!this.toldUnsaved.has(record.id)) {
        this.toldUnsaved.add(record.id);
        const message = this.deps.t(
          'The journal could not save the record of the resize of {0}: {1} Following goes on, and the outcome is shown here, but other windows and mrs-resize runs do not see it.',
          record.clusterName,
          errorLine(e, this.deps.language(), this.deps.t),
        );
        this.deps.reporter.notify('warning', message, record);
      }
      return false;
    }
  }

  /** Follows in the background, holding the cluster's lock until the end. */
  begin(record: ResizeOperationRecord, client: ResizeClient, lock: HeldLock): void {
    if (this.disposed) {
      // The process closed while the PUT was on the wire: the next window (or run) follows it.
      this.giveUp(record);
      lock.release();
      return;
    }
    const controller = new AbortController();
    let resolveEnded: (r: ResizeOperationRecord | undefined) => void = () => undefined;
    const ended = new Promise<ResizeOperationRecord | undefined>((resolve) => (resolveEnded = resolve));
    const followed: Followed = { controller, lock, ended, lost: false };
    this.followed.set(record.id, followed);
    lock.onLost(() => this.lost(record, followed));
    void this.run(record, client, followed)
      .catch((e: unknown) => {
        this.logger.error(errorForLog(e));
        return undefined;
      })
      .then((last) => {
        this.followed.delete(record.id);
        lock.release();
        resolveEnded(last ?? this.deps.history.get(record.id));
      });
  }

  private async run(
    record: ResizeOperationRecord,
    client: ResizeClient,
    followed: Followed,
  ): Promise<ResizeOperationRecord | undefined> {
    const { t, reporter } = this.deps;
    const title = describeOperation(record, t);
    const unknown = record.state === 'unknown' && record.changeSeen !== true;
    const result = await reporter.following(
      record,
      title,
      () => this.stop(record.id),
      (report) => {
        if (unknown) {
          report(unknownStartLine(t));
        }
        return this.poll(record, client, followed.controller.signal, (p) => {
          report(stageLine(p, unknown, t));
          void this.progress(record.id, p);
        });
      },
    );
    if (this.disposed) {
      return undefined;
    }
    return this.finish(record.id, await checkChosenHostsGone(client, record, result, t, this.logger), followed.lost);
  }

  /**
   * Another process took the cluster's lock over (it took this one for gone): it writes the record
   * from now on; this one goes on reading the cluster, writes nothing, and tells the end here too.
   */
  private lost(record: ResizeOperationRecord, followed: Followed): void {
    followed.lost = true;
    this.logger.warn(`Operation ${record.id}: another process took the lock of ${record.clusterName} over`);
    const message = this.deps.t(
      'Another process took over the resize of {0} (it took this one for gone); this one goes on reading the cluster and leaves the record to it.',
      record.clusterName,
    );
    this.deps.reporter.notify('warning', message, record);
  }

  private poll(
    record: ResizeOperationRecord,
    client: ResizeClient,
    signal: AbortSignal,
    onProgress: (p: FollowProgress) => void,
  ): Promise<FollowResult> {
    const { intervalMs, timeoutMs } = this.deps.followSettings();
    return followLoop({
      client,
      target: record,
      t: this.deps.t,
      signal,
      logger: this.logger,
      clock: this.deps.clock,
      sleep: this.deps.sleep,
      intervalMs,
      timeoutMs,
      graceMs: this.deps.graceMs,
      initialDelayMs: this.deps.initialDelayMs ?? Math.min(5_000, intervalMs),
      before: record.before,
      accepted: record.state === 'running',
      startedAtMs: Date.parse(record.startedAt),
      followingSinceMs: this.clock(),
      changeSeen: record.changeSeen,
      onProgress,
      onPollError: () => void this.update(record.id, (r) => touch(r, {}, this.heartbeat())),
    });
  }

  /** A reading: the stage, and for an 'unknown' operation the first sign that it was accepted. */
  private progress(id: string, p: FollowProgress): Promise<void> {
    return this.update(id, (r) => {
      const fields = { stageDesc: p.stageDesc, changeSeen: p.changeSeen };
      if (r.state === 'unknown' && p.changeSeen) {
        const message = this.deps.t('The cluster now shows the change: MRS accepted the resize of {0}.', r.clusterName);
        return touch(moveTo(r, 'running', { ...fields, message }, this.clock()), {}, this.heartbeat());
      }
      return touch(r, fields, this.heartbeat());
    });
  }

  private async finish(id: string, result: FollowResult, lost: boolean): Promise<ResizeOperationRecord | undefined> {
    const fields = {
      message: result.message,
      stageDesc: result.stageDesc,
      errorInfo: result.errorInfo,
      changeSeen: result.changeSeen,
    };
    const end = (r: ResizeOperationRecord) => (isActive(r) ? moveTo(r, result.status, fields, this.clock()) : r);
    if (!lost) {
      await this.update(id, end);
    }
    // Not written (the lock was taken over, before or while writing): the end is told here all the
    // same, and whenEnded answers with it; the record is the other process's to write.
    let record = this.deps.history.get(id);
    if (record && isActive(record)) {
      record = end(record);
      this.toldEnds.set(id, record);
    }
    if (record) {
      this.deps.reporter.notify(END_KIND[result.status], result.message, record);
      this.deps.reporter.clusterChanged(record.connection, record.clusterId);
    }
    return record;
  }

  /** Record writes of this process, one at a time and in order; none after it closed or lost the lock. */
  private update(id: string, change: (r: ResizeOperationRecord) => ResizeOperationRecord): Promise<void> {
    this.writes = this.writes
      .then(async () => {
        const current = this.deps.history.get(id);
        if (!this.disposed && current && this.followed.get(id)?.lost !== true) {
          await this.save(change(current));
        }
      })
      .catch((e: unknown) => this.logger.error(errorForLog(e)));
    return this.writes;
  }

  /** The record stays active without a follower, written synchronously (the process is ending). */
  private giveUp(record: ResizeOperationRecord): void {
    try {
      if (isActive(record)) {
        this.deps.history.putSync(touch(record, {}, null));
      }
    } catch (e) {
      this.logger.warn(`Could not give up operation ${record.id}: ${errorMessage(e)}`);
    }
  }

  /**
   * Gives every followed operation up synchronously (the record stays active, without a follower)
   * and frees their clusters, so that the next window (or run) takes over at once.
   */
  dispose(): void {
    this.disposed = true;
    // A last try for the outcomes a failed write kept only in memory (a refusal, a --no-follow run).
    for (const record of this.deps.history.unsavedRecords()) {
      if (!this.followed.has(record.id)) {
        try {
          this.deps.history.putSync(record);
        } catch (e) {
          this.logger.warn(`Could not save operation ${record.id}: ${errorMessage(e)}`);
        }
      }
    }
    for (const [id, followed] of this.followed) {
      const record = this.deps.history.get(id);
      if (record) {
        this.giveUp(record);
      }
      followed.controller.abort();
      followed.lock.release();
    }
  }
}
