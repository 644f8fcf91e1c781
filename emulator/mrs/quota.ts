// The account's available quota (a knob: unlimited unless set) and the scale-out rules against it
// (resize doc 表9: 12000030 nodes, 12000031 vCPUs, 12000032 memory, 12000033 disks, 12000034 capacity).
import { flavorShape } from '../hosts';
import type { NodeGroupRecord } from '../model';
import { resizeError, type Parsed } from './resizeParams';

/** What is still available in the account; a missing field is unlimited. */
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

const RULES: readonly {
  field: keyof Quota;
  code: string;
  what: string;
  need: (g: NodeGroupRecord, n: number) => number;
}[] = [
  { field: 'nodes', code: '12000030', what: 'nodes', need: (_, n) => n },
  { field: 'vcpus', code: '12000031', what: 'vCPUs', need: (g, n) => n * flavorShape(g.nodeSize).cpu },
  {
    field: 'memoryGb',
    code: '12000032',
    what: 'GB of memory',
    need: (g, n) => (n * flavorShape(g.nodeSize).memMb) / 1024,
  },
  { field: 'disks', code: '12000033', what: 'disks', need: (g, n) => n * (g.dataVolumeCount + 1) },
  {
    field: 'diskGb',
    code: '12000034',
    what: 'GB of disk',
    need: (g, n) => n * (g.dataVolumeCount * g.dataVolumeSize + g.rootVolumeSize),
  },
];

/** Adding `count` nodes shaped like `group` against the quota, in the doc's order of codes. */
export function checkQuota(quota: Quota, group: NodeGroupRecord, count: number): Parsed<true> {
  for (const rule of RULES) {
    const available = quota[rule.field];
    const need = rule.need(group, count);
    if (available !== undefined && need > available) {
      const msg = `The requested ${rule.what} (${need}) exceed the available quota (${available}).`;
      return { ok: false, reply: resizeError(rule.code, msg) };
    }
  }
  return { ok: true, value: true };
}
