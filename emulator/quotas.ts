// The project's ECS and EVS quota: limits (a knob, seeded) and what is used, derived from the clusters'
// nodes plus a fixed baseline of other servers. Free = limit − used; −1 = unlimited (docs/quota-api.md
// §2, §3). The ECS limits and EVS quota reads, the resize rules and the control endpoint all read it.
import { flavorShape } from './flavors';
import type { ClusterRecord, NodeGroupRecord } from './model';

export const RESOURCES = ['instances', 'cores', 'ramMb', 'volumes', 'gigabytes'] as const;
export type Resource = (typeof RESOURCES)[number];
export type Amounts = Record<Resource, number>;

export const UNLIMITED = -1;

export const ZERO: Amounts = { instances: 0, cores: 0, ramMb: 0, volumes: 0, gigabytes: 0 };
export const NO_LIMITS: Amounts = { instances: -1, cores: -1, ramMb: -1, volumes: -1, gigabytes: -1 };

/**
 * The project's servers and disks outside the clusters (a jump host, a database, a few test servers):
 * counted in every "used" figure.
 */
export const OTHER_SERVERS: Amounts = { instances: 6, cores: 24, ramMb: 48 * 1024, volumes: 9, gigabytes: 1400 };

export function add(a: Amounts, b: Amounts): Amounts {
  return Object.fromEntries(RESOURCES.map((r) => [r, a[r] + b[r]])) as Amounts;
}

/**
 * What `n` nodes shaped like `g` take: one server each, the flavor's vCPUs and memory, and its data
 * disks plus the system disk (docs/quota-api.md §7: counting the system disk is the cautious reading).
 */
export function needOf(g: NodeGroupRecord, n: number): Amounts {
  const { cpu, memMb } = flavorShape(g.nodeSize);
  return {
    instances: n,
    cores: n * cpu,
    ramMb: n * memMb,
    volumes: n * (g.dataVolumeCount + 1),
    gigabytes: n * (g.dataVolumeCount * g.dataVolumeSize + g.rootVolumeSize),
  };
}

/** A cluster's nodes, plus those of a scale-out under way (ECS creates them when it is accepted). */
export function clusterUsage(c: ClusterRecord): Amounts {
  let total = ZERO;
  for (const h of c.hosts) {
    const g = c.groups.find((x) => x.groupName === h.groupName);
    total = g ? add(total, needOf(g, 1)) : total;
  }
  const job = c.job;
  if (job?.direction === 'out') {
    const shape = job.redefineGroup ?? job.newGroup ?? c.groups.find((g) => g.groupName === job.groupName);
    total = shape ? add(total, needOf(shape, job.count)) : total;
  }
  return total;
}

export function projectUsage(clusters: readonly ClusterRecord[]): Amounts {
  return clusters.reduce((sum, c) => add(sum, clusterUsage(c)), OTHER_SERVERS);
}

/** Free per resource; −1 where the limit is −1 (unlimited); never below 0. */
export function freeOf(limits: Amounts, used: Amounts): Amounts {
  return Object.fromEntries(
    RESOURCES.map((r) => [r, limits[r] < 0 ? UNLIMITED : Math.max(0, limits[r] - used[r])]),
  ) as Amounts;
}

/** Limits that leave `free` over `used` (a −1 in `free` stays unlimited). */
export function limitsLeaving(free: Amounts, used: Amounts): Amounts {
  return Object.fromEntries(RESOURCES.map((r) => [r, free[r] < 0 ? UNLIMITED : used[r] + free[r]])) as Amounts;
}

export class QuotaLimitsError extends Error {}

/** Validates a patch of limits (`{"cores": 200, "instances": -1}`): integers ≥ −1, known keys only. */
export function parseLimits(input: unknown): Partial<Amounts> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new QuotaLimitsError('limits must be a JSON object such as {"cores": 200}.');
  }
  const out: Partial<Amounts> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!(RESOURCES as readonly string[]).includes(key)) {
      throw new QuotaLimitsError(`Unknown limit "${key}"; use ${RESOURCES.join(', ')}.`);
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < UNLIMITED) {
      throw new QuotaLimitsError(`${key} must be an integer >= -1 (-1 = unlimited).`);
    }
    out[key as Resource] = value;
  }
  return out;
}
