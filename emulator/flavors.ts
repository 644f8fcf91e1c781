// The emulator's one flavor table: vCPUs and memory of every flavor it knows, which the host list,
// ListNodes, the quota arithmetic, ECS ListFlavors and MRS's available-flavor answer all read.
// ECS names a flavor without MRS's `.linux.bigdata` suffix (docs/quota-api.md §5, §6).

export const MRS_FLAVOR_SUFFIX = '.linux.bigdata';

export interface FlavorSpec {
  /** The ECS name, e.g. `c6.4xlarge.4`; MRS node groups use it with `.linux.bigdata`. */
  name: string;
  vcpus: number;
  ramMb: number;
  performanceType: string;
}

const GIB = 1024;

const spec = (name: string, vcpus: number, ramGb: number, performanceType: string): FlavorSpec => ({
  name,
  vcpus,
  ramMb: ramGb * GIB,
  performanceType,
});

export const FLAVORS: readonly FlavorSpec[] = [
  spec('c6.xlarge.2', 4, 8, 'computingv3'),
  spec('c6.xlarge.4', 4, 16, 'computingv3'),
  spec('c6.2xlarge.4', 8, 32, 'computingv3'),
  spec('c6.4xlarge.4', 16, 64, 'computingv3'),
  spec('c6.8xlarge.4', 32, 128, 'computingv3'),
  spec('c6.16xlarge.2', 64, 128, 'computingv3'),
  spec('s3.xlarge.2', 4, 8, 'normal'),
  spec('s3.2xlarge.4', 8, 32, 'normal'),
  spec('m6.2xlarge.8', 8, 64, 'highmem'),
  spec('m6.8xlarge.8', 32, 256, 'highmem'),
];

/** `c6.4xlarge.4.linux.bigdata` → `c6.4xlarge.4`. */
export function ecsFlavorName(flavor: string): string {
  return flavor.endsWith(MRS_FLAVOR_SUFFIX) ? flavor.slice(0, -MRS_FLAVOR_SUFFIX.length) : flavor;
}

export function mrsFlavorName(name: string): string {
  return `${ecsFlavorName(name)}${MRS_FLAVOR_SUFFIX}`;
}

export function findFlavor(flavor: string): FlavorSpec | undefined {
  const name = ecsFlavorName(flavor);
  return FLAVORS.find((f) => f.name === name);
}

const SIZE_CPUS: Record<string, number> = {
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
  '4xlarge': 16,
  '8xlarge': 32,
  '16xlarge': 64,
};

/**
 * vCPUs and memory (MB) of a flavor: from the table, or for a name outside it (a `task_node_info` may
 * name any) read from the name, size × memory ratio (docs/quota-api.md §6.3).
 */
export function flavorShape(flavor: string): { cpu: number; memMb: number } {
  const known = findFlavor(flavor);
  if (known) {
    return { cpu: known.vcpus, memMb: known.ramMb };
  }
  const parts = flavor.split('.');
  const cpu = SIZE_CPUS[parts[1] ?? ''] ?? 4;
  const ratio = Number.parseInt(parts[2] ?? '', 10);
  const perCpuGb = Number.isFinite(ratio) ? ratio : 4;
  return { cpu, memMb: cpu * perCpuGb * GIB };
}
