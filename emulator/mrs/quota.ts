// A scale-out against the project's free quota and the subnet's free addresses (resize doc 表9: 12000030
// nodes, 12000031 vCPUs, 12000032 memory, 12000033 disks, 12000034 capacity, then MRS.105 subnet IPs;
// docs/quota-api.md §7). Also the old free-quota knob `{"nodes","vcpus","memoryGb","disks","diskGb"}`,
// kept as a way to set the limits: each field leaves that much free.
import type { ClusterRecord, NodeGroupRecord } from '../model';
import { freeIps } from '../network';
import { needOf, UNLIMITED, type Amounts, type Resource } from '../quotas';
import { resizeError, type Parsed } from './resizeParams';

/** The old knob: what is still free; a missing field is unlimited. */
export interface Quota {
  nodes?: number;
  vcpus?: number;
  memoryGb?: number;
  /** EVS volumes: each new node takes its data disks and its root disk. */
  disks?: number;
  /** GB over the data disks and the root disk of the new nodes. */
  diskGb?: number;
}

export const QUOTA_FIELDS = ['nodes', 'vcpus', 'memoryGb', 'disks', 'diskGb'] as const;

const FIELD_RESOURCE: Record<(typeof QUOTA_FIELDS)[number], { resource: Resource; unit: number }> = {
  nodes: { resource: 'instances', unit: 1 },
  vcpus: { resource: 'cores', unit: 1 },
  memoryGb: { resource: 'ramMb', unit: 1024 },
  disks: { resource: 'volumes', unit: 1 },
  diskGb: { resource: 'gigabytes', unit: 1 },
};

export class QuotaSpecError extends Error {}

/** Validates an untrusted quota; throws QuotaSpecError with a readable reason. */
export function parseQuota(input: unknown): Quota {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new QuotaSpecError('A quota must be a JSON object such as {"nodes": 2}.');
  }
  const quota: Quota = {};
  for (const [key, value] of Object.entries(input)) {
    if (!(QUOTA_FIELDS as readonly string[]).includes(key)) {
      throw new QuotaSpecError(`Unknown quota field "${key}"; use ${QUOTA_FIELDS.join(', ')}.`);
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new QuotaSpecError(`${key} must be an integer >= 0.`);
    }
    quota[key as keyof Quota] = value;
  }
  return quota;
}

/** The old knob as free amounts: a missing field is unlimited (−1). */
export function freeFromQuota(q: Quota): Amounts {
  const free: Amounts = { instances: -1, cores: -1, ramMb: -1, volumes: -1, gigabytes: -1 };
  for (const field of QUOTA_FIELDS) {
    const value = q[field];
    if (value !== undefined) {
      free[FIELD_RESOURCE[field].resource] = value * FIELD_RESOURCE[field].unit;
    }
  }
  return free;
}

/** Free amounts in the old knob's words; unlimited resources are left out (`{}` = all unlimited). */
export function quotaFromFree(free: Amounts): Quota {
  const q: Quota = {};
  for (const field of QUOTA_FIELDS) {
    const { resource, unit } = FIELD_RESOURCE[field];
    if (free[resource] !== UNLIMITED) {
      q[field] = Math.floor(free[resource] / unit);
    }
  }
  return q;
}

/** What a scale-out may take: the project's free quota (−1 = unlimited) and the free addresses of the subnet. */
export interface Headroom {
  free: Amounts;
  /** Free addresses in the cluster's subnet. */
  freeIps: number;
}

export const UNLIMITED_HEADROOM: Headroom = {
  free: { instances: -1, cores: -1, ramMb: -1, volumes: -1, gigabytes: -1 },
  freeIps: Number.POSITIVE_INFINITY,
};

const RULES: readonly { resource: Resource; code: string; what: string }[] = [
  { resource: 'instances', code: '12000030', what: 'number of cluster nodes' },
  { resource: 'cores', code: '12000031', what: 'total vCPUs' },
  { resource: 'ramMb', code: '12000032', what: 'total memory (MB)' },
  { resource: 'volumes', code: '12000033', what: 'number of disks' },
  { resource: 'gigabytes', code: '12000034', what: 'total disk capacity (GB)' },
];

/** Adding `count` nodes shaped like `group` against the headroom, in the doc's order of codes, then MRS.105. */
export function checkQuota(headroom: Headroom, group: NodeGroupRecord, count: number): Parsed<true> {
  const need = needOf(group, count);
  for (const rule of RULES) {
    const free = headroom.free[rule.resource];
    if (free !== UNLIMITED && need[rule.resource] > free) {
      const msg = `The requested ${rule.what} of the cluster (${need[rule.resource]}) exceeds the available quota (${free}).`;
      return { ok: false, reply: resizeError(rule.code, msg) };
    }
  }
  if (count > headroom.freeIps) {
    const msg = `The subnet has insufficient IP addresses (${count} needed, ${Math.max(0, headroom.freeIps)} free). Try again later or contact customer service.`;
    return { ok: false, reply: resizeError('MRS.105', msg) };
  }
  return { ok: true, value: true };
}

/** The headroom of a scale-out of `c`, given the project's free amounts. */
export function headroomOf(c: ClusterRecord, free: Amounts): Headroom {
  return { free, freeIps: freeIps(c) };
}
