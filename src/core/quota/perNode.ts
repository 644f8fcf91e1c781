// What one new node of a scale-out takes from the tenant's quota (docs/quota-api.md §6, §7): one
// server, one address, the flavor's vCPUs and memory (the group's hosts, else ECS's figures of an offered
// flavor, else a host of that flavor, else the name's estimate), its data disks plus the system disk
// (counting the system disk is the cautious reading: whether MRS does is not documented).
import { ecsFlavorName } from '../model/flavors';
import { flavorSizeFromName, type FlavorSize } from './flavorSize';
import type { GroupBasis, QuotaBasis } from './basis';

/** The first task nodes' `task_node_info`, as the call sends it. */
export interface FirstTaskNodes {
  readonly nodeSize: string;
  readonly dataVolumeCount?: number;
  readonly dataVolumeSizeGb?: number;
}

export interface PerNode {
  readonly flavor: string | undefined;
  /** Undefined when neither the cluster nor the flavor's name says. */
  readonly cores: number | undefined;
  readonly ramMb: number | undefined;
  readonly volumes: number;
  /** Undefined when a disk's size is not known. */
  readonly gigabytes: number | undefined;
  /** vCPUs and memory were read from the flavor's name, not from the cluster's hosts or ECS. */
  readonly estimated: boolean;
}

function sizeOf(flavor: string | undefined, hosts: FlavorSize | undefined, basis: QuotaBasis) {
  // ECS's own figures of an offered flavor come before what a host of the cluster says of the same name.
  const offered = flavor ? basis.offered?.[ecsFlavorName(flavor).toLowerCase()] : undefined;
  const known = hosts ?? offered ?? (flavor ? basis.flavors[flavor] : undefined);
  if (known) {
    return { cores: known.cores, ramMb: known.ramMb, estimated: false };
  }
  const named = flavor ? flavorSizeFromName(flavor) : undefined;
  return named ? { ...named, estimated: true } : { cores: undefined, ramMb: undefined, estimated: false };
}

function hostSize(group: GroupBasis | undefined): FlavorSize | undefined {
  return group?.cores !== undefined && group.ramMb !== undefined
    ? { cores: group.cores, ramMb: group.ramMb }
    : undefined;
}

/** A core group's system disk stands for the first task nodes' (task_node_info does not say). */
function anyRootSize(basis: QuotaBasis): number | undefined {
  return Object.values(basis.groups).find((g) => g.rootVolumeSizeGb !== undefined)?.rootVolumeSizeGb;
}

/**
 * One new node of `groupName` (an existing group), or of the first task nodes (`first`).
 */
export function perNodeOf(basis: QuotaBasis, groupName: string, first?: FirstTaskNodes): PerNode {
  const group = basis.groups[groupName];
  const flavor = first?.nodeSize ?? group?.flavor;
  // A group's hosts say its flavor's size; the first task nodes' flavor may be another one.
  const size = sizeOf(flavor, first || !group ? undefined : hostSize(group), basis);
  const dataCount = first ? (first.dataVolumeCount ?? 0) : (group?.dataVolumeCount ?? 0);
  const dataSize = first ? first.dataVolumeSizeGb : group?.dataVolumeSizeGb;
  const root = first ? anyRootSize(basis) : group?.rootVolumeSizeGb;
  const gigabytes =
    root === undefined || (dataCount > 0 && dataSize === undefined) ? undefined : root + dataCount * (dataSize ?? 0);
  return { flavor, ...size, volumes: dataCount + 1, gigabytes };
}
