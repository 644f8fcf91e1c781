// Turns hosts into the v1.1 host list's HostModel (wire.ts), in the order the list serves them.
import { flavorShape } from './flavors';
import { isCustom, type ClusterRecord, type HostRecord, type NodeRole } from './model';
import type { HostDto } from './wire';

const TYPE_NAMES: Record<NodeRole, HostDto['type']> = { master: 'Master', core: 'Core', task: 'Task' };

/** A custom cluster's hosts are `Master` or `Core` whatever their group's role: what Terraform reads them as. */
function hostType(c: ClusterRecord, h: HostRecord): HostDto['type'] {
  return isCustom(c) && h.role === 'task' ? 'Core' : TYPE_NAMES[h.role];
}
const ROLE_ORDER: Record<NodeRole, number> = { master: 0, core: 1, task: 2 };

export function sortedHosts(c: ClusterRecord): HostRecord[] {
  return [...c.hosts].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.seq - b.seq);
}

export function renderHost(c: ClusterRecord, h: HostRecord): HostDto {
  const g = c.groups.find((x) => x.groupName === h.groupName);
  const flavor = g?.nodeSize ?? '';
  const shape = flavorShape(flavor);
  return {
    id: h.id,
    name: h.name,
    ip: h.ip,
    status: h.status,
    flavor,
    type: hostType(c, h),
    mem: String(shape.memMb),
    cpu: String(shape.cpu),
    root_volume_size: String(g?.rootVolumeSize ?? 480),
    data_volume_type: g?.dataVolumeType ?? 'SATA',
    data_volume_size: String(g?.dataVolumeSize ?? 0),
    data_volume_count: String(g?.dataVolumeCount ?? 0),
    node_group_name: h.groupName,
    resource_id: h.resourceId,
  };
}
