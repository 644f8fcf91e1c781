// The roles (Manager's role instances) each node group runs: a custom cluster's groups name theirs
// (`assignedRoles`), the other clusters' follow from the group's role and the cluster type. ListNodes'
// `component_infos` lists them per node. The value sets are the emulator's (undocumented, docs/mrs-api.md §3.4).
import type { ClusterRecord, NodeGroupRecord, NodeRole } from './model';

export interface RoleFacts {
  service: string;
  short: string;
  /** Master-type roles run active/standby on the master nodes. */
  master: boolean;
  /** Roles that can be decommissioned before their node leaves (HDFS, YARN, HBase workers). */
  decommission: boolean;
}

const ROLE_FACTS: Readonly<Record<string, RoleFacts>> = {
  NameNode: { service: 'HDFS', short: 'NN', master: true, decommission: false },
  ResourceManager: { service: 'Yarn', short: 'RM', master: true, decommission: false },
  HMaster: { service: 'HBase', short: 'HM', master: true, decommission: false },
  quorumpeer: { service: 'ZooKeeper', short: 'QP', master: false, decommission: false },
  DataNode: { service: 'HDFS', short: 'DN', master: false, decommission: true },
  NodeManager: { service: 'Yarn', short: 'NM', master: false, decommission: true },
  RegionServer: { service: 'HBase', short: 'RS', master: false, decommission: true },
  Broker: { service: 'Kafka', short: 'B', master: false, decommission: false },
};

const UNKNOWN_ROLE: RoleFacts = { service: 'Unknown', short: '?', master: false, decommission: false };

export function roleFacts(role: string): RoleFacts {
  return ROLE_FACTS[role] ?? UNKNOWN_ROLE;
}

const DEFAULT_ROLES: Record<'analysis' | 'streaming', Record<NodeRole, readonly string[]>> = {
  analysis: {
    master: ['NameNode', 'ResourceManager', 'quorumpeer', 'HMaster'],
    core: ['DataNode', 'NodeManager'],
    task: ['NodeManager'],
  },
  streaming: { master: ['quorumpeer'], core: ['Broker'], task: ['Broker'] },
};

/** The group's own roles, else the defaults of its role (streaming groups of a streaming or hybrid cluster: Kafka). */
export function rolesOf(c: ClusterRecord, g: NodeGroupRecord): readonly string[] {
  if (g.roles) {
    return g.roles;
  }
  const streaming = c.clusterType === 1 || (c.clusterType === 2 && g.groupName.includes('streaming'));
  return DEFAULT_ROLES[streaming ? 'streaming' : 'analysis'][g.role];
}
