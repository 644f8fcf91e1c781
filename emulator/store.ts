// The cluster store: the seeded records, lookups, the list filters and the resize jobs' clock.
import { CLUSTER_STATES, type ClusterRecord, type ClusterState, type ResizeFailureSwitch } from './model';
import type { Quota } from './mrs/quota';
import { advanceJob, jobBoundaries, startJob, type ResizePlan } from './mrs/resizeJob';
import { seedClusters, type SeedName } from './seeds';

export type Logger = (line: string) => void;

/** Timers of the emulator; all of them are cleared when it closes. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  after(ms: number, fn: () => void): void {
    const t = setTimeout(
      () => {
        this.pending.delete(t);
        fn();
      },
      Math.max(0, ms),
    );
    this.pending.add(t);
  }

  /** Resolves after `ms`, or never when the timers are cleared first (the socket is closed then). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  clearAll(): void {
    for (const t of this.pending) {
      clearTimeout(t);
    }
    this.pending.clear();
  }
}

export interface ClusterStatePatch {
  clusterState: ClusterState;
  scale?: string;
  stageDesc?: string | null;
  errorInfo?: string;
}

export class ClusterStore {
  private clusters: ClusterRecord[];
  /** The account's available quota (a knob); it does not change as resizes run. Empty = unlimited. */
  quota: Quota = {};

  constructor(
    private readonly seed: SeedName,
    private readonly now: () => number,
    private readonly timers: Timers,
    private readonly log: Logger,
  ) {
    this.clusters = seedClusters(seed);
  }

  /** Restores the seed (drops resize jobs and failure switches) and lifts the quota. */
  reset(): void {
    this.clusters = seedClusters(this.seed);
    this.quota = {};
  }

  /** Advances every running resize to the current time. */
  tick(): void {
    const t = this.now();
    for (const c of this.clusters) {
      const event = advanceJob(c, t);
      if (event?.kind === 'stage') {
        this.log(`${c.clusterName}: ${c.clusterState} - ${event.stage}`);
      } else if (event?.kind === 'done') {
        this.log(`${c.clusterName}: resize ${event.failed ? 'FAILED (scale=scaling-error)' : 'finished'}; now running`);
      }
    }
  }

  all(): ClusterRecord[] {
    this.tick();
    return this.clusters;
  }

  get(clusterId: string): ClusterRecord | undefined {
    this.tick();
    return this.clusters.find((c) => c.clusterId === clusterId);
  }

  idByName(name: string): string | undefined {
    return this.clusters.find((c) => c.clusterName === name)?.clusterId;
  }

  /** Starts a validated resize and schedules timers at its stage boundaries (for timely log lines). */
  startResize(c: ClusterRecord, plan: ResizePlan, durationMs: number): void {
    const job = startJob(c, plan, this.now(), durationMs);
    this.log(
      `${c.clusterName}: ${c.clusterState} ${plan.groupName} by ${plan.count}${job.willFail ? ' (will fail)' : ''}`,
    );
    for (const at of jobBoundaries(job)) {
      this.timers.after(at, () => this.tick());
    }
  }

  setFailureSwitch(clusterId: string, value: ResizeFailureSwitch): void {
    this.require(clusterId).failResizes = value;
  }

  setState(clusterId: string, patch: ClusterStatePatch): void {
    if (!(CLUSTER_STATES as readonly string[]).includes(patch.clusterState)) {
      throw new Error(`Unknown clusterState "${String(patch.clusterState)}"; use one of ${CLUSTER_STATES.join(', ')}.`);
    }
    const c = this.require(clusterId);
    c.job = undefined;
    c.clusterState = patch.clusterState;
    c.scale =
      patch.scale ??
      (patch.clusterState === 'scaling-out' || patch.clusterState === 'scaling-in' ? patch.clusterState : '');
    c.stageDesc = patch.stageDesc === undefined ? null : patch.stageDesc;
    c.errorInfo = patch.errorInfo ?? '';
    c.updateAt = Math.floor(this.now() / 1000);
  }

  private require(clusterId: string): ClusterRecord {
    const c = this.get(clusterId);
    if (!c) {
      throw new Error(`Unknown cluster id "${clusterId}".`);
    }
    return c;
  }
}
