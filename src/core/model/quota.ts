// The tenant's quota as the pre-flight of a scale-out reads it (docs/quota-api.md §2–§4): plain
// JSON-safe data, parsed at the edge (src/core/api/parseQuota.ts), never wire-shaped.

/** One quota: `max` undefined means unlimited (the API's -1); `used` what is taken now. */
export interface QuotaLimit {
  readonly max: number | undefined;
  readonly used: number;
}

/** ECS `cloudservers/limits` (instances, vCPUs, memory in MB). */
export interface EcsQuota {
  readonly instances: QuotaLimit;
  readonly cores: QuotaLimit;
  /** MB (1024-based, as ECS counts a flavor's `ram`). */
  readonly ramMb: QuotaLimit;
}

/** EVS `os-quota-sets` (disks of every type, and their GB). */
export interface EvsQuota {
  readonly volumes: QuotaLimit;
  readonly gigabytes: QuotaLimit;
}

export type TenantQuota = EcsQuota & EvsQuota;

/** The resources a scale-out takes, in the order MRS's codes number them. */
export const QUOTA_RESOURCES = ['instances', 'cores', 'ramMb', 'volumes', 'gigabytes', 'ips'] as const;
export type QuotaResource = (typeof QUOTA_RESOURCES)[number];

/** The code MRS answers when the resource is short (docs/mrs-api.md §5.2, docs/quota-api.md §7). */
export const MRS_QUOTA_CODES: Readonly<Record<QuotaResource, string>> = {
  instances: '12000030',
  cores: '12000031',
  ramMb: '12000032',
  volumes: '12000033',
  gigabytes: '12000034',
  ips: 'MRS.105',
};

/** The reads of the pre-flight, named in "quota not checked". */
export type QuotaRead = 'ecs' | 'evs' | 'vpc';
