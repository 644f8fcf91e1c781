// Flavors as MRS and ECS name them (docs/quota-api.md §5, §6): MRS node groups and `task_node_info`
// say `c6.4xlarge.4.linux.bigdata`, ECS and the example of MRS's available-flavor answer `c6.4xlarge.4`.
// Two names are the same flavor when they are equal without MRS's suffix. Plain JSON-safe data.

/** What a node group of a current cluster carries after the ECS name. */
export const MRS_FLAVOR_SUFFIX = '.linux.bigdata';

/** The name without MRS's suffix (`c6.4xlarge.4.linux.bigdata` → `c6.4xlarge.4`). */
export function ecsFlavorName(flavor: string): string {
  return flavor.trim().replace(/\.?linux\.(bigdata|mrs)$/i, '');
}

/** The name a resize sends: MRS's suffix on an ECS name, a suffixed name as it is. */
export function mrsFlavorName(flavor: string): string {
  const ecs = ecsFlavorName(flavor);
  return ecs === flavor.trim() ? `${ecs}${MRS_FLAVOR_SUFFIX}` : flavor.trim();
}

/** True when the two names are one flavor (`s3.xlarge.2` and `s3.xlarge.2.linux.bigdata`); case is ignored. */
export function sameFlavor(a: string, b: string): boolean {
  return ecsFlavorName(a).toLowerCase() === ecsFlavorName(b).toLowerCase();
}

/** One zone of MRS's available-flavor answer: the flavors it offers for each role there, names only. */
export interface ZoneFlavors {
  readonly azCode: string | undefined;
  readonly azName: string | undefined;
  readonly master: readonly string[];
  readonly core: readonly string[];
  readonly task: readonly string[];
}

/** One flavor of ECS ListFlavors: its ECS name, vCPUs and memory in MB when the answer says. */
export interface EcsFlavor {
  readonly name: string;
  readonly cores: number | undefined;
  readonly ramMb: number | undefined;
}

/**
 * Where a cluster's new nodes go, for the flavors MRS offers there: its version (`MRS 3.1.0`, as
 * `clusterVersion` spells it) and zone (`azCode`, and `availabilityZone`: `azName`, else `azCode`).
 */
export interface FlavorPlacement {
  readonly version: string | undefined;
  readonly availabilityZone: string | undefined;
  readonly azCode?: string | undefined;
}

/** A cluster's placement, its other fields left out. */
export function placementOf(cluster: FlavorPlacement): FlavorPlacement {
  const { version, availabilityZone, azCode } = cluster;
  return { version, availabilityZone, ...(azCode === undefined ? {} : { azCode }) };
}
