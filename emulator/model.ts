// The emulator's in-memory model of MRS clusters. Wire shapes (with their quirks) are produced
// from these records by render.ts; nothing here is sent as is.

/** The documented `clusterState` values (docs/mrs-api.md §4.1): the emulator's own list, checked
 *  against the client's (src/core/model/cluster.ts) by test/unit/emulator/model.test.ts. */
export const CLUSTER_STATES = [
  'starting',
  'running',
  'scaling-out',
  'scaling-in',
  'abnormal',
  'frozen',
  'terminating',
  'terminated',
  'failed',
] as const;

export type ClusterState = (typeof CLUSTER_STATES)[number];

export type NodeRole = 'master' | 'core' | 'task';

/** Host `status` values the emulator uses (ECS server states, docs/mrs-api.md §4.5). */
export type HostStatus = 'ACTIVE' | 'SHUTOFF' | 'ERROR' | 'BUILD';

export interface HostRecord {
  /** The ECS server id (v1.1 hosts `id`, the v1.1 resize's `server_ids`). */
  id: string;
  /** The MRS resource id, distinct from the ECS id (hosts and ListNodes `resource_id`, v2 shrink's `resource_ids`). */
  resourceId: string;
  name: string;
  ip: string;
  status: HostStatus;
  role: NodeRole;
  groupName: string;
  /** Per-cluster creation order; the emulator's own scale-in picks the newest hosts first. */
  seq: number;
}

export interface NodeGroupRecord {
  groupName: string;
  role: NodeRole;
  nodeNum: number;
  nodeSize: string;
  rootVolumeSize: number;
  rootVolumeType: string;
  dataVolumeType: string;
  dataVolumeCount: number;
  dataVolumeSize: number;
  /** Yearly/monthly nodes in a pay-per-use cluster (billing is per group): a v2 expand only creates an order. */
  yearlyMonthly?: boolean;
  /** The roles deployed on the group's nodes (custom clusters' `assignedRoles`; defaults by role otherwise). */
  roles?: readonly string[];
}

export type ResizeDirection = 'out' | 'in';

/** A resize in progress. Its progress is derived from `now()`, so a fake clock drives it too. */
export interface ResizeJob {
  direction: ResizeDirection;
  groupName: string;
  count: number;
  startedAt: number;
  durationMs: number;
  willFail: boolean;
  /** Host ids that leave the cluster on a successful scale-in. */
  removeIds: string[];
  /** The task group created by a scale-out with task_node_info when none existed. */
  newGroup?: NodeGroupRecord;
  /** Flavor/disks given by task_node_info for an existing task group with 0 nodes. */
  redefineGroup?: NodeGroupRecord;
  /** Which call started it: the v1.1 PUT or a v2 expand/shrink. */
  api: ResizeApi;
  /** Scale-out: whether the cluster's bootstrap actions are skipped on the new nodes. */
  skipBootstrapScripts?: boolean;
  /** Scale-in: whether the removed nodes are force-deleted (v2 `resource_ids`, `force_delete`). */
  forceDelete?: boolean;
}

export type ResizeApi = 'v1.1' | 'v2';

/**
 * What a resize call set going, for the request log (never the body itself): a job with the choices that
 * leave no trace in the cluster (bootstrap actions skipped, force delete), or the order of a v2 expand of a
 * yearly/monthly group, which starts nothing.
 */
export interface ResizeNote {
  clusterId: string;
  api: ResizeApi;
  direction: ResizeDirection;
  groupName: string;
  count: number;
  skipBootstrapScripts?: boolean;
  forceDelete?: boolean;
  /** Set when the call only created an order (nothing started). */
  orderId?: string;
}

export type ResizeFailureSwitch = number | 'always';

export const CUSTOM_CLUSTER_TYPE = 3;
export type ClusterType = 0 | 1 | 2 | typeof CUSTOM_CLUSTER_TYPE;

export interface ClusterRecord {
  clusterId: string;
  clusterName: string;
  clusterState: ClusterState;
  /** Node-change status (§4.2): '' when nothing changes. */
  scale: string;
  stageDesc: string | null;
  errorInfo: string;
  /**
   * 0 = analysis, 1 = streaming, 2 = hybrid, 3 = custom (Terraform maps 0–3 to ANALYSIS, STREAMING, MIXED,
   * CUSTOM; docs/mrs-api.md §8). A custom cluster's groups are all in `nodeGroups`, none in `taskNodeGroups`.
   */
  clusterType: ClusterType;
  clusterVersion: string;
  /** Yearly/monthly billing: the v1.1 resize refuses it with 12000065. */
  yearlyMonthly: boolean;
  /** An order of this pay-per-use cluster that is not paid yet: a scale-out is refused with 12000121. */
  unpaidOrderId?: string;
  periodType: 0 | 1;
  createAt: number;
  updateAt: number;
  safeMode: 0 | 1;
  /** Index used to derive network ids and the third octet of host IPs. */
  netIndex: number;
  /** Addresses of the cluster's subnet as VPC counts them (without the reserved ones); each node takes one. */
  subnetTotalIps: number;
  /** Names of the bootstrap actions the cluster was created with (they run on new nodes unless skipped). */
  bootstrapActions: string[];
  groups: NodeGroupRecord[];
  hosts: HostRecord[];
  nextHostSeq: number;
  /** Orders made by v2 expands of yearly/monthly groups (their ids are derived from it). */
  nextOrderSeq: number;
  /** Remaining resizes that must fail (per-cluster failure switch); 0 = none. */
  failResizes: ResizeFailureSwitch;
  job?: ResizeJob;
}

export function coreGroups(c: ClusterRecord): NodeGroupRecord[] {
  return c.groups.filter((g) => g.role === 'core');
}

export function taskGroups(c: ClusterRecord): NodeGroupRecord[] {
  return c.groups.filter((g) => g.role === 'task');
}

export function countNodes(c: ClusterRecord, role: NodeRole): number {
  return c.groups.filter((g) => g.role === role).reduce((sum, g) => sum + g.nodeNum, 0);
}

export function isCustom(c: ClusterRecord): boolean {
  return c.clusterType === CUSTOM_CLUSTER_TYPE;
}

/** Yearly/monthly nodes: the whole cluster's, or one group's in a pay-per-use cluster. */
export function isOnPeriod(c: ClusterRecord, g: NodeGroupRecord): boolean {
  return c.yearlyMonthly || g.yearlyMonthly === true;
}
