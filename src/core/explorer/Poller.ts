// Keeps transitional clusters fresh without storms: only while the view is visible, only the
// clusters that are changing, one round at a time, with backoff after errors.
import { errorMessage } from '../errors';
import type { Logger } from '../log';

interface PollerDeps {
  /** The clusters to re-read now; an empty list means nothing is polled. */
  readonly targets: () => Array<{ connection: string; clusterId: string }>;
  readonly refresh: (connection: string, clusterId: string) => Promise<void>;
  readonly visible: () => boolean;
  readonly intervalMs: () => number;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly logger: Logger;
  /** Longest wait after repeated errors. */
  readonly maxBackoffMs?: number;
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
    for (const { connection, clusterId } of this.deps.targets()) {
      try {
        await this.deps.refresh(connection, clusterId);
      } catch (e) {
        failed = true;
        this.deps.logger.warn(`Refreshing cluster ${clusterId} failed: ${errorMessage(e)}`);
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
