// The routes the emulator serves, each with a short key used by the fault knobs and counters.

export const ROUTES = [
  { key: 'listClusters', method: 'GET', pattern: '/v1.1/{project_id}/cluster_infos' },
  { key: 'getCluster', method: 'GET', pattern: '/v1.1/{project_id}/cluster_infos/{cluster_id}' },
  { key: 'resize', method: 'PUT', pattern: '/v1.1/{project_id}/cluster_infos/{cluster_id}' },
  { key: 'listHosts', method: 'GET', pattern: '/v1.1/{project_id}/clusters/{cluster_id}/hosts' },
  { key: 'expand', method: 'POST', pattern: '/v2/{project_id}/clusters/{cluster_id}/expand' },
  { key: 'shrink', method: 'POST', pattern: '/v2/{project_id}/clusters/{cluster_id}/shrink' },
  { key: 'listNodes', method: 'GET', pattern: '/v2/{project_id}/clusters/{cluster_id}/nodes' },
  {
    key: 'availableFlavors',
    method: 'GET',
    pattern: '/v2/{project_id}/metadata/version/{version_name}/available-flavor',
  },
  { key: 'ecsLimits', method: 'GET', pattern: '/v1/{project_id}/cloudservers/limits' },
  { key: 'ecsFlavors', method: 'GET', pattern: '/v1/{project_id}/cloudservers/flavors' },
  { key: 'evsQuota', method: 'GET', pattern: '/v2/{project_id}/os-quota-sets/{target_project_id}' },
  { key: 'evsQuotaV3', method: 'GET', pattern: '/v3/{project_id}/os-quota-sets/{target_project_id}' },
  { key: 'vpcSubnet', method: 'GET', pattern: '/v1/{project_id}/subnets/{subnet_id}' },
  { key: 'ipAvailability', method: 'GET', pattern: '/v2.0/network-ip-availabilities/{network_id}' },
  { key: 'iamToken', method: 'POST', pattern: '/v3/auth/tokens' },
  { key: 'projects', method: 'GET', pattern: '/v3/projects' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];
export type Route = (typeof ROUTES)[number];

/** Key under which requests that match no route are counted. */
export const UNKNOWN_ROUTE = 'unknown';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    if (w.startsWith('{') && w.endsWith('}')) {
      if (got[i] === '') {
        return undefined;
      }
      params[w.slice(1, -1)] = safeDecode(got[i]);
    } else if (w !== got[i]) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function matchRoute(method: string, path: string): RouteMatch | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) {
      continue;
    }
    const params = matchPattern(route.pattern, path);
    if (params) {
      return { route, params };
    }
  }
  return undefined;
}

/** Accepts a key (`resize`) or `METHOD pattern` (`PUT /v1.1/{project_id}/cluster_infos/{cluster_id}`). */
export function routeKeyOf(name: string): RouteKey | undefined {
  const trimmed = name.trim();
  const found = ROUTES.find((r) => r.key === trimmed || `${r.method} ${r.pattern}` === trimmed);
  return found?.key;
}
