// Which hosts belong to a node group: `node_group_name` when MRS sends it, else the host `type`
// (`Core`, `CoreNode`, `Analysis_Task`…), else the name (`<cluster id>_node_task_…`), mapped to the role.
import type { Host, NodeGroupRole } from './cluster';

export function roleOfHostType(type: string | undefined): NodeGroupRole | undefined {
  const t = (type ?? '').toLowerCase();
  if (t.includes('master')) return 'master';
  if (t.includes('core')) return 'core';
  if (t.includes('task')) return 'task';
  return undefined;
}

export function roleOfHost(host: Pick<Host, 'type' | 'name'>): NodeGroupRole | undefined {
  return roleOfHostType(host.type) ?? roleOfHostType(/_node_(master|core|task)/i.exec(host.name)?.[1]);
}

/** The hosts of one group, sorted by name. */
export function hostsOfGroup(hosts: readonly Host[], group: string, role: NodeGroupRole): Host[] {
  return hosts
    .filter((h) => (h.nodeGroupName ? h.nodeGroupName === group : roleOfHost(h) === role))
    .sort((a, b) => a.name.localeCompare(b.name));
}
