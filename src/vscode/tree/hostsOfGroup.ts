// Which hosts belong to a node group: `node_group_name` when MRS sends it, else the host `type`
// (`Core`, `CoreNode`, `Analysis_Task`…) mapped to the group's role.
import type { Host, NodeGroupRole } from '../../core/model/cluster';

export function roleOfHostType(type: string | undefined): NodeGroupRole | undefined {
  const t = (type ?? '').toLowerCase();
  if (t.includes('master')) return 'master';
  if (t.includes('core')) return 'core';
  if (t.includes('task')) return 'task';
  return undefined;
}

export function hostsOfGroup(hosts: readonly Host[], group: string, role: NodeGroupRole): Host[] {
  return hosts
    .filter((h) => (h.nodeGroupName ? h.nodeGroupName === group : roleOfHostType(h.type) === role))
    .sort((a, b) => a.name.localeCompare(b.name));
}
