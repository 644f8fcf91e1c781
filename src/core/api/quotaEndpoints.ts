// ECS, EVS and VPC endpoints of a region for the quota pre-flight (docs/quota-api.md §1): the SDKs'
// tables give `https://{service}.{region}.myhuaweicloud.com` in every region (`.com` also where MRS
// uses `.cn` or `.eu`); an override is checked as the MRS one (https, or http on loopback only).
import { checkEndpointUrl, mrsEndpoint } from './regions';

export type QuotaService = 'ecs' | 'evs' | 'vpc';

export const QUOTA_SERVICES: readonly QuotaService[] = ['ecs', 'evs', 'vpc'];

/**
 * The service's endpoint: the override when given, else the region's default.
 * @throws MrsApiError 'configuration' for a malformed region or a refused override.
 */
export function quotaEndpoint(service: QuotaService, region: string, override?: string): URL {
  if (override !== undefined && override.trim() !== '') {
    return checkEndpointUrl(override);
  }
  mrsEndpoint(region); // the same check of the region id
  return new URL(`https://${service}.${region}.myhuaweicloud.com`);
}

/**
 * The override of a service's endpoint in the environment: this project's
 * `HUAWEICLOUD_SDK_ECS_ENDPOINT` (…_EVS_, …_VPC_, named like HUAWEICLOUD_SDK_MRS_ENDPOINT), else the
 * official SDKs' `HUAWEICLOUD_SDK_REGION_ECS_CN_NORTH_4` (the first of a comma-separated list;
 * `https://` prepended when no scheme is given, as the SDKs do).
 */
export function quotaEndpointFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  service: QuotaService,
  region: string,
): string | undefined {
  const own = env[`HUAWEICLOUD_SDK_${service.toUpperCase()}_ENDPOINT`]?.trim();
  if (own) {
    return own;
  }
  const sdkName = `HUAWEICLOUD_SDK_REGION_${service.toUpperCase()}_${region.trim().toUpperCase().replace(/-/g, '_')}`;
  const first = env[sdkName]
    ?.split(',')
    .map((s) => s.trim())
    .find((s) => s !== '');
  if (!first) {
    return undefined;
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(first) ? first : `https://${first}`;
}
