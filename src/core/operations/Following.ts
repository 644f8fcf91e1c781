// The following half of ResizeLifecycle: one poller per operation this window follows, every
// record move while following (progress, the end), resume after a reload and hand-over between
// windows (handover.ts). Only ResizeLifecycle creates it; nothing else writes these records.
import { systemClock, type Clock, type Sleep } from '../api/http';
import type { CatalogLanguage } from '../api/catalogEntry';
import { errorForLog, errorMessage } from '../errors';
import { silentLogger, type Logger } from '../log';
import { resizeStatusText } from '../model/labels';
import type { Translate } from '../translate';
import { checkChosenHostsGone } from './chosenHosts';
import { FOLLOW_DEFAULTS, followResize, type FollowProgress, type FollowResult } from './followResize';
import { mayFollow, type WindowIdentity } from './handover';
import type { ResizeLocks } from './locks';
import type { OperationHistory } from './OperationHistory';
import type { ResizeClient } from './preflight';
import { isActive, type Follower, type ResizeOperationRecord } from './record';
import { describeOperation } from './target';
import { moveTo, touch } from './transitions';

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

export class Following {
  private readonly followed = new Map<string, AbortController>();
  private writes: Promise<void> = Promise.resolve();
  private disposed = false;
  private recheck: NodeJS.Timeout | undefined;
  private readonly logger: Logger;
  private readonly clock: Clock;

  constructor(
    private readonly deps: FollowDeps & { me: WindowIdentity; isAlive: (pid: number) => boolean; locks: ResizeLocks },
  ) {
    this.logger = deps.logger ?? silentLogger;
    this.clock = deps.clock ?? systemClock;
  }

  /** This window, now: written into every record it follows. */
  heartbeat(): Follower {
    return { window: this.deps.me.window, pid: this.deps.me.pid, at: new Date(this.clock()).toISOString() };
  }

  /** The window is closing: nothing new starts. */
  get closed(): boolean {
    return this.disposed;
  }

  has(id: string): boolean {
    return this.followed.has(id);
  }

  stop(id: string): boolean {
    const controller = this.followed.get(id);
    controller?.abort();
    return controller !== undefined;
  }

  /** Follows in the background; `release` frees the cluster's lock at the end. */
  begin(record: ResizeOperationRecord, client: ResizeClient, release: () => void): void {
    const controller = new AbortController();
    this.followed.set(record.id, controller);
    void this.run(record, client, controller.signal)
      .catch((e: unknown) => {
        this.logger.error(errorForLog(e));
        return undefined;
      })
      .finally(() => {
        this.followed.delete(record.id);
        release();
      });
  }

  private async run(
    record: ResizeOperationRecord,
    client: ResizeClient,
    signal: AbortSignal,
  ): Promise<ResizeOperationRecord | undefined> {
    const { t, reporter } = this.deps;
    const title = describeOperation(record, t);
    const followed = await reporter.following(
      record,
      title,
      () => this.stop(record.id),
      (report) =>
        this.poll(record, client, signal, (p) => {
          report(p.stageDesc ?? resizeStatusText(p, t));
          void this.progress(record.id, p);
        }),
    );
    const result = await checkChosenHostsGone(client, record, followed, t, this.logger);
    return this.disposed ? undefined : this.finish(record.id, result);
  }

  private poll(
    record: ResizeOperationRecord,
    client: ResizeClient,
    signal: AbortSignal,
    onProgress: (p: FollowProgress) => void,
  ): Promise<FollowResult> {
    const { intervalMs, timeoutMs } = this.deps.followSettings();
    return followResize({
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

  /** Record writes of this window, one at a time and in order; none after the window closed. */
  private update(id: string, change: (r: ResizeOperationRecord) => ResizeOperationRecord): Promise<void> {
    const next = this.writes.then(async () => {
      const current = this.deps.history.get(id);
      if (!this.disposed && current) {
        await this.deps.history.put(change(current));
      }
    });
    this.writes = next.catch((e: unknown) => this.logger.warn(`Writing operation ${id} failed: ${errorMessage(e)}`));
    return this.writes;
  }

  /**
   * A living follower may be quiet for up to the longest backoff after poll errors; only past that
   * is it taken for gone (its pid may have been reused). A dead pid is taken over at once.
   */
  private staleMs(): number {
    return Math.max(FOLLOW_DEFAULTS.maxBackoffMs + 60_000, 3 * this.deps.followSettings().intervalMs);
  }

  /** Follows every active operation that no living window follows; others are looked at again later. */
  async resumeAll(): Promise<number> {
    let resumed = 0;
    let deferred = false;
    const handover = { me: this.deps.me, nowMs: this.clock(), staleMs: this.staleMs(), isAlive: this.deps.isAlive };
    for (const record of this.deps.history.active()) {
      if (this.followed.has(record.id) || this.disposed) {
        continue;
      }
      if (!mayFollow(record, handover)) {
        deferred = true;
        continue;
      }
      const release = this.deps.locks.tryAcquire(record.clusterId);
      if (release && (await this.resumeOne(record, release))) {
        resumed += 1;
      }
    }
    if (deferred) {
      this.scheduleRecheck();
    }
    return resumed;
  }

  private async resumeOne(record: ResizeOperationRecord, release: () => void): Promise<boolean> {
    const { t, history } = this.deps;
    // The window died while the PUT was on the wire: whether MRS got it is for the readings to tell.
    const from =
      record.state === 'sending'
        ? moveTo(
            record,
            'unknown',
            { message: t('The window closed while the resize request was being sent.') },
            this.clock(),
          )
        : record;
    try {
      const client = await this.deps.clientFor(record.connection);
      const mine = touch(from, {}, this.heartbeat());
      await history.put(mine);
      this.begin(mine, client, release);
      return true;
    } catch (e) {
      release();
      this.logger.warn(`Cannot follow the resize of ${record.clusterName} again: ${errorMessage(e)}`);
      const message = t('Could not follow the resize after the reload ({0}); check the cluster.', errorMessage(e));
      await history.put(moveTo(from, 'stopped', { message }, this.clock())).catch(() => undefined);
      return false;
    }
  }

  private scheduleRecheck(): void {
    if (this.recheck || this.disposed) {
      return;
    }
    this.recheck = setTimeout(
      () => {
        this.recheck = undefined;
        void this.resumeAll();
      },
      Math.max(5_000, this.deps.followSettings().intervalMs),
    );
    this.recheck.unref?.();
  }

  /** Gives every followed operation up synchronously, so that the next window takes over at once. */
  dispose(): void {
    this.disposed = true;
    if (this.recheck) {
      clearTimeout(this.recheck);
    }
    for (const [id, controller] of this.followed) {
      const record = this.deps.history.get(id);
      try {
        if (record && isActive(record)) {
          this.deps.history.putSync(touch(record, {}, null));
        }
      } catch (e) {
        this.logger.warn(`Could not give up operation ${id}: ${errorMessage(e)}`);
      }
      controller.abort();
    }
  }
}
