// The cluster store: the seeded records, lookups, the list filters and the resize jobs' clock.
import { orderIdFrom } from './ids';
import { networkOf } from './network';
import {
  CLUSTER_STATES,
  type ClusterRecord,
  type ClusterState,
  type ResizeFailureSwitch,
  type ResizeNote,
} from './model';
import { headroomOf, type Headroom } from './mrs/quota';
import { freeOf, limitsLeaving, projectUsage, type Amounts } from './quotas';
import { advanceJob, jobBoundaries, startJob, type ResizePlan } from './mrs/resizeJob';
import { seedClusters, seedFreeQuota, type SeedName } from './seeds';

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

function noteOf(c: ClusterRecord, plan: ResizePlan): ResizeNote {
  const { api, direction, groupName, count, skipBootstrapScripts, forceDelete } = plan;
  return {
    clusterId: c.clusterId,
    api,
    direction,
    groupName,
    count,
    ...(skipBootstrapScripts === undefined ? {} : { skipBootstrapScripts }),
    ...(forceDelete === undefined ? {} : { forceDelete }),
  };
}

export class ClusterStore {
  private clusters: ClusterRecord[];
  /** The project's ECS/EVS limits (−1 = unlimited); what is used is derived from the clusters. */
  limits: Amounts;

  constructor(
    private readonly seed: SeedName,
    private readonly now: () => number,
    private readonly timers: Timers,
    private readonly log: Logger,
  ) {
    this.clusters = seedClusters(seed);
    this.limits = limitsLeaving(seedFreeQuota(seed), projectUsage(this.clusters));
  }

  /** Restores the seed (drops resize jobs and failure switches) and its quota limits. */
  reset(): void {
    this.clusters = seedClusters(this.seed);
    this.limits = limitsLeaving(seedFreeQuota(this.seed), projectUsage(this.clusters));
  }

  /** What the project uses now: the clusters' nodes (and running scale-outs) plus the other servers. */
  used(): Amounts {
    return projectUsage(this.all());
  }

  free(): Amounts {
    return freeOf(this.limits, this.used());
  }

  /** What a scale-out of `c` may take now. */
  headroom(c: ClusterRecord): Headroom {
    return headroomOf(c, this.free());
  }

  /** The cluster whose subnet has this id (the VPC v1 subnet id = the Neutron network id). */
  bySubnetId(subnetId: string, projectId: string): ClusterRecord | undefined {
    return this.all().find((c) => networkOf(c, projectId).subnetId === subnetId);
  }

  setSubnetIps(clusterId: string, totalIps: number): void {
    this.require(clusterId).subnetTotalIps = totalIps;
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

  /**
   * Starts a validated resize and schedules timers at its stage boundaries (for timely log lines); returns
   * what the request log keeps of it.
   */
  startResize(c: ClusterRecord, plan: ResizePlan, durationMs: number): ResizeNote {
    const job = startJob(c, plan, this.now(), durationMs);
    const how = [
      plan.api === 'v2' ? 'v2' : '',
      plan.skipBootstrapScripts === undefined
        ? ''
        : `bootstrap scripts ${plan.skipBootstrapScripts ? 'skipped' : 'run'}`,
      plan.forceDelete ? 'force delete' : '',
      job.willFail ? 'will fail' : '',
    ].filter((s) => s !== '');
    this.log(
      `${c.clusterName}: ${c.clusterState} ${plan.groupName} by ${plan.count}${how.length ? ` (${how.join(', ')})` : ''}`,
    );
    for (const at of jobBoundaries(job)) {
      this.timers.after(at, () => this.tick());
    }
    return noteOf(c, plan);
  }

  /** A v2 expand of a yearly/monthly group: a new order (its id derived from the cluster and a counter), nothing else. */
  placeOrder(c: ClusterRecord, groupName: string, count: number): ResizeNote & { orderId: string } {
    const orderId = orderIdFrom(`${c.clusterId}/expand-order/${c.nextOrderSeq++}`);
    this.log(
      `${c.clusterName}: order ${orderId} for ${count} node(s) of ${groupName}; nothing starts until it is paid`,
    );
    return { clusterId: c.clusterId, api: 'v2', direction: 'out', groupName, count, orderId };
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
