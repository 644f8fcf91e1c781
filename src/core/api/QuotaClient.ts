// The reads of the quota pre-flight of a scale-out (docs/quota-api.md): ECS limits, EVS quota, the
// free addresses of the cluster's subnet, and the flavors MRS offers with ECS's sizes of them. Same transport as the MRS calls: signed by the same
// auth provider, logged without secrets, size-capped, GETs retried, errors as MrsApiError.
import type { AuthProvider } from '../auth/AuthProvider';
import type { ProjectIdResolver } from '../auth/ProjectIdResolver';
import type { EcsFlavor, ZoneFlavors } from '../model/flavors';
import type { EcsQuota, EvsQuota } from '../model/quota';
import { BODY_CAPS } from './bodyLimits';
import type { HttpTransport } from './HttpTransport';
import type { CallOptions } from './MrsClient';
import { parseEcsLimitsDto, parseEvsQuotaDto, parseIpAvailabilityFreeIps, parseSubnetFreeIps } from './parseQuota';
import { parseEcsFlavorsDto, parseMrsFlavorsDto } from './parseFlavors';
import { parseJsonText } from './read';
import { joinUrl } from './regions';

export interface QuotaClientDeps {
  readonly transport: HttpTransport;
  readonly auth: AuthProvider;
  readonly projects: ProjectIdResolver;
  /** `mrs`: MRS's own endpoint, for its available-flavor read. */
  readonly endpoints: { readonly ecs: URL; readonly evs: URL; readonly vpc: URL; readonly mrs: URL };
}

/** The reads, as the plan's quota reader sees them (src/core/quota/reader.ts). */
export interface QuotaReads {
  ecsLimits(options?: CallOptions): Promise<EcsQuota>;
  evsQuota(options?: CallOptions): Promise<EvsQuota>;
  subnetFreeIps(subnetId: string, options?: CallOptions): Promise<number>;
  /** The flavors MRS offers for a cluster version (`MRS 3.1.0`), per zone and role. */
  mrsFlavors(versionName: string, options?: CallOptions): Promise<ZoneFlavors[]>;
  /** ECS's flavors of a zone (every zone when undefined), with vCPUs and memory. */
  ecsFlavors(availabilityZone: string | undefined, options?: CallOptions): Promise<EcsFlavor[]>;
}

const id = (value: string): string => encodeURIComponent(value.trim());

export class QuotaClient implements QuotaReads {
  constructor(private readonly deps: QuotaClientDeps) {}

  /**
   * `GET /v1/{project_id}/cloudservers/limits` (ECS ShowServerLimits).
   * @throws MrsApiError (403 without `ecs:cloudServerQuotas:get`), CancelledError.
   */
  async ecsLimits(options: CallOptions = {}): Promise<EcsQuota> {
    const projectId = await this.deps.projects.resolve(options.signal);
    const url = joinUrl(this.deps.endpoints.ecs, `/v1/${id(projectId)}/cloudservers/limits`);
    return this.get(url, projectId, options, 'ECS limits', parseEcsLimitsDto);
  }

  /**
   * `GET /v2/{project_id}/os-quota-sets/{project_id}?usage=True` (EVS CinderListQuotas).
   * @throws MrsApiError (403 without `evs:quotas:get`), CancelledError.
   */
  async evsQuota(options: CallOptions = {}): Promise<EvsQuota> {
    const projectId = await this.deps.projects.resolve(options.signal);
    const path = `/v2/${id(projectId)}/os-quota-sets/${id(projectId)}`;
    const url = joinUrl(this.deps.endpoints.evs, path, { usage: 'True' });
    return this.get(url, projectId, options, 'EVS quota', parseEvsQuotaDto);
  }

  /**
   * Free IPv4 addresses of the subnet MRS names (`subnetId`, the VPC v1 subnet id):
   * `GET /v1/{project_id}/subnets/{subnet_id}`'s `available_ip_address_count`, else
   * `GET /v2.0/network-ip-availabilities/{subnet_id}` total − used.
   * @throws MrsApiError (403 without `vpc:subnets:get`), CancelledError.
   */
  async subnetFreeIps(subnetId: string, options: CallOptions = {}): Promise<number> {
    const projectId = await this.deps.projects.resolve(options.signal);
    const subnet = joinUrl(this.deps.endpoints.vpc, `/v1/${id(projectId)}/subnets/${id(subnetId)}`);
    const free = await this.get(subnet, projectId, options, 'VPC subnet', parseSubnetFreeIps);
    if (free !== undefined) {
      return free;
    }
    const availability = joinUrl(this.deps.endpoints.vpc, `/v2.0/network-ip-availabilities/${id(subnetId)}`);
    return this.get(availability, projectId, options, 'VPC IP availability', parseIpAvailabilityFreeIps);
  }

  /**
   * `GET /v2/{project_id}/metadata/version/{version_name}/available-flavor` (MRS ShowMrsFlavors), the
   * version as `clusterVersion` spells it, its space percent-encoded (`MRS%203.1.0`). Every zone comes
   * back: the caller keeps its cluster's (the zone query is in the Go SDK only, docs/quota-api.md §5).
   * @throws MrsApiError (403 without the MRS read permission), CancelledError.
   */
  async mrsFlavors(versionName: string, options: CallOptions = {}): Promise<ZoneFlavors[]> {
    const projectId = await this.deps.projects.resolve(options.signal);
    const path = `/v2/${id(projectId)}/metadata/version/${id(versionName)}/available-flavor`;
    return this.get(joinUrl(this.deps.endpoints.mrs, path), projectId, options, 'MRS flavors', parseMrsFlavorsDto);
  }

  /**
   * `GET /v1/{project_id}/cloudservers/flavors?availability_zone={az}` (ECS ListFlavors).
   * @throws MrsApiError (403 without `ecs:cloudServerFlavors:get`), CancelledError.
   */
  async ecsFlavors(availabilityZone: string | undefined, options: CallOptions = {}): Promise<EcsFlavor[]> {
    const projectId = await this.deps.projects.resolve(options.signal);
    const query = { availability_zone: availabilityZone?.trim() || undefined };
    const url = joinUrl(this.deps.endpoints.ecs, `/v1/${id(projectId)}/cloudservers/flavors`, query);
    return this.get(url, projectId, options, 'ECS flavors', parseEcsFlavorsDto);
  }

  private get<T>(url: URL, projectId: string, options: CallOptions, what: string, parse: (json: unknown) => T) {
    const { signal, timeoutMs } = options;
    return this.deps.transport.send(
      { method: 'GET', url, auth: this.deps.auth, projectId, signal, timeoutMs, maxBodyBytes: BODY_CAPS.default },
      (res) => parse(parseJsonText(res.text, what)),
    );
  }
}
