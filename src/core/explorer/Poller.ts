// Keeps transitional clusters fresh without storms: only while the view is visible, only the
// clusters that are changing, one round at a time, with backoff after errors. Past
// LIST_POLL_THRESHOLD changing clusters in one connection, one list request per interval replaces
// their details requests (the list carries state, scale and stage).
import { errorMessage } from '../errors';
import type { Logger } from '../log';

/**
 * Up to this many changing clusters in one connection are re-read one by one (one details request
 * each per interval); more than this, and one list request per interval re-reads them all.
 */
export const LIST_POLL_THRESHOLD = 5;

interface PollerDeps {
  /** The clusters to re-read now; an empty list means nothing is polled. */
  readonly targets: () => Array<{ connection: string; clusterId: string }>;
  /** Re-reads one cluster (its details). */
  readonly refresh: (connection: string, clusterId: string) => Promise<void>;
  /** Re-reads many clusters of one connection at once (one list request); used past LIST_POLL_THRESHOLD. */
  readonly refreshMany: (connection: string, clusterIds: readonly string[]) => Promise<void>;
  readonly visible: () => boolean;
  readonly intervalMs: () => number;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly logger: Logger;
  /** Longest wait after repeated errors. */
  readonly maxBackoffMs?: number;
}

/** The targets grouped by connection, in their order. */
function byConnection(targets: ReadonlyArray<{ connection: string; clusterId: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { connection, clusterId } of targets) {
    const ids = out.get(connection) ?? [];
    ids.push(clusterId);
    out.set(connection, ids);
  }
  return out;
}

export class Poller {
  private timer: unknown;
  private failures = 0;
  private running = false;
  /** Bumped by restart(): a round still under way from before ends without effect. */
  private generation = 0;

  constructor(private readonly deps: PollerDeps) {}

  /** Call whenever the list or the visibility changed: starts or stops the timer as needed. */
  update(): void {
    const wanted = this.deps.visible() && this.deps.targets().length > 0;
    if (!wanted) {
      this.stop();
    } else if (this.timer === undefined && !this.running) {
      this.schedule();
    }
  }

  private delay(): number {
    const base = this.deps.intervalMs();
    return Math.min(base * 2 ** this.failures, this.deps.maxBackoffMs ?? 5 * 60_000);
  }

  private schedule(): void {
    this.timer = this.deps.setTimer(() => void this.tick(), this.delay());
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (!this.deps.visible()) {
      return;
    }
    const generation = this.generation;
    this.running = true;
    let failed = false;
    for (const [connection, clusterIds] of byConnection(this.deps.targets())) {
      if (clusterIds.length > LIST_POLL_THRESHOLD) {
        try {
          await this.deps.refreshMany(connection, clusterIds);
        } catch (e) {
          failed = true;
          this.deps.logger.warn(`Refreshing ${clusterIds.length} clusters of ${connection} failed: ${errorMessage(e)}`);
        }
        continue;
      }
      for (const clusterId of clusterIds) {
        try {
          await this.deps.refresh(connection, clusterId);
        } catch (e) {
          failed = true;
          this.deps.logger.warn(`Refreshing cluster ${clusterId} failed: ${errorMessage(e)}`);
        }
      }
    }
    if (generation !== this.generation) {
      return;
    }
    this.failures = failed ? Math.min(this.failures + 1, 10) : 0;
    this.running = false;
    this.update();
  }

  /**
   * The interval, the connections or the filter changed: forget the pending wait, the backoff and
   * any round under way, and schedule afresh.
   */
  restart(): void {
    this.stop();
    this.generation += 1;
    this.failures = 0;
    this.running = false;
    this.update();
  }

  stop(): void {
    if (this.timer !== undefined) {
      this.deps.clearTimer(this.timer);
    }
    this.timer = undefined;
  }

  dispose(): void {
    this.stop();
  }
}
