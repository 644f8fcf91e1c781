// HTTP face of the controls: /__emulator/... (no auth: a loopback dev tool; never part of MRS).
// A web page must not reach them: a browser sends a cross-origin text/plain or form POST without
// asking first, and a DNS-rebinding page reaches 127.0.0.1 under its own host name. So only a
// loopback Host is served, and anything but a GET must say it is JSON (which a page cannot send
// cross-origin without a CORS preflight that the emulator never grants).
import type { EmulatorControl } from '../control';
import type { FaultSpec } from '../faults';
import type { ResizeFailureSwitch } from '../model';
import type { Quota } from '../mrs/quota';
import type { QuotaPatch } from '../quotaControl';
import type { ClusterStatePatch } from '../store';
import type { V2Options } from '../v2Options';
import { header, type RequestCtx } from './context';
import { json, type Reply } from './reply';

export const CONTROL_PREFIX = '/__emulator/';

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function bodyOf(ctx: RequestCtx): unknown {
  const text = ctx.body.toString('utf8').trim();
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ControlError(400, 'The body is not valid JSON.');
  }
}

function faults(ctx: RequestCtx, control: EmulatorControl): Reply {
  if (ctx.method === 'GET') {
    return json(200, { faults: control.listFaults() });
  }
  if (ctx.method === 'DELETE') {
    return json(200, { cleared: control.clearFaults() });
  }
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use GET, POST or DELETE.');
  }
  const body = bodyOf(ctx);
  const specs = (Array.isArray(body) ? body : [body]) as FaultSpec[];
  return json(201, { faults: specs.map((s) => control.addFault(s)) });
}

function requests(ctx: RequestCtx, control: EmulatorControl): Reply {
  if (ctx.method === 'DELETE') {
    control.resetRequests();
    return json(200, { reset: true });
  }
  if (ctx.method !== 'GET') {
    throw new ControlError(405, 'Use GET or DELETE.');
  }
  return json(200, control.requests());
}

function failSwitch(ctx: RequestCtx, control: EmulatorControl, cluster: string): Reply {
  if (ctx.method === 'DELETE') {
    control.clearResizeFailure(cluster);
    return json(200, { cluster, failResizes: 0 });
  }
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use POST or DELETE.');
  }
  const body = bodyOf(ctx) as { times?: ResizeFailureSwitch } | undefined;
  const times = body?.times ?? 1;
  control.failNextResize(cluster, times);
  return json(200, { cluster, failResizes: times });
}

function clusterState(ctx: RequestCtx, control: EmulatorControl, cluster: string): Reply {
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use POST.');
  }
  const body = bodyOf(ctx);
  if (typeof body !== 'object' || body === null) {
    throw new ControlError(400, 'Send a JSON object such as {"clusterState":"abnormal"}.');
  }
  control.setClusterState(cluster, body as ClusterStatePatch);
  return json(200, { cluster, ...(body as ClusterStatePatch) });
}

function quota(ctx: RequestCtx, control: EmulatorControl): Reply {
  if (ctx.method === 'GET') {
    return json(200, { quota: control.quota() });
  }
  if (ctx.method === 'DELETE') {
    control.clearQuota();
    return json(200, { quota: {} });
  }
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use GET, POST or DELETE.');
  }
  return json(200, { quota: control.setQuota(bodyOf(ctx) as Quota) });
}

function quotas(ctx: RequestCtx, control: EmulatorControl): Reply {
  if (ctx.method === 'GET') {
    return json(200, control.quotas());
  }
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use GET or POST.');
  }
  return json(200, control.setQuotas(bodyOf(ctx) as QuotaPatch));
}

function v2Options(ctx: RequestCtx, control: EmulatorControl): Reply {
  if (ctx.method === 'GET') {
    return json(200, { v2: control.v2Options() });
  }
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use GET or POST.');
  }
  return json(200, { v2: control.setV2Options(bodyOf(ctx) as Partial<V2Options>) });
}

function post(ctx: RequestCtx, action: () => unknown): Reply {
  if (ctx.method !== 'POST') {
    throw new ControlError(405, 'Use POST.');
  }
  return json(200, action());
}

function route(ctx: RequestCtx, control: EmulatorControl, info: () => object): Reply {
  const rest = ctx.path.slice(CONTROL_PREFIX.length).split('/').map(decodeURIComponent);
  const [head, id, action] = rest;
  if (rest.length === 1 && head === 'info') {
    return json(200, info());
  }
  if (rest.length === 1 && head === 'faults') {
    return faults(ctx, control);
  }
  if (rest.length === 1 && head === 'requests') {
    return requests(ctx, control);
  }
  if (rest.length === 1 && head === 'quota') {
    return quota(ctx, control);
  }
  if (rest.length === 1 && head === 'quotas') {
    return quotas(ctx, control);
  }
  if (rest.length === 1 && head === 'v2') {
    return v2Options(ctx, control);
  }
  if (rest.length === 1 && head === 'reset') {
    return post(ctx, () => (control.reset(), { reset: true }));
  }
  if (rest.length === 2 && head === 'tokens' && id === 'expire') {
    return post(ctx, () => ({ expired: control.expireTokens() }));
  }
  if (rest.length === 3 && head === 'clusters' && action === 'fail-next-resize') {
    return failSwitch(ctx, control, id);
  }
  if (rest.length === 3 && head === 'clusters' && action === 'state') {
    return clusterState(ctx, control, id);
  }
  throw new ControlError(404, `No control endpoint ${ctx.method} ${ctx.path}; see emulator/README.md.`);
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '[::1]']);

/** The name of a Host header without its port: `127.0.0.1:8099` → `127.0.0.1`, `[::1]:8099` → `[::1]`. */
function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  return trimmed.startsWith('[') ? trimmed.slice(0, trimmed.indexOf(']') + 1) : trimmed.replace(/:\d*$/, '');
}

function isLoopbackHost(host: string | undefined): boolean {
  const name = host === undefined ? '' : hostName(host);
  return LOOPBACK_HOSTS.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? '');
}

/** @throws ControlError 403 for another Host, 415 for a change that does not say it is JSON. */
function guard(ctx: RequestCtx): void {
  if (!isLoopbackHost(header(ctx, 'host'))) {
    throw new ControlError(403, 'The control endpoints answer only a loopback Host (127.0.0.1, localhost, [::1]).');
  }
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && !isJson(header(ctx, 'content-type'))) {
    throw new ControlError(415, 'Send Content-Type: application/json (a web page cannot change the emulator).');
  }
}

export function handleControl(ctx: RequestCtx, control: EmulatorControl, info: () => object): Reply {
  try {
    guard(ctx);
    return route(ctx, control, info);
  } catch (e) {
    const status = e instanceof ControlError ? e.status : 400;
    return json(status, { error: e instanceof Error ? e.message : String(e) });
  }
}
