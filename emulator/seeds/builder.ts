// Builds cluster records for the seeds from a short description (`aCluster({ ... })`).
import { addHost } from '../hosts';
import { orderIdFrom, uuidFrom } from '../ids';
import {
  CUSTOM_CLUSTER_TYPE,
  type ClusterRecord,
  type ClusterState,
  type HostStatus,
  type NodeGroupRecord,
  type NodeRole,
} from '../model';
import { DEFAULT_SUBNET_IPS } from '../network';

/** 2024-06-01T00:00:00Z: seeded timestamps are fixed so the seed is the same on every run. */
export const SEED_EPOCH_SECONDS = 1717200000;

/** A core or task group given by name, for clusters whose groups do not follow `{role}_node_{type}_group`. */
export interface GroupSpec {
  role: 'core' | 'task';
  name: string;
  nodes: number;
  flavor?: string;
  /** Ids of the group's first hosts (e.g. the ECS ids printed in the doc's examples); the rest are derived. */
  hostIds?: readonly string[];
  /** Yearly/monthly nodes in a pay-per-use cluster (a v2 expand of the group only creates an order). */
  yearlyMonthly?: boolean;
  /** The roles deployed on the group (`assignedRoles` of a custom cluster's group). */
  roles?: readonly string[];
  /** The group's first N hosts are abnormal (ECS status ERROR): what v2 shrink's `resource_ids` may name. */
  abnormalHosts?: number;
}

export interface ClusterSpec {
  name: string;
  state?: ClusterState;
  /** `hybrid` and `custom` have no default groups: give them in `groups`. */
  type?: 'analysis' | 'streaming' | 'hybrid' | 'custom';
  masters?: number;
  core?: number;
  /** Task nodes; `undefined` = the cluster has no task group at all, 0 = an empty task group. */
  task?: number;
  masterFlavor?: string;
  coreFlavor?: string;
  taskFlavor?: string;
  yearlyMonthly?: boolean;
  scale?: string;
  stageDesc?: string | null;
  errorInfo?: string;
  daysAgo?: number;
  version?: string;
  safeMode?: 0 | 1;
  /** Number of core hosts whose status is SHUTOFF (the cluster then refuses resizes with 12000068). */
  shutoffCore?: number;
  /** Core and task groups in place of the ones `core`/`task` describe (hybrid clusters, custom names). */
  groups?: readonly GroupSpec[];
  /** The cluster has an order that is not paid (a scale-out is refused with 12000121). */
  unpaidOrder?: boolean;
  /** Names of the bootstrap actions the cluster was created with (default: none). */
  bootstrapActions?: readonly string[];
  /** The roles of the master group (custom clusters). */
  masterRoles?: readonly string[];
  /** Addresses of the cluster's subnet (default DEFAULT_SUBNET_IPS); each node takes one (MRS.105 beyond). */
  subnetIps?: number;
}

function group(
  role: NodeRole,
  groupName: string,
  nodeNum: number,
  nodeSize: string,
  extra: Partial<NodeGroupRecord> = {},
): NodeGroupRecord {
  return {
    ...extra,
    groupName,
    role,
    nodeNum,
    nodeSize,
    rootVolumeSize: 480,
    rootVolumeType: 'SAS',
    dataVolumeType: role === 'master' ? 'SAS' : 'SATA',
    dataVolumeCount: role === 'core' ? 2 : 1,
    dataVolumeSize: role === 'task' ? 200 : 600,
  };
}

const DEFAULT_FLAVOR = { core: 'c6.2xlarge.4.linux.bigdata', task: 'c6.xlarge.4.linux.bigdata' } as const;

function groupsOf(spec: ClusterSpec): NodeGroupRecord[] {
  const kind = spec.type ?? 'analysis';
  const master = group(
    'master',
    'master_node_default_group',
    spec.masters ?? 2,
    spec.masterFlavor ?? 'c6.4xlarge.4.linux.bigdata',
    spec.masterRoles ? { roles: spec.masterRoles } : {},
  );
  if (spec.groups) {
    return [
      master,
      ...spec.groups.map((g) => group(g.role, g.name, g.nodes, g.flavor ?? DEFAULT_FLAVOR[g.role], extras(g))),
    ];
  }
  const groups = [
    master,
    group('core', `core_node_${kind}_group`, spec.core ?? 3, spec.coreFlavor ?? DEFAULT_FLAVOR.core),
  ];
  if (spec.task !== undefined) {
    groups.push(group('task', `task_node_${kind}_group`, spec.task, spec.taskFlavor ?? 'c6.xlarge.4.linux.bigdata'));
  }
  return groups;
}

function extras(g: GroupSpec): Partial<NodeGroupRecord> {
  return { ...(g.yearlyMonthly ? { yearlyMonthly: true } : {}), ...(g.roles ? { roles: g.roles } : {}) };
}

function addHosts(cluster: ClusterRecord, spec: ClusterSpec): void {
  let shutoff = spec.shutoffCore ?? 0;
  for (const g of cluster.groups) {
    const given = spec.groups?.find((s) => s.name === g.groupName);
    const ids = given?.hostIds ?? [];
    for (let i = 0; i < g.nodeNum; i++) {
      let status: HostStatus = i < (given?.abnormalHosts ?? 0) ? 'ERROR' : 'ACTIVE';
      if (g.role === 'core' && shutoff > 0) {
        status = 'SHUTOFF';
        shutoff--;
      }
      addHost(cluster, g, status, ids[i]);
    }
  }
}

const CLUSTER_TYPES = { analysis: 0, streaming: 1, hybrid: 2, custom: CUSTOM_CLUSTER_TYPE } as const;

/** A cluster record for seed `seed`; ids depend only on the seed name and the cluster name. */
export function aCluster(seed: string, netIndex: number, spec: ClusterSpec): ClusterRecord {
  const createAt = SEED_EPOCH_SECONDS - (spec.daysAgo ?? 30) * 86400 - netIndex * 3607;
  const cluster: ClusterRecord = {
    clusterId: uuidFrom(`${seed}/cluster/${spec.name}`),
    clusterName: spec.name,
    clusterState: spec.state ?? 'running',
    scale: spec.scale ?? '',
    stageDesc: spec.stageDesc ?? null,
    errorInfo: spec.errorInfo ?? '',
    clusterType: CLUSTER_TYPES[spec.type ?? 'analysis'],
    clusterVersion: spec.version ?? 'MRS 3.1.0',
    yearlyMonthly: spec.yearlyMonthly ?? false,
    unpaidOrderId: spec.unpaidOrder ? orderIdFrom(`${seed}/order/${spec.name}`) : undefined,
    periodType: spec.yearlyMonthly ? 1 : 0,
    createAt,
    updateAt: createAt + 3600,
    safeMode: spec.safeMode ?? 1,
    netIndex,
    subnetTotalIps: spec.subnetIps ?? DEFAULT_SUBNET_IPS,
    bootstrapActions: [...(spec.bootstrapActions ?? [])],
    groups: groupsOf(spec),
    hosts: [],
    nextHostSeq: 0,
    nextOrderSeq: 0,
    failResizes: 0,
  };
  if (cluster.clusterState !== 'terminated') {
    addHosts(cluster, spec);
  }
  return cluster;
}
