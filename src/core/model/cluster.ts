// The MRS domain model the rest of the extension works with: already parsed, never wire-shaped.
// Parsing from the wire lives in src/core/api (parseCluster.ts, parseHost.ts).

/** Documented `clusterState` values (docs/mrs-api.md §4.1); anything else becomes 'unknown'. */
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

type KnownClusterState = (typeof CLUSTER_STATES)[number];
export type ClusterState = KnownClusterState | 'unknown';

/** List filter values: every state plus the filter-only `existing` and `history`. */
export type ClusterStateFilter = KnownClusterState | 'existing' | 'history';

export type NodeGroupRole = 'master' | 'core' | 'task';

interface DataVolume {
  /** SATA | SAS | SSD (GPSSD on newer regions); undefined when not reported. */
  readonly type: string | undefined;
  readonly count: number | undefined;
  /** GB. */
  readonly sizeGb: number | undefined;
}

interface RootVolume {
  readonly type: string | undefined;
  readonly sizeGb: number | undefined;
}

export interface NodeGroup {
  readonly role: NodeGroupRole;
  /** The real group name, e.g. `core_node_analysis_group`: send this as `node_group`. */
  readonly name: string;
  readonly nodeCount: number;
  readonly flavor: string | undefined;
  readonly dataVolume: DataVolume;
  readonly rootVolume: RootVolume;
  /**
   * How the group's nodes are billed, when ListNodes said (`billing_type` of its nodes): a yearly/monthly
   * group's scale-out is an order to pay (docs/mrs-api.md §3.6). Undefined when not read.
   */
  readonly billing?: 'yearlyMonthly' | 'payPerUse' | undefined;
}

export type BillingMode = 'payPerUse' | 'yearlyMonthly' | 'unknown';

export interface Billing {
  readonly mode: BillingMode;
  /** Only for yearly/monthly clusters: `periodType` 0 = monthly, 1 = yearly. */
  readonly period: 'monthly' | 'yearly' | undefined;
  /** The raw `billingType`, e.g. `Metered`. */
  readonly billingType: string | undefined;
}

export interface Cluster {
  readonly id: string;
  readonly name: string;
  readonly state: ClusterState;
  /** The raw `clusterState` as sent (useful when `state` is 'unknown'). */
  readonly stateText: string;
  /**
   * Node-change status (§4.2): `scaling-out`, `scaling-in`, `scaling-error`, `scaling-up`,
   * `scaling_up_first`, `scaled_up_first`, `scaled-up-success`; undefined when nothing is changing.
   */
  readonly scale: string | undefined;
  readonly stageDesc: string | undefined;
  readonly errorInfo: string | undefined;
  /** e.g. `MRS 3.1.0`. */
  readonly version: string | undefined;
  /** 0 analysis, 1 streaming, 2 hybrid, 3 custom (docs/mrs-api.md §3.1): see clusterKind. */
  readonly clusterType: number | undefined;
  readonly region: string | undefined;
  readonly availabilityZone: string | undefined;
  /** `azCode` when the details send it: what ECS and MRS's available-flavor answer name a zone by. */
  readonly azCode?: string | undefined;
  readonly billing: Billing;
  readonly createdAt: Date | undefined;
  readonly updatedAt: Date | undefined;
  readonly masterCount: number;
  readonly coreCount: number;
  /** Not sent by MRS: the sum of the task groups. */
  readonly taskCount: number;
  readonly masterFlavor: string | undefined;
  readonly coreFlavor: string | undefined;
  /** Master, core and task groups, each group once. */
  readonly nodeGroups: readonly NodeGroup[];
  /** Kerberos (`safeMode` 1). */
  readonly securityMode: boolean | undefined;
  /** `isMrsManagerFinish` (also spelled `ismrsManagerFinish`). */
  readonly managerInstalled: boolean | undefined;
  readonly vpcId: string | undefined;
  readonly subnetId: string | undefined;
  readonly enterpriseProjectId: string | undefined;
  /** `tags` is `k1=v1,k2=v2` on the wire. */
  readonly tags: Readonly<Record<string, string>>;
  /**
   * The bootstrap actions the cluster was created with (`bootstrapScripts`, a list): how many; undefined
   * when the answer has no such list (then nobody can tell, docs/mrs-api.md §3.2).
   */
  readonly bootstrapActions: number | undefined;
}

export interface Host {
  /** ECS server id: what `server_ids` of a task scale-in expects. */
  readonly id: string;
  readonly name: string;
  readonly ip: string | undefined;
  /** ECS status: ACTIVE, SHUTOFF, ERROR, BUILD, DELETED… */
  readonly status: string | undefined;
  readonly flavor: string | undefined;
  /** `Master`, `Core`, `MasterNode`, `Analysis_Task`… as sent. */
  readonly type: string | undefined;
  readonly nodeGroupName: string | undefined;
  readonly cpu: number | undefined;
  readonly memoryMb: number | undefined;
  readonly rootVolumeSizeGb: number | undefined;
  readonly dataVolume: DataVolume;
  /** What the v2 shrink's `resource_ids` names (the host list's `resource_id`, or ListNodes'). */
  readonly resourceId?: string | undefined;
  /** ListNodes' `node_status` (the console's operational status), when read. */
  readonly nodeStatus?: string | undefined;
  /** The components with a role on the node (ListNodes with `query_node_detail`), when read. */
  readonly components?: readonly string[] | undefined;
}

/** A node of ListNodes (`GET /v2/{project_id}/clusters/{cluster_id}/nodes`, docs/mrs-api.md §3.4). */
export interface ClusterNode {
  readonly name: string;
  readonly resourceId: string | undefined;
  readonly groupName: string | undefined;
  /** From `node_type` (Master/Core/Task in any case); undefined for another text. */
  readonly role: NodeGroupRole | undefined;
  readonly billing: 'yearlyMonthly' | 'payPerUse' | undefined;
  readonly status: string | undefined;
  /** The ECS server id: the host list's `id`. */
  readonly serverId: string | undefined;
  readonly ip: string | undefined;
  /** Component names of `component_infos` (only sent with `query_node_detail=true`). */
  readonly components: readonly string[] | undefined;
}

export type ClusterKind = 'analysis' | 'streaming' | 'hybrid' | 'custom' | 'unknown';

const CLUSTER_KINDS: readonly ClusterKind[] = ['analysis', 'streaming', 'hybrid', 'custom'];

/** `clusterType` 0–3 as Terraform maps it (analysis, streaming, mixed, custom); anything else unknown. */
export function clusterKind(cluster: { readonly clusterType?: number | undefined }): ClusterKind {
  const type = cluster.clusterType;
  return type !== undefined && Number.isInteger(type) ? (CLUSTER_KINDS[type] ?? 'unknown') : 'unknown';
}

/** A custom cluster (MRS 3.x "custom purchase"): resized through the v2 expand and shrink only. */
export function isCustomCluster(cluster: { readonly clusterType?: number | undefined }): boolean {
  return clusterKind(cluster) === 'custom';
}

/** Maps a raw `clusterState` to the union; unknown values become 'unknown'. */
export function toClusterState(raw: string | undefined): ClusterState {
  const value = (raw ?? '').trim().toLowerCase();
  return (CLUSTER_STATES as readonly string[]).includes(value) ? (value as KnownClusterState) : 'unknown';
}

/**
 * The role of a node group from its name (`master_node_default_group`, `core_node_analysis_group`,
 * `task_node_streaming_group`). Custom groups with other names count as core unless listed as task.
 */
export function roleFromGroupName(name: string, listedAsTask = false): NodeGroupRole {
  const n = name.toLowerCase();
  if (n.startsWith('master')) {
    return 'master';
  }
  if (n.startsWith('task') || listedAsTask) {
    return 'task';
  }
  if (n.startsWith('core')) {
    return 'core';
  }
  if (n.includes('master')) {
    return 'master';
  }
  return n.includes('task') ? 'task' : 'core';
}

/** True while the cluster is adding or removing nodes, by state or by `scale`. */
export function isScaling(cluster: { readonly state: ClusterState; readonly scale?: string | undefined }): boolean {
  return cluster.state === 'scaling-out' || cluster.state === 'scaling-in' || isScaleInProgress(cluster.scale);
}

/** A non-empty `scale` other than the final `scaling-error` / `scaled-up-success`. */
export function isScaleInProgress(scale: string | undefined): boolean {
  return scale !== undefined && scale !== 'scaling-error' && scale !== 'scaled-up-success';
}

/** `scale` = `scaling-error`: the last resize failed although the cluster is `running` again. */
export function hasScaleError(cluster: { readonly scale?: string | undefined }): boolean {
  return cluster.scale === 'scaling-error';
}

/** States that change on their own, worth polling. */
export function isTransitional(state: ClusterState): boolean {
  return state === 'starting' || state === 'scaling-out' || state === 'scaling-in' || state === 'terminating';
}

/** Sum of the node counts of the groups with this role. */
export function countByRole(groups: readonly Pick<NodeGroup, 'role' | 'nodeCount'>[], role: NodeGroupRole): number {
  return groups.filter((g) => g.role === role).reduce((sum, g) => sum + g.nodeCount, 0);
}

/** The group with this exact name, if any. */
export function findNodeGroup(cluster: Pick<Cluster, 'nodeGroups'>, name: string): NodeGroup | undefined {
  return cluster.nodeGroups.find((g) => g.name === name);
}

export function isYearlyMonthly(cluster: { readonly billing: Pick<Billing, 'mode'> }): boolean {
  return cluster.billing.mode === 'yearlyMonthly';
}
