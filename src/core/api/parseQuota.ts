// The ECS, EVS and VPC answers the quota pre-flight reads (docs/quota-api.md §2–§4), into the model
// of src/core/quota/types.ts. Tolerant like every read here (numbers as strings, any key case); a
// body of another shape is the typed invalidResponse error.
import type { EcsQuota, EvsQuota, QuotaLimit } from '../model/quota';
import { requireRecord, unexpectedShape, type Fields } from './read';

/** A negative `max` is unlimited (-1 in the docs); a used count below 0 is read as 0. */
function limit(max: number | undefined, used: number | undefined): QuotaLimit {
  return { max: max === undefined || max < 0 ? undefined : max, used: Math.max(0, used ?? 0) };
}

/**
 * `GET /v1/{project_id}/cloudservers/limits`: `{"absolute": {maxTotalInstances, totalInstancesUsed, …}}`.
 * @throws MrsApiError 'invalidResponse' without `absolute` or without the three `max…` fields.
 */
export function parseEcsLimitsDto(json: unknown): EcsQuota {
  const absolute = requireRecord(json, 'ECS limits').obj('absolute');
  const read = (f: Fields | undefined, max: string, used: string) =>
    f?.raw(max) === undefined ? undefined : limit(f.int(max), f.int(used));
  const instances = read(absolute, 'maxTotalInstances', 'totalInstancesUsed');
  const cores = read(absolute, 'maxTotalCores', 'totalCoresUsed');
  const ramMb = read(absolute, 'maxTotalRAMSize', 'totalRAMUsed');
  if (!instances || !cores || !ramMb) {
    throw unexpectedShape('ECS limits without absolute.maxTotalInstances, maxTotalCores and maxTotalRAMSize', json);
  }
  return { instances, cores, ramMb };
}

/**
 * `GET /v2/{project_id}/os-quota-sets/{project_id}?usage=True`: `{"quota_set": {volumes: {limit, in_use,
 * reserved}, gigabytes: {…}}}`. Reserved counts as used.
 * @throws MrsApiError 'invalidResponse' without `quota_set.volumes` and `.gigabytes`.
 */
export function parseEvsQuotaDto(json: unknown): EvsQuota {
  const set = requireRecord(json, 'EVS quota').obj('quota_set');
  const read = (name: string): QuotaLimit | undefined => {
    const entry = set?.obj(name);
    const max = entry?.int('limit');
    return entry === undefined || max === undefined
      ? undefined
      : limit(max, (entry.int('in_use') ?? 0) + Math.max(0, entry.int('reserved') ?? 0));
  };
  const volumes = read('volumes');
  const gigabytes = read('gigabytes');
  if (!volumes || !gigabytes) {
    throw unexpectedShape('EVS quota without quota_set.volumes and quota_set.gigabytes', json);
  }
  return { volumes, gigabytes };
}

/**
 * `GET /v1/{project_id}/subnets/{subnet_id}`: `subnet.available_ip_address_count`, or undefined when
 * the answer does not carry it (older regions: read network-ip-availabilities instead).
 * @throws MrsApiError 'invalidResponse' without `subnet`.
 */
export function parseSubnetFreeIps(json: unknown): number | undefined {
  const subnet = requireRecord(json, 'VPC subnet').obj('subnet');
  if (!subnet) {
    throw unexpectedShape('VPC subnet without subnet', json);
  }
  const free = subnet.int('available_ip_address_count');
  return free === undefined ? undefined : Math.max(0, free);
}

/**
 * `GET /v2.0/network-ip-availabilities/{network_id}`: the IPv4 entries' `total_ips − used_ips`, else
 * the network's own counts.
 * @throws MrsApiError 'invalidResponse' without the counts.
 */
export function parseIpAvailabilityFreeIps(json: unknown): number {
  const network = requireRecord(json, 'VPC IP availability').obj('network_ip_availability');
  const free = (f: Fields): number | undefined => {
    const total = f.int('total_ips');
    const used = f.int('used_ips');
    return total === undefined || used === undefined ? undefined : Math.max(0, total - used);
  };
  const v4 = (network?.arr('subnet_ip_availability') ?? [])
    .map((s) => requireRecord(s, 'subnet IP availability'))
    .filter((s) => (s.int('ip_version') ?? 4) === 4)
    .map(free);
  const counted = v4.filter((n): n is number => n !== undefined);
  const total = counted.length > 0 ? counted.reduce((a, b) => a + b, 0) : network && free(network);
  if (total === undefined) {
    throw unexpectedShape('VPC IP availability without total_ips and used_ips', json);
  }
  return total;
}
