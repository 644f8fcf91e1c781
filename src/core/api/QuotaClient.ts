// The reads of the quota pre-flight of a scale-out (docs/quota-api.md): ECS limits, EVS quota and
// the free addresses of the cluster's subnet. Same transport as the MRS calls: signed by the same
// auth provider, logged without secrets, size-capped, GETs retried, errors as MrsApiError.
import type { AuthProvider } from '../auth/AuthProvider';
import type { ProjectIdResolver } from '../auth/ProjectIdResolver';
import type { EcsQuota, EvsQuota } from '../model/quota';
import { BODY_CAPS } from './bodyLimits';
import type { HttpTransport } from './HttpTransport';
import type { CallOptions } from './MrsClient';
import { parseEcsLimitsDto, parseEvsQuotaDto, parseIpAvailabilityFreeIps, parseSubnetFreeIps } from './parseQuota';
import { parseJsonText } from './read';
import { joinUrl } from './regions';

export interface QuotaClientDeps {
  readonly transport: HttpTransport;
  readonly auth: AuthProvider;
  readonly projects: ProjectIdResolver;
  readonly endpoints: { readonly ecs: URL; readonly evs: URL; readonly vpc: URL };
}

/** The three reads, as the plan's quota reader sees them (src/core/quota/reader.ts). */
export interface QuotaReads {
  ecsLimits(options?: CallOptions): Promise<EcsQuota>;
  evsQuota(options?: CallOptions): Promise<EvsQuota>;
  subnetFreeIps(subnetId: string, options?: CallOptions): Promise<number>;
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

  private get<T>(url: URL, projectId: string, options: CallOptions, what: string, parse: (json: unknown) => T) {
    const { signal, timeoutMs } = options;
    return this.deps.transport.send(
      { method: 'GET', url, auth: this.deps.auth, projectId, signal, timeoutMs, maxBodyBytes: BODY_CAPS.default },
      (res) => parse(parseJsonText(res.text, what)),
    );
  }
}
