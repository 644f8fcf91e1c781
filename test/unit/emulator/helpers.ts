// Raw-HTTP helpers for the emulator's tests (Node's global fetch; no client code involved).
import type { Emulator } from '../../../emulator';
import { sdkDate, testAuthorization } from './testSigner';

export interface Call {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body (undefined when it is not JSON). */
  json: unknown;
}

export type Auth = { token: string } | { sign: true; now?: number; headers?: Record<string, string> } | 'none';

export async function toCall(res: Response): Promise<Call> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

function authHeaders(
  emu: Emulator,
  method: string,
  url: string,
  body: string | undefined,
  auth: Auth,
): Record<string, string> {
  if (auth === 'none') {
    return {};
  }
  if ('token' in auth) {
    return { 'X-Auth-Token': auth.token };
  }
  const signed: Record<string, string> = {
    'X-Sdk-Date': sdkDate(auth.now ?? Date.now()),
    'X-Project-Id': emu.credentials.projectId,
    ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...auth.headers,
  };
  const { ak, sk } = emu.credentials;
  return { ...signed, Authorization: testAuthorization({ method, url, headers: signed, body, ak, sk }) };
}

/** One request; `path` may contain `{p}` for the project id. */
export async function call(emu: Emulator, method: string, path: string, auth: Auth, body?: unknown): Promise<Call> {
  const url = emu.url + path.replace('{p}', emu.credentials.projectId);
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers = authHeaders(emu, method, url, text, auth);
  if (text !== undefined && !('Content-Type' in headers)) {
    headers['Content-Type'] = 'application/json';
  }
  return toCall(await fetch(url, { method, headers, body: text }));
}

export function passwordBody(
  emu: Emulator,
  overrides: { user?: string; password?: string; domain?: string } = {},
  scope?: object,
): object {
  const c = emu.credentials;
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: {
          user: {
            name: overrides.user ?? c.user,
            password: overrides.password ?? c.password,
            domain: { name: overrides.domain ?? c.domain },
          },
        },
      },
      scope: scope ?? { project: { id: c.projectId } },
    },
  };
}

export async function getToken(emu: Emulator): Promise<string> {
  const res = await call(emu, 'POST', '/v3/auth/tokens?nocatalog=true', 'none', passwordBody(emu));
  const token = res.headers.get('x-subject-token');
  if (res.status !== 201 || !token) {
    throw new Error(`token request failed: ${res.status} ${res.text}`);
  }
  return token;
}

/** A typed view of an error body: MRS/gateway flat shape. */
export interface ErrorBody {
  error_code?: string;
  error_msg?: string;
  request_id?: string;
}

export function errorOf(c: Call): ErrorBody {
  const body: ErrorBody = typeof c.json === 'object' && c.json !== null ? c.json : {};
  return body;
}

export interface ClusterSummary {
  clusterId: string;
  clusterName: string;
  clusterState: string;
  scale: string;
  stageDesc: string | null;
  errorInfo: string;
  coreNodeNum: string;
  totalNodeNum: string;
  nodeGroups: {
    GroupName: string;
    NodeNum: number;
    NodeSize: string;
    DataVolumeCount: number;
    DataVolumeSize: number;
  }[];
}

export async function clusterByName(emu: Emulator, token: string, name: string): Promise<ClusterSummary> {
  const id = emu.clusterIdByName(name);
  if (!id) {
    throw new Error(`no cluster ${name}`);
  }
  const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${id}`, { token });
  return (res.json as { cluster: ClusterSummary }).cluster;
}

export function resizeBody(parameters: Record<string, unknown>): object {
  return {
    service_id: '',
    plan_id: '',
    parameters: { order_id: '', node_id: 'node_orderadd', ...parameters },
    previous_values: { plan_id: '' },
  };
}

export interface HostSummary {
  id: string;
  name: string;
  ip: string;
  status: string;
  type: string;
  node_group_name: string;
}

export async function allHosts(emu: Emulator, token: string, clusterId: string): Promise<HostSummary[]> {
  const res = await call(emu, 'GET', `/v1.1/{p}/clusters/${clusterId}/hosts?pageSize=1000`, { token });
  return (res.json as { hosts: HostSummary[] }).hosts;
}
