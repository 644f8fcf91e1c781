// The resize state machine: running → scaling-out/scaling-in → running. Progress is a pure
// function of the clock (`now()`), so a fake clock drives it as well as real time does.
import { addHost } from '../hosts';
import type { ClusterRecord, NodeGroupRecord, ResizeApi, ResizeDirection, ResizeJob } from '../model';

/** §4.3 stageDesc strings, in order. */
export const STAGES: Record<ResizeDirection, readonly string[]> = {
  out: ['Preparing for cluster expansion', 'Creating VM', 'Initializing VM', 'Adding node to the cluster'],
  in: ['Preparing for cluster shrink', 'Decommissioning instance', 'Deleting VM', 'Deleting node from the cluster'],
};

export const FAILURE_STAGE: Record<ResizeDirection, string> = {
  out: 'Cluster expansion failed',
  in: 'Cluster shrink failed',
};

const FAILURE_INFO: Record<ResizeDirection, string> = {
  out: 'MRS.104 Insufficient resources. Try again later or contact customer service. (emulated failure)',
  in: 'MRS.300 MRS internal error. Try again later or contact customer service. (emulated failure)',
};

export interface ResizePlan {
  direction: ResizeDirection;
  groupName: string;
  count: number;
  removeIds: string[];
  newGroup?: NodeGroupRecord;
  redefineGroup?: NodeGroupRecord;
  api: ResizeApi;
  skipBootstrapScripts?: boolean;
  forceDelete?: boolean;
}

/** Consumes one unit of the per-cluster failure switch; true when this resize must fail. */
function takeFailure(c: ClusterRecord): boolean {
  if (c.failResizes === 'always') {
    return true;
  }
  if (c.failResizes > 0) {
    c.failResizes -= 1;
    return true;
  }
  return false;
}

export function startJob(c: ClusterRecord, plan: ResizePlan, nowMs: number, durationMs: number): ResizeJob {
  const job: ResizeJob = {
    direction: plan.direction,
    groupName: plan.groupName,
    count: plan.count,
    startedAt: nowMs,
    durationMs,
    willFail: takeFailure(c),
    removeIds: plan.removeIds,
    newGroup: plan.newGroup,
    redefineGroup: plan.redefineGroup,
    api: plan.api,
    skipBootstrapScripts: plan.skipBootstrapScripts,
    forceDelete: plan.forceDelete,
  };
  c.job = job;
  c.clusterState = plan.direction === 'out' ? 'scaling-out' : 'scaling-in';
  c.scale = c.clusterState;
  c.stageDesc = STAGES[plan.direction][0];
  c.errorInfo = '';
  c.updateAt = Math.floor(nowMs / 1000);
  return job;
}

function applySuccess(c: ClusterRecord, job: ResizeJob): void {
  if (job.newGroup) {
    c.groups.push({ ...job.newGroup, nodeNum: 0 });
  }
  const group = c.groups.find((g) => g.groupName === job.groupName);
  if (!group) {
    return;
  }
  if (job.redefineGroup) {
    Object.assign(group, { ...job.redefineGroup, nodeNum: group.nodeNum });
  }
  if (job.direction === 'out') {
    for (let i = 0; i < job.count; i++) {
      addHost(c, group);
    }
    group.nodeNum += job.count;
  } else {
    const gone = new Set(job.removeIds);
    c.hosts = c.hosts.filter((h) => !gone.has(h.id));
    group.nodeNum -= job.count;
  }
}

function finish(c: ClusterRecord, job: ResizeJob, nowMs: number): void {
  if (job.willFail) {
    c.scale = 'scaling-error';
    c.stageDesc = FAILURE_STAGE[job.direction];
    c.errorInfo = FAILURE_INFO[job.direction];
  } else {
    applySuccess(c, job);
    c.scale = '';
    c.stageDesc = null;
  }
  c.clusterState = 'running';
  c.job = undefined;
  c.updateAt = Math.floor(nowMs / 1000);
}

export type JobEvent = { kind: 'stage'; stage: string } | { kind: 'done'; failed: boolean };

/** Brings a cluster's running job up to `nowMs`; returns what changed, if anything. */
export function advanceJob(c: ClusterRecord, nowMs: number): JobEvent | undefined {
  const job = c.job;
  if (!job) {
    return undefined;
  }
  const elapsed = nowMs - job.startedAt;
  if (elapsed >= job.durationMs) {
    finish(c, job, nowMs);
    return { kind: 'done', failed: job.willFail };
  }
  const stages = STAGES[job.direction];
  const index = Math.min(stages.length - 1, Math.floor((elapsed / job.durationMs) * stages.length));
  if (c.stageDesc === stages[index]) {
    return undefined;
  }
  c.stageDesc = stages[index];
  return { kind: 'stage', stage: stages[index] };
}

/** Offsets (ms after the start) at which the job's visible state changes. */
export function jobBoundaries(job: ResizeJob): number[] {
  const n = STAGES[job.direction].length;
  return Array.from({ length: n }, (_, i) => ((i + 1) * job.durationMs) / n);
}
