// Host creation and flavor arithmetic shared by the seeds and the resize state machine.
import { suffixFrom, uuidFrom } from './ids';
import { isCustom, type ClusterRecord, type HostRecord, type HostStatus, type NodeGroupRecord } from './model';

/**
 * `{clusterId}_node_core_IQhiC`, `{clusterId}_node_master1_ASzkl` (the hosts doc's examples). A custom
 * group's host is `{clusterId}_{groupName}{4 letters}-{0001}`: the shape Terraform parses the group from.
 */
function hostName(cluster: ClusterRecord, group: NodeGroupRecord, ordinal: number, label: string): string {
  if (group.role === 'master') {
    return `${cluster.clusterId}_node_master${ordinal}_${suffixFrom(label)}`;
  }
  if (isCustom(cluster)) {
    return `${cluster.clusterId}_${group.groupName}${suffixFrom(label).slice(0, 4)}-${String(ordinal).padStart(4, '0')}`;
  }
  return `${cluster.clusterId}_${group.role === 'core' ? 'node_core' : 'node_task'}_${suffixFrom(label)}`;
}

function ipFor(cluster: ClusterRecord, seq: number): string {
  const third = (cluster.netIndex * 4 + Math.floor(seq / 250)) % 256;
  return `192.168.${third}.${(seq % 250) + 3}`;
}

/** Adds one host to `group` with the next deterministic id (unless one is given), name and IP. */
export function addHost(
  cluster: ClusterRecord,
  group: NodeGroupRecord,
  status: HostStatus = 'ACTIVE',
  id?: string,
): HostRecord {
  const seq = cluster.nextHostSeq++;
  const label = `${cluster.clusterId}/host/${seq}`;
  const ordinal = cluster.hosts.filter((h) => h.groupName === group.groupName).length + 1;
  const host: HostRecord = {
    id: id ?? uuidFrom(label),
    resourceId: uuidFrom(`${label}/resource`),
    name: hostName(cluster, group, ordinal, label),
    ip: ipFor(cluster, seq),
    status,
    role: group.role,
    groupName: group.groupName,
    seq,
  };
  cluster.hosts.push(host);
  return host;
}
