// The guard of the quota the host sends the resize form (LiveQuota): untrusted like every message.
// It answers with a copy of the known fields only, or undefined for anything malformed.
import { QUOTA_RESOURCES } from '../core/model/quota';
import type { FreeQuota } from '../core/quota/arithmetic';
import type { GroupBasis, QuotaBasis } from '../core/quota/basis';
import type { LiveQuota } from '../core/quota/live';
import type { QuotaNotRead } from '../core/quota/words';
import { isObj } from './plainObject';

/** A count or an amount: a finite number, not below zero. */
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const GROUP_NUMBERS = ['cores', 'ramMb', 'dataVolumeCount', 'dataVolumeSizeGb', 'rootVolumeSizeGb'] as const;

function groupOf(v: unknown): GroupBasis | undefined {
  if (!isObj(v) || (v.flavor !== undefined && typeof v.flavor !== 'string')) {
    return undefined;
  }
  const out: Record<string, unknown> = v.flavor === undefined ? {} : { flavor: v.flavor };
  for (const k of GROUP_NUMBERS) {
    if (v[k] !== undefined && !isAmount(v[k])) {
      return undefined;
    }
    if (v[k] !== undefined) {
      out[k] = v[k];
    }
  }
  return out;
}

function recordOf<T>(v: unknown, item: (x: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isObj(v)) {
    return undefined;
  }
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    const got = item(x);
    if (got === undefined) {
      return undefined;
    }
    out[k] = got;
  }
  return out;
}

const flavorOf = (v: unknown) =>
  isObj(v) && isAmount(v.cores) && isAmount(v.ramMb) ? { cores: v.cores, ramMb: v.ramMb } : undefined;

function basisOf(v: unknown): QuotaBasis | undefined {
  if (!isObj(v) || (v.subnetId !== undefined && typeof v.subnetId !== 'string')) {
    return undefined;
  }
  const groups = recordOf(v.groups, groupOf);
  const flavors = recordOf(v.flavors, flavorOf);
  if (!groups || !flavors) {
    return undefined;
  }
  return { ...(v.subnetId === undefined ? {} : { subnetId: v.subnetId }), groups, flavors };
}

function freeOf(v: unknown): FreeQuota | undefined {
  if (!isObj(v) || !Object.keys(v).every((k) => (QUOTA_RESOURCES as readonly string[]).includes(k))) {
    return undefined;
  }
  const out: Record<string, number | 'unlimited'> = {};
  for (const r of QUOTA_RESOURCES) {
    const x = v[r];
    if (x !== undefined && x !== 'unlimited' && !isAmount(x)) {
      return undefined;
    }
    if (x !== undefined) {
      out[r] = x;
    }
  }
  return out;
}

function notReadOf(v: unknown): QuotaNotRead[] | undefined {
  if (!Array.isArray(v)) {
    return undefined;
  }
  const out: QuotaNotRead[] = [];
  for (const x of v as unknown[]) {
    if (!isObj(x) || (x.read !== 'ecs' && x.read !== 'evs' && x.read !== 'vpc') || typeof x.reason !== 'string') {
      return undefined;
    }
    out.push({ read: x.read, reason: x.reason });
  }
  return out;
}

/** The quota's known fields, or undefined. */
export function parseLiveQuota(v: unknown): LiveQuota | undefined {
  if (!isObj(v)) {
    return undefined;
  }
  const basis = basisOf(v.basis);
  const free = freeOf(v.free);
  const notRead = notReadOf(v.notRead);
  return basis && free && notRead ? { basis, free, notRead } : undefined;
}
