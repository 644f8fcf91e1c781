// Host creation and flavor arithmetic shared by the seeds and the resize state machine.
import { suffixFrom, uuidFrom } from './ids';
import type { ClusterRecord, HostRecord, HostStatus, NodeGroupRecord } from './model';

/** Host name infix per role, as in `{clusterId}_node_core_IQhiC`. */
function nameInfix(group: NodeGroupRecord, ordinal: number): string {
  if (group.role === 'master') {
    return `node_master${ordinal}`;
  }
  return group.role === 'core' ? 'node_core' : 'node_task';
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
    name: `${cluster.clusterId}_${nameInfix(group, ordinal)}_${suffixFrom(label)}`,
    ip: ipFor(cluster, seq),
    status,
    role: group.role,
    groupName: group.groupName,
    seq,
  };
  cluster.hosts.push(host);
  return host;
}

const SIZE_CPUS: Record<string, number> = {
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
  '4xlarge': 16,
  '8xlarge': 32,
  '16xlarge': 64,
};

/** vCPUs and memory (MB) of a flavor such as `c6.4xlarge.4.linux.bigdata` (size × memory ratio). */
export function flavorShape(flavor: string): { cpu: number; memMb: number } {
  const parts = flavor.split('.');
  const cpu = SIZE_CPUS[parts[1] ?? ''] ?? 4;
  const ratio = Number.parseInt(parts[2] ?? '', 10);
  const perCpuGb = Number.isFinite(ratio) ? ratio : 4;
  return { cpu, memMb: cpu * perCpuGb * 1024 };
}
