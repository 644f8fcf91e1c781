// Turns hosts into ListNodes' ClusterNode (wireV2.ts). The value sets of `node_status`,
// `node_detail.running_status` and the component fields are not documented (docs/mrs-api.md §3.4, §8):
// these are the emulator's, listed in emulator/README.md.
import { flavorShape } from './flavors';
import { pick } from './ids';
import { isOnPeriod, type ClusterRecord, type HostRecord, type HostStatus, type NodeGroupRecord } from './model';
import { roleFacts, rolesOf } from './roles';
import type { ClusterNodeDto, ComponentInfoDto, NodeDetailDto, ServerInfoDto } from './wireV2';

const NODE_TYPES = { master: 'Master', core: 'Core', task: 'Task' } as const;

/** The console's operation state of a node, from its ECS status. */
const NODE_STATUS: Record<HostStatus, string> = {
  ACTIVE: 'running',
  SHUTOFF: 'stopped',
  ERROR: 'abnormal',
  BUILD: 'starting',
};

function serverInfo(h: HostRecord, g: NodeGroupRecord | undefined): ServerInfoDto {
  const shape = flavorShape(g?.nodeSize ?? '');
  const dataCount = g?.dataVolumeCount ?? 0;
  return {
    server_id: h.id,
    server_name: h.name,
    server_type: 'ECS',
    data_volumes:
      dataCount > 0 ? [{ type: g?.dataVolumeType ?? 'SATA', size: g?.dataVolumeSize ?? 0, count: dataCount }] : [],
    root_volume: { type: g?.rootVolumeType ?? 'SAS', size: g?.rootVolumeSize ?? 480, count: 1 },
    cpu_type: 'x86',
    cpu: String(shape.cpu),
    mem: String(shape.memMb),
    internal_ip: h.ip,
  };
}

/** Monitoring figures, deterministic per host; a node that is not ACTIVE reports nothing. */
function nodeDetail(h: HostRecord, g: NodeGroupRecord | undefined): NodeDetailDto {
  const shape = flavorShape(g?.nodeSize ?? '');
  const diskGb = (g?.dataVolumeCount ?? 0) * (g?.dataVolumeSize ?? 0) + (g?.rootVolumeSize ?? 480);
  const up = h.status === 'ACTIVE';
  const pct = (what: string): number => (up ? 5 + pick(`${h.id}/${what}`, 70) : 0);
  const memUsed = pct('mem');
  const diskUsed = pct('disk');
  return {
    running_status: up ? 'Good' : 'Unknown',
    cpu_usage: `${pct('cpu')}%`,
    memory_usage: `${memUsed}%`,
    disk_usage: `${diskUsed}%`,
    total_memory: String(shape.memMb),
    available_memory: String(Math.round((shape.memMb * (100 - memUsed)) / 100)),
    total_hard_disk_space: String(diskGb),
    available_hard_disk_space: String(Math.round((diskGb * (100 - diskUsed)) / 100)),
    network_read: String(up ? pick(`${h.id}/rx`, 5_000_000) : 0),
    network_write: String(up ? pick(`${h.id}/tx`, 5_000_000) : 0),
  };
}

function componentInfos(c: ClusterRecord, h: HostRecord, g: NodeGroupRecord | undefined): ComponentInfoDto[] {
  if (!g) {
    return [];
  }
  const firstMaster = c.hosts.find((x) => x.groupName === g.groupName)?.id === h.id;
  return rolesOf(c, g).map((role, i) => {
    const facts = roleFacts(role);
    return {
      id: String(1000 + h.seq * 10 + i),
      name: role,
      instance_group_name: `${role}-1`,
      running_status: h.status === 'ACTIVE' ? 'Good' : 'Unknown',
      ha_status: facts.master ? (firstMaster ? 'Active' : 'Standby') : '',
      config_status: 'Synchronized',
      role_name: role,
      role_short_name: facts.short,
      role_type: facts.master ? 'Master' : 'Slave',
      service_name: facts.service,
      pair_name: '',
      relation_pairs: '',
      support_decom: String(facts.decommission),
      support_reinstall: 'true',
      support_collect_stack_info: 'true',
    };
  });
}

/** One node; `node_detail` and `component_infos` only when asked (`query_node_detail=true`). */
export function renderNode(c: ClusterRecord, h: HostRecord, withDetail: boolean): ClusterNodeDto {
  const g = c.groups.find((x) => x.groupName === h.groupName);
  const node: ClusterNodeDto = {
    node_name: h.name,
    resource_id: h.resourceId,
    node_group_name: h.groupName,
    node_type: NODE_TYPES[h.role],
    billing_type: g && isOnPeriod(c, g) ? 'on-period' : 'on-quantity',
    deployment_type: 'Server',
    server_info: serverInfo(h, g),
    tags: [],
    node_status: NODE_STATUS[h.status],
  };
  return withDetail ? { ...node, node_detail: nodeDetail(h, g), component_infos: componentInfos(c, h, g) } : node;
}
