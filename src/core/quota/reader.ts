// The quota reads as the plan takes them: each settled (a failed read never fails the plan), and
// cached per connection for a short while, so that a form's or a request file's live checks and the
// plan that follows read the quota, and the flavors MRS offers, once (docs/quota-api.md; issue 23).
import type { CallOptions } from '../api/MrsClient';
import type { QuotaReads } from '../api/QuotaClient';
import { isCancelled } from '../errors';
import type { EcsFlavor, ZoneFlavors } from '../model/flavors';
import type { EcsQuota, EvsQuota } from '../model/quota';

export type { QuotaReads } from '../api/QuotaClient';

export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Never rejects, except with a cancellation. */
export async function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    if (isCancelled(error)) {
      throw error;
    }
    return { ok: false, error };
  }
}

export const QUOTA_CACHE_MS = 30_000;

interface Entry {
  readonly at: number;
  readonly value: Promise<unknown>;
}

/**
 * The reads of one connection, each answer (a refusal too) kept `ttlMs`: a 403 is not asked again
 * on every keystroke. A cancelled read is not kept.
 */
export class CachedQuotaReads implements QuotaReads {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly inner: QuotaReads,
    private readonly now: () => number,
    private readonly ttlMs = QUOTA_CACHE_MS,
  ) {}

  ecsLimits(options: CallOptions = {}): Promise<EcsQuota> {
    return this.cached('ecs', () => this.inner.ecsLimits(options));
  }

  evsQuota(options: CallOptions = {}): Promise<EvsQuota> {
    return this.cached('evs', () => this.inner.evsQuota(options));
  }

  subnetFreeIps(subnetId: string, options: CallOptions = {}): Promise<number> {
    return this.cached(`vpc:${subnetId}`, () => this.inner.subnetFreeIps(subnetId, options));
  }

  mrsFlavors(versionName: string, options: CallOptions = {}): Promise<ZoneFlavors[]> {
    return this.cached(`mrsFlavors:${versionName}`, () => this.inner.mrsFlavors(versionName, options));
  }

  ecsFlavors(availabilityZone: string | undefined, options: CallOptions = {}): Promise<EcsFlavor[]> {
    return this.cached(`ecsFlavors:${availabilityZone ?? ''}`, () => this.inner.ecsFlavors(availabilityZone, options));
  }

  private cached<T>(key: string, read: () => Promise<T>): Promise<T> {
    const at = this.now();
    const entry = this.entries.get(key);
    if (entry && at - entry.at < this.ttlMs && at >= entry.at) {
      return entry.value as Promise<T>;
    }
    const value = read();
    this.entries.set(key, { at, value });
    value.catch((e: unknown) => {
      if (isCancelled(e) && this.entries.get(key)?.value === value) {
        this.entries.delete(key);
      }
    });
    return value;
  }
}
