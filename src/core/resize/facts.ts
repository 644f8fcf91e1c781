// What the rules read about a cluster and its hosts: plain JSON-safe data (no Date, no class), so a
// webview or a JSON document can carry it. A full Cluster or Host is a structural subtype of these.
import type { BillingMode, ClusterState, NodeGroupRole } from '../model/cluster';

export interface NodeGroupFacts {
  readonly name: string;
  readonly role: NodeGroupRole;
  readonly nodeCount: number;
  /** An empty task group keeps its flavor and disks: they prefill task_node_info. */
  readonly flavor?: string | undefined;
  readonly dataVolume?: DataVolumeFacts;
  /** From ListNodes: a yearly/monthly group's scale-out is an order to pay. */
  readonly billing?: 'yearlyMonthly' | 'payPerUse' | undefined;
}

/** Data disks of each node of a group. */
export interface DataVolumeFacts {
  /** SATA | SAS | SSD… */
  readonly type?: string | undefined;
  readonly count?: number | undefined;
  /** GB. */
  readonly sizeGb?: number | undefined;
}

export interface ClusterFacts {
  /** Which cluster the facts describe; not read by the rules. */
  readonly id: string;
  readonly name: string;
  readonly state: ClusterState;
  /** The raw `clusterState`, shown in messages. */
  readonly stateText: string;
  /** Node-change status (docs/mrs-api.md §4.2): tells a resize in progress or a failed one. */
  readonly scale?: string | undefined;
  /** The stage of the last or current resize, and why the last one failed: tell an old failure from a new one. */
  readonly stageDesc?: string | undefined;
  readonly errorInfo?: string | undefined;
  /** 0 analysis, 1 streaming, 2 hybrid, 3 custom: custom clusters take the v2 calls only. */
  readonly clusterType?: number | undefined;
  /** e.g. `MRS 3.1.0`: `scale_without_start` needs 1.7.2. */
  readonly version?: string | undefined;
  /** Yearly/monthly clusters cannot be resized with this API (12000065). */
  readonly billing: { readonly mode: BillingMode };
  readonly nodeGroups: readonly NodeGroupFacts[];
  /**
   * How many bootstrap actions the cluster was created with (`bootstrapScripts` of its details):
   * `skip_bootstrap_scripts` means something only when there are some. Undefined when MRS did not say.
   */
  readonly bootstrapActions?: number | undefined;
  /**
   * The core + task limit technical support raised for this cluster (the doc: 500 unless raised), as
   * the user set it (`mrs.resize.maxNodes`, `mrs-resize --max-nodes`): never read from MRS; the way in
   * puts it on the order, the plan on its reading (nodeLimit.ts).
   */
  readonly maxCoreAndTaskNodes?: number | undefined;
  /**
   * The flavors MRS offers for new task nodes of the cluster's version and zone (ShowMrsFlavors), when the
   * way in read them (resize/flavorOffered.ts): a task_node_info flavor outside them is a warning.
   */
  readonly offeredTaskFlavors?: OfferedTaskFlavors | undefined;
}

/** The task flavors MRS offers in the cluster's zone, by name as its answer gives them. */
export interface OfferedTaskFlavors {
  readonly zone: string;
  readonly names: readonly string[];
}

/** A host as the `server_ids` and host-state rules see it. */
export interface HostFacts {
  /** ECS server id: what `server_ids` names. */
  readonly id: string;
  readonly name: string;
  /** Named with the host in messages. */
  readonly ip?: string | undefined;
  /** ECS status: ACTIVE, SHUTOFF… */
  readonly status?: string | undefined;
  /** `Core`, `Analysis_Task`…: places the host in a group when `nodeGroupName` is absent. */
  readonly type?: string | undefined;
  readonly nodeGroupName?: string | undefined;
  /** What the v2 shrink's `resource_ids` names. */
  readonly resourceId?: string | undefined;
}

/** The object without its undefined members: equal to its own JSON round trip. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A Cluster's NodeGroup qualifies: the copy keeps only what the rules read. */
export function nodeGroupFactsOf(group: NodeGroupFacts): NodeGroupFacts {
  const { type, count, sizeGb } = group.dataVolume ?? {};
  const disks = defined({ type, count, sizeGb });
  const dataVolume = Object.keys(disks).length > 0 ? disks : undefined;
  const { name, role, nodeCount, flavor, billing } = group;
  return defined({ name, role, nodeCount, flavor, dataVolume, billing });
}

/** The facts the rules read about a cluster, copied out of the model's Cluster (or of wider facts). */
export function clusterFactsOf(cluster: ClusterFacts): ClusterFacts {
  return defined({
    id: cluster.id,
    name: cluster.name,
    state: cluster.state,
    stateText: cluster.stateText,
    scale: cluster.scale,
    stageDesc: cluster.stageDesc,
    errorInfo: cluster.errorInfo,
    clusterType: cluster.clusterType,
    version: cluster.version,
    billing: { mode: cluster.billing.mode },
    nodeGroups: cluster.nodeGroups.map(nodeGroupFactsOf),
    bootstrapActions: cluster.bootstrapActions,
    maxCoreAndTaskNodes: cluster.maxCoreAndTaskNodes,
    offeredTaskFlavors: cluster.offeredTaskFlavors,
  });
}

/** The facts the rules read about a host, copied out of the model's Host. */
export function hostFactsOf(host: HostFacts): HostFacts {
  return defined({
    id: host.id,
    name: host.name,
    ip: host.ip,
    status: host.status,
    type: host.type,
    nodeGroupName: host.nodeGroupName,
    resourceId: host.resourceId,
  });
}

/**
 * One reading of a cluster: its details and its hosts, read together just now, as plain facts that
 * a webview message or a saved plan can carry. The form, the request files and the plan all read
 * a cluster as this (plan/readCluster.ts).
 */
export interface ClusterReading {
  readonly facts: ClusterFacts;
  readonly hosts: readonly HostFacts[];
}
