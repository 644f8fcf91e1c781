// Follows a resize until it is done (F5, docs/mrs-api.md §6.4): after a short delay, poll cluster
// details every interval; back off on poll errors (they never end following); give up after the
// timeout. Stopping ends the following only: the resize goes on on the server.
import { isMrsApiError } from '../api/errors';
import { realSleep, systemClock, type Clock, type Sleep } from '../api/http';
import type { MrsClient } from '../api/MrsClient';
import { errorForLog, errorMessage, isCancelled } from '../errors';
import { silentLogger, type Logger } from '../log';
import type { Cluster, ClusterState } from '../model/cluster';
import type { Translate } from '../translate';
import { judgeReading, type EndReason, type Verdict } from './judge';
import { countOfTarget, type ClusterBefore, type ResizeTarget } from '../plan/target';

export const FOLLOW_DEFAULTS = {
  initialDelayMs: 5_000,
  intervalMs: 15_000,
  timeoutMs: 60 * 60_000,
  /** How long "running, nothing changed yet" is not yet a failure. */
  graceMs: 5 * 60_000,
  maxBackoffMs: 5 * 60_000,
} as const;

type FollowStatus = 'succeeded' | 'failed' | 'timedOut' | 'stopped';

export interface FollowProgress {
  readonly state: ClusterState;
  readonly stateText: string;
  readonly scale: string | undefined;
  readonly stageDesc: string | undefined;
  /** The group's count in this reading, and the target. */
  readonly count: number;
  readonly target: number;
  readonly changeSeen: boolean;
  readonly elapsedMs: number;
}

export interface FollowResult {
  readonly status: FollowStatus;
  readonly reason: EndReason | 'timedOut' | 'stopped';
  /** One translated sentence for the user. */
  readonly message: string;
  /** The last reading, if any. */
  readonly cluster: Cluster | undefined;
  readonly count: number | undefined;
  readonly stageDesc: string | undefined;
  readonly errorInfo: string | undefined;
  readonly changeSeen: boolean;
}

export interface FollowOptions {
  readonly client: Pick<MrsClient, 'getCluster'>;
  readonly target: ResizeTarget;
  readonly t: Translate;
  readonly onProgress?: (progress: FollowProgress) => void;
  /** A poll failed; following goes on after a backoff. */
  readonly onPollError?: (error: unknown, consecutiveFailures: number) => void;
  /** Abort = "Stop Following". */
  readonly signal?: AbortSignal;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  readonly logger?: Logger;
  readonly initialDelayMs?: number;
  readonly intervalMs?: number;
  readonly timeoutMs?: number;
  readonly graceMs?: number;
  readonly maxBackoffMs?: number;
  /** When the resize was sent (resume after a reload): timeout and grace count from here. Default: now. */
  readonly startedAtMs?: number;
  /**
   * When this follower began (a resume after a reload, an operation left by --no-follow): the
   * timeout counts from the later of it and the start, so that a resumed operation is read at least once.
   */
  readonly followingSinceMs?: number;
  /** The change was already seen before (resume). */
  readonly changeSeen?: boolean;
  /** The reading before the request, to tell an old `scaling-error` from a new one. */
  readonly before?: ClusterBefore;
  /** MRS answered the PUT (see JudgeMemo.accepted). */
  readonly accepted?: boolean;
}

/**
 * Polls until the resize of `target` ends. Never throws for poll errors or cancellation:
 * succeeded, failed (with stageDesc/errorInfo), timedOut or stopped.
 */
export function followLoop(options: FollowOptions): Promise<FollowResult> {
  return new ResizeFollower(options).run();
}

class ResizeFollower {
  private readonly clock: Clock;
  private readonly sleep: Sleep;
  private readonly logger: Logger;
  private readonly startedAt: number;
  private changeSeen: boolean;
  private failures = 0;
  private last: Cluster | undefined;

  constructor(private readonly o: FollowOptions) {
    this.clock = o.clock ?? systemClock;
    this.sleep = o.sleep ?? realSleep;
    this.logger = o.logger ?? silentLogger;
    this.startedAt = o.startedAtMs ?? this.clock();
    this.changeSeen = o.changeSeen ?? false;
  }

  async run(): Promise<FollowResult> {
    let delay = this.o.initialDelayMs ?? FOLLOW_DEFAULTS.initialDelayMs;
    const from = Math.max(this.startedAt, this.o.followingSinceMs ?? this.startedAt);
    const deadline = from + (this.o.timeoutMs ?? FOLLOW_DEFAULTS.timeoutMs);
    for (;;) {
      const remaining = deadline - this.clock();
      if (remaining <= 0) {
        return this.timedOut();
      }
      if (!(await this.pause(Math.min(delay, remaining)))) {
        return this.stopped();
      }
      const verdict = await this.poll();
      if (verdict === 'stopped') {
        return this.stopped();
      }
      if (verdict?.kind === 'end') {
        return this.result(verdict.status, verdict.reason, verdict.message);
      }
      delay = this.nextDelay();
    }
  }

  private nextDelay(): number {
    const interval = this.o.intervalMs ?? FOLLOW_DEFAULTS.intervalMs;
    if (this.failures === 0) {
      return interval;
    }
    return Math.min(interval * 2 ** Math.min(this.failures, 16), this.o.maxBackoffMs ?? FOLLOW_DEFAULTS.maxBackoffMs);
  }

  /** False when stopped during the pause. */
  private async pause(ms: number): Promise<boolean> {
    if (this.o.signal?.aborted) {
      return false;
    }
    try {
      await this.sleep(ms, this.o.signal);
    } catch (e) {
      if (isCancelled(e) || this.o.signal?.aborted) {
        return false;
      }
      throw e;
    }
    return !this.o.signal?.aborted;
  }

  /** A verdict, 'stopped', or undefined after a transient failure. */
  private async poll(): Promise<Verdict | 'stopped' | undefined> {
    let cluster: Cluster;
    try {
      cluster = await this.o.client.getCluster(this.o.target.clusterId, { signal: this.o.signal });
    } catch (e) {
      return this.pollFailed(e);
    }
    this.failures = 0;
    this.last = cluster;
    const graceOver = this.clock() - this.startedAt >= (this.o.graceMs ?? FOLLOW_DEFAULTS.graceMs);
    const memo = {
      changeSeen: this.changeSeen,
      graceOver,
      graceMinutes: this.graceMinutes(),
      accepted: this.o.accepted,
    };
    const verdict = judgeReading(cluster, this.o.target, memo, this.o.t, this.o.before);
    this.changeSeen = verdict.kind === 'continue' ? verdict.changeSeen : this.changeSeen;
    this.report(cluster);
    return verdict;
  }

  private pollFailed(e: unknown): Verdict | 'stopped' | undefined {
    if (this.o.signal?.aborted || isCancelled(e)) {
      return 'stopped';
    }
    if (isMrsApiError(e, 'notFound')) {
      const message = this.o.t('Resize of {0} stopped: the cluster no longer exists.', this.o.target.clusterName);
      return { kind: 'end', status: 'failed', reason: 'clusterDeleted', message };
    }
    this.failures += 1;
    this.logger.warn(
      `Polling cluster ${this.o.target.clusterId} failed (${this.failures} in a row): ${errorMessage(e)}`,
    );
    this.safely(() => this.o.onPollError?.(e, this.failures));
    return undefined;
  }

  private report(cluster: Cluster): void {
    const { state, stateText, scale, stageDesc } = cluster;
    const count = countOfTarget(cluster, this.o.target);
    const progress: FollowProgress = {
      state,
      stateText,
      scale,
      stageDesc,
      count,
      target: this.o.target.to,
      changeSeen: this.changeSeen,
      elapsedMs: this.clock() - this.startedAt,
    };
    this.logger.debug(
      `Resize of ${this.o.target.clusterId}: ${stateText} ${scale ?? ''} ${stageDesc ?? ''} ${count}/${this.o.target.to}`,
    );
    this.safely(() => this.o.onProgress?.(progress));
  }

  /** A callback that throws must not end following. */
  private safely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.logger.error(errorForLog(e));
    }
  }

  private graceMinutes(): number {
    return Math.round((this.o.graceMs ?? FOLLOW_DEFAULTS.graceMs) / 60_000);
  }

  private timedOut(): FollowResult {
    const minutes = Math.round((this.o.timeoutMs ?? FOLLOW_DEFAULTS.timeoutMs) / 60_000);
    const message = this.o.t(
      'Stopped following the resize of {0} after {1} minutes; it may still be running on the server.',
      this.o.target.clusterName,
      minutes,
    );
    return this.result('timedOut', 'timedOut', message);
  }

  private stopped(): FollowResult {
    return this.result(
      'stopped',
      'stopped',
      this.o.t('Stopped following the resize of {0}; the resize continues on the server.', this.o.target.clusterName),
    );
  }

  private result(status: FollowStatus, reason: FollowResult['reason'], message: string): FollowResult {
    const last = this.last;
    const count = last ? countOfTarget(last, this.o.target) : undefined;
    return {
      status,
      reason,
      message,
      cluster: last,
      count,
      stageDesc: last?.stageDesc,
      errorInfo: last?.errorInfo,
      changeSeen: this.changeSeen,
    };
  }
}
