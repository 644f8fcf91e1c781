// A custom cluster (clusterType 3) as the emulator's seed `custom-lake` has it: its details name the
// groups freely (the role of node_group_compute and node_group_reserved is not in their names), its
// nodes (ListNodes) say each group's role and billing, and one task group is yearly/monthly.
import type { Cluster, ClusterNode, Host, NodeGroupRole } from '../../src/core/model/cluster';
import { aCluster, aHost, aNodeGroup } from './builders';

export const LAKE_ID = 'lake-1';

/** The details: every group but the master reads as core by its name. */
export function customLake(overrides: Partial<Cluster> = {}): Cluster {
  return aCluster({
    id: LAKE_ID,
    name: 'custom-lake',
    clusterType: 3,
    nodeGroups: [
      aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 3 }),
      aNodeGroup({ name: 'node_group_data', nodeCount: 3 }),
      aNodeGroup({ name: 'node_group_hbase', nodeCount: 2 }),
      aNodeGroup({ name: 'node_group_compute', nodeCount: 2 }),
      aNodeGroup({ name: 'node_group_reserved', nodeCount: 2 }),
    ],
    ...overrides,
  });
}

const GROUPS: ReadonlyArray<[string, NodeGroupRole, number]> = [
  ['master_node_default_group', 'master', 3],
  ['node_group_data', 'core', 3],
  ['node_group_hbase', 'core', 2],
  ['node_group_compute', 'task', 2],
  ['node_group_reserved', 'task', 2],
];

export function aClusterNode(overrides: Partial<ClusterNode> = {}): ClusterNode {
  return {
    name: 'node-1',
    resourceId: 'res-1',
    groupName: 'node_group_data',
    role: 'core',
    billing: 'payPerUse',
    status: 'running',
    serverId: 'srv-1',
    ip: '192.168.0.1',
    components: undefined,
    ...overrides,
  };
}

/** ListNodes of custom-lake: `node_group_reserved` is yearly/monthly; every node has components. */
export function lakeNodes(): ClusterNode[] {
  return GROUPS.flatMap(([group, role, count]) =>
    Array.from({ length: count }, (_, i) =>
      aClusterNode({
        name: `${LAKE_ID}_${group}_${i}`,
        resourceId: `res-${group}-${i}`,
        groupName: group,
        role,
        billing: group === 'node_group_reserved' ? 'yearlyMonthly' : 'payPerUse',
        serverId: `srv-${group}-${i}`,
        ip: `192.168.1.${i}`,
        components: role === 'master' ? ['NameNode', 'ZooKeeper'] : ['DataNode', 'NodeManager'],
      }),
    ),
  );
}

/** The v1.1 host list of custom-lake: every host `Core` or `Master` typed, no group named. */
export function lakeHosts(): Host[] {
  return GROUPS.flatMap(([group, role, count]) =>
    Array.from({ length: count }, (_, i) =>
      aHost({
        id: `srv-${group}-${i}`,
        name: `${LAKE_ID}_${group}_${i}`,
        ip: `192.168.1.${i}`,
        status: 'ACTIVE',
        type: role === 'master' ? 'Master' : 'Core',
      }),
    ),
  );
}

const completedGroup = (role: NodeGroupRole, name: string, nodeCount: number, billing?: 'yearlyMonthly') =>
  aNodeGroup({ role, name, nodeCount, flavor: 'c6.xlarge', ...(billing ? { billing } : {}) });

/** custom-lake as ListNodes completes it: each group with its role, node_group_reserved yearly/monthly. */
export function completedLake(): Cluster {
  return aCluster({
    id: 'lake',
    name: 'custom-lake',
    clusterType: 3,
    nodeGroups: GROUPS.map(([name, role, count]) =>
      completedGroup(role, name, count, name === 'node_group_reserved' ? 'yearlyMonthly' : undefined),
    ),
  });
}

/** custom-degraded as ListNodes completes it (its abnormal node is in degradedEtlHosts). */
export function completedDegraded(): Cluster {
  return aCluster({
    id: 'deg',
    name: 'custom-degraded',
    clusterType: 3,
    nodeGroups: [
      completedGroup('master', 'master_node_default_group', 3),
      completedGroup('core', 'node_group_core', 3),
      completedGroup('task', 'node_group_etl', 3),
    ],
  });
}

/** The hosts of custom-degraded's node_group_etl: the first is abnormal (ECS ERROR), each has a resource id. */
export function degradedEtlHosts(): Host[] {
  return [0, 1, 2].map((i) =>
    aHost({
      id: `ecs-${i}`,
      name: `deg_node_etl_${i}`,
      ip: `10.0.1.${i}`,
      type: 'Core',
      nodeGroupName: 'node_group_etl',
      status: i === 0 ? 'ERROR' : 'ACTIVE',
      resourceId: `res-${i}`,
    }),
  );
}
