// The quota controls: the project's limits and each cluster's subnet size (POST/GET /__emulator/quotas),
// and the old free-quota knob (POST/GET/DELETE /__emulator/quota), which sets the same limits.
import { freeFromQuota, parseQuota, quotaFromFree, type Quota } from './mrs/quota';
import { freeIps, ipsInUse, networkOf } from './network';
import { limitsLeaving, NO_LIMITS, parseLimits, QuotaLimitsError, type Amounts } from './quotas';
import type { ClusterStore } from './store';

export interface SubnetState {
  cluster: string;
  clusterId: string;
  subnetId: string;
  totalIps: number;
  usedIps: number;
  freeIps: number;
}

/** Limits (−1 = unlimited), what is used, what is free (−1 = unlimited), and every cluster's subnet. */
export interface QuotaSnapshot {
  limits: Amounts;
  used: Amounts;
  free: Amounts;
  subnets: SubnetState[];
}

/** A change: some limits, and subnet sizes by cluster name or id (`{"subnets": {"branch-subnet": 20}}`). */
export interface QuotaPatch {
  limits?: Partial<Amounts>;
  subnets?: Record<string, number>;
}

export interface QuotaControls {
  /** Changes limits and subnet sizes; throws QuotaLimitsError when invalid. Returns the state after. */
  setQuotas(patch: QuotaPatch): QuotaSnapshot;
  quotas(): QuotaSnapshot;
  /** The old knob: sets the limits so that this much is free now (a missing field: unlimited). */
  setQuota(quota: Quota): Quota;
  /** What is free now in the old knob's words (unlimited resources left out). */
  quota(): Quota;
  /** Every limit unlimited. */
  clearQuota(): void;
}

function snapshot(store: ClusterStore, projectId: string): QuotaSnapshot {
  const used = store.used();
  return {
    limits: { ...store.limits },
    used,
    free: store.free(),
    subnets: store.all().map((c) => ({
      cluster: c.clusterName,
      clusterId: c.clusterId,
      subnetId: networkOf(c, projectId).subnetId,
      totalIps: c.subnetTotalIps,
      usedIps: ipsInUse(c),
      freeIps: freeIps(c),
    })),
  };
}

function parsePatch(input: unknown): QuotaPatch {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new QuotaLimitsError(
      'Send a JSON object such as {"limits": {"cores": 200}, "subnets": {"etl-nightly": 10}}.',
    );
  }
  const { limits, subnets, ...rest } = input as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) {
    throw new QuotaLimitsError(`Unknown field "${unknown}"; use limits and subnets.`);
  }
  if (subnets !== undefined && (typeof subnets !== 'object' || subnets === null || Array.isArray(subnets))) {
    throw new QuotaLimitsError('subnets must be an object: cluster name or id → total addresses.');
  }
  for (const [cluster, total] of Object.entries((subnets ?? {}) as Record<string, unknown>)) {
    if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
      throw new QuotaLimitsError(`subnets.${cluster} must be an integer >= 0.`);
    }
  }
  return { limits: limits === undefined ? undefined : parseLimits(limits), subnets: subnets as QuotaPatch['subnets'] };
}

export function quotaControls(store: ClusterStore, projectId: string): QuotaControls {
  return {
    setQuotas: (input) => {
      const patch = parsePatch(input);
      const ids = Object.keys(patch.subnets ?? {}).map((name) => {
        const id = store.idByName(name) ?? (store.get(name) ? name : undefined);
        if (id === undefined) {
          throw new QuotaLimitsError(`Unknown cluster "${name}".`);
        }
        return id;
      });
      Object.values(patch.subnets ?? {}).forEach((total, i) => store.setSubnetIps(ids[i], total));
      store.limits = { ...store.limits, ...patch.limits };
      return snapshot(store, projectId);
    },
    quotas: () => snapshot(store, projectId),
    setQuota: (quota) => {
      store.limits = limitsLeaving(freeFromQuota(parseQuota(quota)), store.used());
      return quotaFromFree(store.free());
    },
    quota: () => quotaFromFree(store.free()),
    clearQuota: () => {
      store.limits = { ...NO_LIMITS };
    },
  };
}
