// MRS and IAM endpoints per region (docs/mrs-api.md §1.2, §1.3), explicit overrides, and the rule that an
// endpoint is HTTPS unless it is a loopback host (the local emulator).
import { percentEncode } from '../auth/signer';
import { configurationError } from './errors';

/** The 33 MRS regions of the SDK table. */
export const MRS_REGIONS: readonly string[] = [
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-north-11',
  'cn-north-12',
  'cn-south-1',
  'cn-south-4',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-southwest-2',
  'cn-southwest-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'af-south-1',
  'af-north-1',
  'ru-northwest-2',
  'ru-moscow-1',
  'sa-brazil-1',
  'la-south-2',
  'la-north-2',
  'na-mexico-1',
  'tr-west-1',
  'eu-west-101',
  'eu-west-0',
  'me-east-1',
  'my-kualalumpur-1',
  'ae-ad-1',
];

/** MRS regions whose endpoint does not end in `.myhuaweicloud.com`. */
const MRS_EXCEPTIONS: Readonly<Record<string, string>> = {
  'ap-southeast-1': 'https://mrs.ap-southeast-1.myhuaweicloud.cn',
  'ap-southeast-4': 'https://mrs.ap-southeast-4.myhuaweicloud.cn',
  'ru-northwest-2': 'https://mrs.ru-northwest-2.myhuaweicloud.cn',
  'eu-west-101': 'https://mrs.eu-west-101.myhuaweicloud.eu',
};

/** Regions with a regional IAM endpoint (`.com`, even where MRS uses `.cn`). */
const IAM_REGIONS: readonly string[] = [
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-north-12',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-south-1',
  'cn-south-2',
  'cn-southwest-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'af-south-1',
  'sa-brazil-1',
  'la-south-2',
  'la-north-2',
  'na-mexico-1',
  'eu-west-0',
  'my-kualalumpur-1',
  'ru-moscow-1',
  'me-east-1',
  'ae-ad-1',
  'tr-west-1',
];

export const GLOBAL_IAM_ENDPOINT = 'https://iam.myhuaweicloud.com';

const REGION_ID = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

export function isKnownRegion(region: string): boolean {
  return MRS_REGIONS.includes(region);
}

/** True for 127.0.0.0/8, `localhost` and `::1` (URL hostnames keep IPv6 brackets). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') {
    return true;
  }
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/**
 * Checks an endpoint URL: https, or http only for loopback hosts; no user info, query or fragment.
 * @returns the parsed URL.
 * @throws MrsApiError 'configuration' for anything else.
 */
export function checkEndpointUrl(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    throw configurationError(`Not a valid endpoint URL: ${endpoint}`, 'CLIENT.BAD_ENDPOINT');
  }
  if (url.username !== '' || url.password !== '') {
    throw configurationError('Endpoint URLs must not contain user name or password', 'CLIENT.BAD_ENDPOINT');
  }
  if (url.search !== '' || url.hash !== '') {
    throw configurationError(
      `Endpoint URLs must not contain a query or fragment: ${url.origin}`,
      'CLIENT.BAD_ENDPOINT',
    );
  }
  if (url.protocol === 'https:') {
    return url;
  }
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    return url;
  }
  throw configurationError(
    `Only https endpoints are allowed (http only on loopback): ${url.origin}`,
    'CLIENT.INSECURE_ENDPOINT',
  );
}

function checkRegion(region: string): void {
  if (!REGION_ID.test(region)) {
    throw configurationError(`Not a region id: ${region}`, 'CLIENT.BAD_REGION');
  }
}

/**
 * The MRS endpoint of a region: the override when given, the table's exception, or
 * `https://mrs.{region}.myhuaweicloud.com` (also for well-formed regions newer than the table).
 * @throws MrsApiError 'configuration' for a malformed region or a refused override.
 */
export function mrsEndpoint(region: string, override?: string): URL {
  if (override !== undefined && override.trim() !== '') {
    return checkEndpointUrl(override);
  }
  checkRegion(region);
  return new URL(MRS_EXCEPTIONS[region] ?? `https://mrs.${region}.myhuaweicloud.com`);
}

/**
 * The IAM endpoint of a region: the override, the regional endpoint of the table
 * (`.eu` for eu-west-101), or the global `https://iam.myhuaweicloud.com`.
 * @throws MrsApiError 'configuration' for a malformed region or a refused override.
 */
export function iamEndpoint(region: string, override?: string): URL {
  if (override !== undefined && override.trim() !== '') {
    return checkEndpointUrl(override);
  }
  checkRegion(region);
  if (region === 'eu-west-101') {
    return new URL('https://iam.eu-west-101.myhuaweicloud.eu');
  }
  return new URL(IAM_REGIONS.includes(region) ? `https://iam.${region}.myhuaweicloud.com` : GLOBAL_IAM_ENDPOINT);
}

/** `base` + `path`, keeping a path prefix of the base (`http://127.0.0.1:8080/mrs` + `/v1.1/…`). */
export function joinUrl(base: URL, path: string, query?: Readonly<Record<string, string | number | undefined>>): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
  // Encoded like the signer's canonical query (space → %20, never '+'), so both sides agree.
  url.search = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(String(v))}`)
    .join('&');
  return url;
}
