// Builds cluster records for the seeds from a short description (`aCluster({ ... })`).
import { addHost } from '../hosts';
import { uuidFrom } from '../ids';
import type { ClusterRecord, ClusterState, HostStatus, NodeGroupRecord, NodeRole } from '../model';

/** 2024-06-01T00:00:00Z: seeded timestamps are fixed so the seed is the same on every run. */
export const SEED_EPOCH_SECONDS = 1717200000;

export interface ClusterSpec {
  name: string;
  state?: ClusterState;
  type?: 'analysis' | 'streaming';
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
}

function group(role: NodeRole, groupName: string, nodeNum: number, nodeSize: string): NodeGroupRecord {
  return {
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

function groupsOf(spec: ClusterSpec): NodeGroupRecord[] {
  const kind = spec.type ?? 'analysis';
  const groups = [
    group('master', 'master_node_default_group', spec.masters ?? 2, spec.masterFlavor ?? 'c6.4xlarge.4.linux.bigdata'),
    group('core', `core_node_${kind}_group`, spec.core ?? 3, spec.coreFlavor ?? 'c6.2xlarge.4.linux.bigdata'),
  ];
  if (spec.task !== undefined) {
    groups.push(group('task', `task_node_${kind}_group`, spec.task, spec.taskFlavor ?? 'c6.xlarge.4.linux.bigdata'));
  }
  return groups;
}

function addHosts(cluster: ClusterRecord, shutoffCore: number): void {
  let shutoff = shutoffCore;
  for (const g of cluster.groups) {
    for (let i = 0; i < g.nodeNum; i++) {
      let status: HostStatus = 'ACTIVE';
      if (g.role === 'core' && shutoff > 0) {
        status = 'SHUTOFF';
        shutoff--;
      }
      addHost(cluster, g, status);
    }
  }
}

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
    clusterType: spec.type === 'streaming' ? 1 : 0,
    clusterVersion: spec.version ?? 'MRS 3.1.0',
    yearlyMonthly: spec.yearlyMonthly ?? false,
    periodType: spec.yearlyMonthly ? 1 : 0,
    createAt,
    updateAt: createAt + 3600,
    safeMode: spec.safeMode ?? 1,
    netIndex,
    groups: groupsOf(spec),
    hosts: [],
    nextHostSeq: 0,
    failResizes: 0,
  };
  if (cluster.clusterState !== 'terminated') {
    addHosts(cluster, spec.shutoffCore ?? 0);
  }
  return cluster;
}
