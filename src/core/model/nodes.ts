// What ListNodes adds to a cluster's details and hosts (docs/mrs-api.md §3.4): on a custom cluster the
// groups are named freely and the details do not say their role, the nodes do (`node_type`); a node
// also says its billing (`billing_type`), its resource id (what the v2 shrink names) and its components.
import { countByRole, type Cluster, type ClusterNode, type Host, type NodeGroup, type NodeGroupRole } from './cluster';

/** The role most of a group's nodes have, if any says. */
function roleOfGroup(nodes: readonly ClusterNode[]): NodeGroupRole | undefined {
  const counts = new Map<NodeGroupRole, number>();
  for (const n of nodes) {
    if (n.role) {
      counts.set(n.role, (counts.get(n.role) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function billingOfGroup(nodes: readonly ClusterNode[]): NodeGroup['billing'] {
  if (nodes.some((n) => n.billing === 'yearlyMonthly')) {
    return 'yearlyMonthly';
  }
  return nodes.some((n) => n.billing === 'payPerUse') ? 'payPerUse' : undefined;
}

function groupWithNodes(group: NodeGroup, nodes: readonly ClusterNode[]): NodeGroup {
  const own = nodes.filter((n) => n.groupName === group.name);
  const role = roleOfGroup(own) ?? group.role;
  const billing = billingOfGroup(own) ?? group.billing;
  return billing === undefined ? { ...group, role } : { ...group, role, billing };
}

function hostOf(node: ClusterNode): Host {
  return {
    id: node.serverId ?? node.resourceId ?? node.name,
    name: node.name,
    ip: node.ip,
    status: undefined,
    flavor: undefined,
    type: node.role,
    nodeGroupName: node.groupName,
    cpu: undefined,
    memoryMb: undefined,
    rootVolumeSizeGb: undefined,
    dataVolume: { type: undefined, count: undefined, sizeGb: undefined },
    resourceId: node.resourceId,
    nodeStatus: node.status,
    components: node.components,
  };
}

function hostWithNode(host: Host, node: ClusterNode | undefined): Host {
  if (!node) {
    return host;
  }
  return {
    ...host,
    nodeGroupName: host.nodeGroupName ?? node.groupName,
    resourceId: host.resourceId ?? node.resourceId,
    nodeStatus: node.status ?? host.nodeStatus,
    components: node.components ?? host.components,
  };
}

/**
 * The cluster and its hosts as ListNodes completes them: each group's role and billing from its nodes
 * (the role counts of the cluster follow), each host's resource id, status and components; a node the
 * host list lacks becomes a host.
 */
export function withNodes(
  cluster: Cluster,
  hosts: readonly Host[],
  nodes: readonly ClusterNode[],
): { cluster: Cluster; hosts: Host[] } {
  const groups = cluster.nodeGroups.map((g) => groupWithNodes(g, nodes));
  const nodeOf = (h: Host) => nodes.find((n) => (n.serverId !== undefined && n.serverId === h.id) || n.name === h.name);
  const matched = new Set<ClusterNode>();
  const merged = hosts.map((h) => {
    const node = nodeOf(h);
    if (node) {
      matched.add(node);
    }
    return hostWithNode(h, node);
  });
  const extra = nodes.filter((n) => !matched.has(n)).map(hostOf);
  return {
    cluster: {
      ...cluster,
      nodeGroups: groups,
      masterCount: countByRole(groups, 'master'),
      coreCount: countByRole(groups, 'core'),
      taskCount: countByRole(groups, 'task'),
    },
    hosts: [...merged, ...extra],
  };
}
