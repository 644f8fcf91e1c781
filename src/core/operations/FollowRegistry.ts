// The following half of ResizeLifecycle: the operations this process follows (one followLoop each,
// holding the cluster's lock until the end), every record move while following (progress, the
// end), resuming after a reload what no living process follows, and giving everything up when the
// process ends. Only ResizeLifecycle creates it; nothing else writes these records. After the PUT
// a record that cannot be written is kept in memory (OperationHistory.keep) and the user is told
// once: no local failure changes what MRS was asked to do, nor ends following.
import { systemClock, type Clock, type Sleep } from '../api/http';
import type { CatalogLanguage } from '../api/catalogEntry';
import { errorForLog, errorMessage } from '../errors';
import type { ClusterLocks, HeldLock } from '../journal/ClusterLocks';
import type { OperationHistory } from '../journal/OperationHistory';
import { isActive, type Follower, type ResizeOperationRecord } from '../journal/record';
import { moveTo, touch } from '../journal/transitions';
import { silentLogger, type Logger } from '../log';
import { resizeStatusText } from '../model/labels';
import { describeOperation } from '../plan/target';
import type { Translate } from '../translate';
import { checkChosenHostsGone } from './chosenHosts';
import type { ResizeClient } from './client';
import { FOLLOW_DEFAULTS, followLoop, type FollowProgress, type FollowResult } from './followLoop';
import { mayFollow, type WindowIdentity } from './handover';

/** What the host (VS Code, the CLI) shows while and after an operation is followed. */
export interface FollowReporter {
  /** Shows progress while `run` runs; `stop` ends following (never the resize). */
  following<T>(
    record: ResizeOperationRecord,
    title: string,
    stop: () => void,
    run: (report: (line: string) => void) => Promise<T>,
  ): Promise<T>;
  /** A result to tell the user: the command that started the resize has long returned. */
  notify(kind: 'info' | 'warning' | 'error', message: string, record: ResizeOperationRecord): void;
  /** The cluster changed: views re-read it. */
  clusterChanged(connection: string, clusterId: string): void;
}

export interface FollowDeps {
  readonly history: OperationHistory;
  /** The cluster locks of the shared journal (one per cluster across every process). */
  readonly locks: ClusterLocks;
  readonly clientFor: (connection: string) => Promise<ResizeClient>;
  readonly reporter: FollowReporter;
  readonly t: Translate;
  readonly language: () => CatalogLanguage;
  readonly followSettings: () => { readonly intervalMs: number; readonly timeoutMs: number };
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  readonly initialDelayMs?: number;
  readonly graceMs?: number;
}

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
  /** Operations this process has no connection for (another one started them): left to others. */
  private readonly cannotFollow = new Set<string>();
  private disposed = false;
  private recheck: NodeJS.Timeout | undefined;
  private soon: NodeJS.Timeout | undefined;
  private readonly logger: Logger;
  private readonly clock: Clock;

  constructor(private readonly deps: FollowDeps & { me: WindowIdentity; isAlive: (pid: number) => boolean }) {
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
    return this.followed.get(id)?.ended ?? Promise.resolve(this.deps.history.get(id));
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
          'The journal could not save the record of the resize of {0} ({1}); following goes on, and the outcome is shown here, but other windows and mrs-resize runs do not see it.',
          record.clusterName,
          errorMessage(e),
        );
        this.deps.reporter.notify('warning', message, record);
      }
      return false;
    }
  }

  /** Follows in the background, holding the cluster's lock until the end. */
  begin(record: ResizeOperationRecord, client: ResizeClient, lock: HeldLock): void {
    const controller = new AbortController();
    let resolveEnded: (r: ResizeOperationRecord | undefined) => void = () => undefined;
    const ended = new Promise<ResizeOperationRecord | undefined>((resolve) => (resolveEnded = resolve));
    const followed: Followed = { controller, lock, ended, lost: false };
    this.followed.set(record.id, followed);
    lock.onLost(() => {
      followed.lost = true;
      this.logger.warn(`Operation ${record.id}: another process took the lock of ${record.clusterName} over`);
      controller.abort();
    });
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
    const result = await reporter.following(
      record,
      title,
      () => this.stop(record.id),
      (report) =>
        this.poll(record, client, followed.controller.signal, (p) => {
          report(p.stageDesc ?? resizeStatusText(p, t));
          void this.progress(record.id, p);
        }),
    );
    if (followed.lost || this.disposed) {
      return undefined;
    }
    return this.finish(record.id, await checkChosenHostsGone(client, record, result, t, this.logger));
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

  private async finish(id: string, result: FollowResult): Promise<ResizeOperationRecord | undefined> {
    const fields = {
      message: result.message,
      stageDesc: result.stageDesc,
      errorInfo: result.errorInfo,
      changeSeen: result.changeSeen,
    };
    await this.update(id, (r) => (isActive(r) ? moveTo(r, result.status, fields, this.clock()) : r));
    const record = this.deps.history.get(id);
    if (record) {
      this.deps.reporter.notify(END_KIND[result.status], result.message, record);
      this.deps.reporter.clusterChanged(record.connection, record.clusterId);
    }
    return record;
  }

  /** Record writes of this process, one at a time and in order; none after it closed. */
  private update(id: string, change: (r: ResizeOperationRecord) => ResizeOperationRecord): Promise<void> {
    this.writes = this.writes
      .then(async () => {
        const current = this.deps.history.get(id);
        if (!this.disposed && current) {
          await this.save(change(current));
        }
      })
      .catch((e: unknown) => this.logger.error(errorForLog(e)));
    return this.writes;
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
      if (this.followed.has(record.id) || this.cannotFollow.has(record.id) || this.disposed) {
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
    const mine = touch(from, {}, this.heartbeat());
    await this.save(mine);
    this.begin(mine, client, lock);
    return true;
  }

  /** resumeAll in a moment (the journal changed): many changes in a row make one pass. */
  resumeSoon(): void {
    if (this.soon || this.disposed) {
      return;
    }
    this.soon = setTimeout(() => {
      this.soon = undefined;
      this.resumeAll().catch((e: unknown) => this.logger.error(errorForLog(e)));
    }, 1_000);
    this.soon.unref?.();
  }

  private scheduleRecheck(only: (r: ResizeOperationRecord) => boolean): void {
    if (this.recheck || this.disposed) {
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

  /**
   * Gives every followed operation up synchronously (the record stays active, without a follower)
   * and frees their clusters, so that the next window (or run) takes over at once.
   */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.recheck);
    clearTimeout(this.soon);
    for (const [id, followed] of this.followed) {
      const record = this.deps.history.get(id);
      try {
        if (record && isActive(record)) {
          this.deps.history.putSync(touch(record, {}, null));
        }
      } catch (e) {
        this.logger.warn(`Could not give up operation ${id}: ${errorMessage(e)}`);
      }
      followed.controller.abort();
      followed.lock.release();
    }
  }
}
