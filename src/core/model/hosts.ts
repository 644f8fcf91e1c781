// Which hosts belong to a node group: `node_group_name` when MRS sends it, else the host `type`
// (`Core`, `CoreNode`, `Analysis_Task`…), else the name (`<cluster id>_node_task_…`), mapped to the role.
import type { NodeGroupRole } from './cluster';

/** What placing a host needs: the rules pass plain host facts, the tree full Hosts. */
export interface GroupedHost {
  readonly name: string;
  readonly type?: string | undefined;
  readonly nodeGroupName?: string | undefined;
}

export function roleOfHostType(type: string | undefined): NodeGroupRole | undefined {
  const t = (type ?? '').toLowerCase();
  if (t.includes('master')) {
    return 'master';
  }
  if (t.includes('core')) {
    return 'core';
  }
  if (t.includes('task')) {
    return 'task';
  }
  return undefined;
}

export function roleOfHost(host: Pick<GroupedHost, 'type' | 'name'>): NodeGroupRole | undefined {
  return roleOfHostType(host.type) ?? roleOfHostType(/_node_(master|core|task)/i.exec(host.name)?.[1]);
}

/** `Analysis_Task` → `analysis`: the group family a host type names (hybrid clusters), if any. */
function familyOf(type: string | undefined): string | undefined {
  return /^([a-z]+)_(core|task)/i.exec(type ?? '')?.[1].toLowerCase();
}

function belongs(h: GroupedHost, group: string, role: NodeGroupRole, groupsWithRole: number): boolean {
  if (h.nodeGroupName) {
    return h.nodeGroupName === group;
  }
  if (roleOfHost(h) !== role) {
    return false;
  }
  const family = familyOf(h.type);
  if (family) {
    return group.toLowerCase().includes(family);
  }
  // Without a group name or family, a host cannot be placed when several groups share its role.
  return groupsWithRole <= 1;
}

/**
 * The hosts of one group, sorted by name. `groupsWithRole` is how many groups of the cluster have
 * this role: with more than one, hosts that do not say their group are left out rather than guessed.
 */
export function hostsOfGroup<H extends GroupedHost>(
  hosts: readonly H[],
  group: string,
  role: NodeGroupRole,
  groupsWithRole = 1,
): H[] {
  return hosts.filter((h) => belongs(h, group, role, groupsWithRole)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Host names repeat the cluster id (`<clusterId>_node_core_IQhiC`): the rest, as the tree shows it. */
export function shortHostName(name: string, clusterId: string): string {
  return name.startsWith(`${clusterId}_`) ? name.slice(clusterId.length + 1) : name;
}
