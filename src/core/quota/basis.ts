// What a node of each group takes, read from one reading of the cluster (its details and hosts), for
// the quota pre-flight: the flavor and the hosts' vCPUs and memory, the disks, the subnet. Plain data.
import type { Cluster, Host } from '../model/cluster';
import { hostsOfGroup } from '../model/hosts';

export interface GroupBasis {
  readonly flavor?: string;
  /** vCPUs and MB of memory of the group's hosts, as MRS's host list says. */
  readonly cores?: number;
  readonly ramMb?: number;
  readonly dataVolumeCount?: number;
  readonly dataVolumeSizeGb?: number;
  readonly rootVolumeSizeGb?: number;
}

export interface QuotaBasis {
  /** The VPC v1 subnet id MRS gives (`subnetId`). */
  readonly subnetId?: string;
  readonly groups: Readonly<Record<string, GroupBasis>>;
  /** vCPUs and MB by flavor, from every host that says both: the first task nodes may reuse a flavor. */
  readonly flavors: Readonly<Record<string, { readonly cores: number; readonly ramMb: number }>>;
  /**
   * vCPUs and MB of the flavors MRS offers, from ECS ListFlavors, by ECS name in lower case
   * (quota/offeredFlavors.ts): what the first task nodes take, before any estimate from the name.
   */
  readonly offered?: Readonly<Record<string, { readonly cores: number; readonly ramMb: number }>>;
}

const positive = (n: number | undefined): number | undefined => (n !== undefined && n > 0 ? n : undefined);

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function quotaBasisOf(cluster: Cluster, hosts: readonly Host[]): QuotaBasis {
  const flavors: Record<string, { cores: number; ramMb: number }> = {};
  for (const h of hosts) {
    const cores = positive(h.cpu);
    const ramMb = positive(h.memoryMb);
    if (h.flavor && cores && ramMb && !flavors[h.flavor]) {
      flavors[h.flavor] = { cores, ramMb };
    }
  }
  const groups: Record<string, GroupBasis> = {};
  for (const g of cluster.nodeGroups) {
    const withRole = cluster.nodeGroups.filter((other) => other.role === g.role).length;
    const sized = hostsOfGroup(hosts, g.name, g.role, withRole).find((h) => positive(h.cpu) && positive(h.memoryMb));
    groups[g.name] = definedOnly({
      flavor: g.flavor,
      cores: positive(sized?.cpu),
      ramMb: positive(sized?.memoryMb),
      dataVolumeCount: g.dataVolume.count,
      dataVolumeSizeGb: g.dataVolume.sizeGb,
      rootVolumeSizeGb: g.rootVolume.sizeGb ?? positive(sized?.rootVolumeSizeGb),
    });
  }
  return definedOnly({ subnetId: cluster.subnetId, groups, flavors });
}
