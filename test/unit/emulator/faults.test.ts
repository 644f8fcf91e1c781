// Fault injection (each kind), the request log and counters, and the control endpoint.
import assert from 'node:assert/strict';
import {
  FaultSpecError,
  startEmulator,
  type Emulator,
  type FaultSpec,
  type RequestLogSnapshot,
} from '../../../emulator';
import { call, clusterByName, errorOf, getToken, resizeBody } from './helpers';

describe('emulator fault injection and request log', () => {
  let emu: Emulator;
  let token: string;
  let prodId: string;
  before(async () => {
    emu = await startEmulator({ quiet: true, scaleSeconds: 3600 });
    token = await getToken(emu);
    prodId = emu.clusterIdByName('analytics-prod') ?? '';
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  const control = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const res = await fetch(`${emu.url}/__emulator/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  };
  const addFaults = async (...specs: FaultSpec[]): Promise<void> => {
    const res = await control('POST', 'faults', specs);
    assert.equal(res.status, 201, JSON.stringify(res.json));
  };
  const list = (): ReturnType<typeof call> => call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token });
  const put = (): Promise<Response> =>
    fetch(`${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos/${prodId}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify(resizeBody({ scale_type: 'scale_out', instances: 1 })),
    });

  it('status 503 for the next 2 requests of one route; other routes and the third request are unaffected', async () => {
    await addFaults({ kind: 'status', status: 503, route: 'listClusters', times: 2 });
    const first = await list();
    assert.equal(first.status, 503);
    assert.deepEqual(first.json, {
      error_code: 'APIGW.0201',
      error_msg: 'Backend unavailable',
      request_id: first.headers.get('x-request-id'),
    });
    assert.equal((await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${prodId}`, { token })).status, 200);
    assert.equal((await list()).status, 503);
    assert.equal((await list()).status, 200);
    const counters = emu.requests().routes;
    assert.deepEqual([counters.listClusters.count, counters.listClusters.statuses], [3, { 503: 2, 200: 1 }]);
    assert.equal(counters.getCluster.count, 1);
  });

  it('429 carries Retry-After (default 1 s, or the given seconds); a route can be named by METHOD pattern', async () => {
    await addFaults({ kind: 'status', status: 429, route: 'GET /v1.1/{project_id}/cluster_infos/{cluster_id}' });
    const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${prodId}`, { token });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '1');
    assert.equal(errorOf(res).error_code, 'APIGW.0308');
    emu.addFault({ kind: 'status', status: 429, retryAfter: 7, route: 'listHosts' });
    const hosts = await call(emu, 'GET', `/v1.1/{p}/clusters/${prodId}/hosts`, { token });
    assert.deepEqual([hosts.status, hosts.headers.get('retry-after')], [429, '7']);
  });

  it('500 gives an MRS body on MRS routes and an IAM body on IAM routes', async () => {
    await addFaults(
      { kind: 'status', status: 500, route: 'listClusters' },
      { kind: 'status', status: 500, route: 'iamToken' },
    );
    const mrs = await list();
    assert.deepEqual([mrs.status, errorOf(mrs).error_code], [500, '12000004']);
    const iam = await call(emu, 'POST', '/v3/auth/tokens', 'none', {});
    assert.equal(iam.status, 500);
    assert.equal((iam.json as { error: { code: number } }).error.code, 500);
  });

  it('a status fault naming an MRS code answers in the MRS shape; a gateway code keeps request_id', async () => {
    await addFaults(
      { kind: 'status', status: 400, route: 'listHosts', errorCode: '12000019', errorMsg: 'Failed to get hosts.' },
      { kind: 'status', status: 500, route: 'resize', errorCode: 'MRS.300' },
      {
        kind: 'status',
        status: 401,
        route: 'listClusters',
        errorCode: 'APIG.0307',
        errorMsg: 'The token must be updated.',
      },
    );
    const hosts = await call(emu, 'GET', `/v1.1/{p}/clusters/${prodId}/hosts`, { token });
    assert.deepEqual([hosts.status, hosts.json], [400, { error_code: '12000019', error_msg: 'Failed to get hosts.' }]);
    const res = await put();
    assert.deepEqual(
      [res.status, Object.keys((await res.json()) as object).sort()],
      [500, ['error_code', 'error_msg']],
    );
    const gateway = await list();
    assert.deepEqual(Object.keys(gateway.json as object).sort(), ['error_code', 'error_msg', 'request_id']);
  });

  it('reset before the handler: the PUT fails at the socket and the cluster is unchanged', async () => {
    emu.addFault({ kind: 'reset', route: 'resize' });
    await assert.rejects(put(), TypeError);
    assert.equal((await clusterByName(emu, token, 'analytics-prod')).clusterState, 'running');
    const entry = emu.requests().log.find((e) => e.route === 'resize');
    assert.deepEqual([entry?.route, entry?.status, entry?.fault, entry?.handled], ['resize', 0, 'reset', false]);
    assert.equal(emu.requests().routes.resize.count, 1);
  });

  it('reset after the handler: the PUT fails at the socket but the resize was applied (outcome unknown)', async () => {
    emu.addFault({ kind: 'reset', route: 'resize', phase: 'after' });
    await assert.rejects(put(), TypeError);
    assert.equal((await clusterByName(emu, token, 'analytics-prod')).clusterState, 'scaling-out');
    assert.equal(emu.requests().log.find((e) => e.route === 'resize')?.handled, true);
    assert.equal(emu.requests().routes.resize.count, 1);
  });

  it('truncated JSON: the real status and JSON content type, a body cut in half that does not parse', async () => {
    const full = await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${prodId}`, { token });
    emu.addFault({ kind: 'truncated-json', route: 'getCluster' });
    const cut = await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${prodId}`, { token });
    assert.equal(cut.status, 200);
    assert.match(cut.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(cut.json, undefined);
    assert.ok(cut.text.length > 100 && cut.text.length < full.text.length);
    assert.ok(full.text.startsWith(cut.text));
  });

  it('an HTML error page (default 502, or the given status) with text/html', async () => {
    await addFaults({ kind: 'html', route: 'listHosts' }, { kind: 'html', route: 'listHosts', status: 503 });
    const a = await call(emu, 'GET', `/v1.1/{p}/clusters/${prodId}/hosts`, { token });
    assert.deepEqual([a.status, a.headers.get('content-type'), a.json], [502, 'text/html', undefined]);
    assert.match(a.text, /<title>502 Bad Gateway<\/title>/);
    const b = await call(emu, 'GET', `/v1.1/{p}/clusters/${prodId}/hosts`, { token });
    assert.deepEqual([b.status, /503 Service Unavailable/.test(b.text)], [503, true]);
    assert.equal((await call(emu, 'GET', `/v1.1/{p}/clusters/${prodId}/hosts`, { token })).status, 200);
  });

  it('latency delays the matching request once (default times 1); "always" lasts until cleared', async () => {
    emu.addFault({ kind: 'latency', ms: 300, route: 'projects' });
    const projects = async (): Promise<void> => {
      assert.equal((await call(emu, 'GET', '/v3/projects?name=cn-north-4', { token })).status, 200);
    };
    await projects();
    await projects();
    emu.addFault({ kind: 'latency', ms: 200, times: 'always' });
    await projects();
    assert.equal((await list()).status, 200);
    assert.deepEqual(await control('DELETE', 'faults'), { status: 200, json: { cleared: 1 } });
    await projects();
    assert.deepEqual(
      emu.requests().log.map((e) => [e.route, e.latencyMs]),
      [
        ['projects', 300],
        ['projects', 0],
        ['projects', 200],
        ['listClusters', 200],
        ['projects', 0],
      ],
    );
  });

  it('a latency holds the answer back: a caller that gives up first gets none, however slow the machine', async () => {
    // The caller's 100 ms start before the emulator's 300 ms, in the same process: they always end first.
    emu.addFault({ kind: 'latency', ms: 300, route: 'projects' });
    const url = `${emu.url}/v3/projects?name=cn-north-4`;
    const signal = AbortSignal.timeout(100);
    await assert.rejects(fetch(url, { headers: { 'X-Auth-Token': token }, signal }), { name: 'TimeoutError' });
    while (emu.requests().routes.projects.count === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20)); // the held request still ends, after its latency
    }
    assert.deepEqual(
      emu.requests().log.map((e) => [e.route, e.status, e.latencyMs]),
      [['projects', 200, 300]],
    );
  });

  it('route "*" (the default) hits every route, IAM included; remaining counts are listed', async () => {
    await addFaults({ kind: 'status', status: 503, times: 3 });
    assert.equal((await call(emu, 'POST', '/v3/auth/tokens', 'none', {})).status, 503);
    assert.equal((await list()).status, 503);
    const listed = await control('GET', 'faults');
    assert.deepEqual(
      (listed.json as { faults: { remaining: number; route: string }[] }).faults.map((f) => [f.route, f.remaining]),
      [['*', 1]],
    );
  });

  it('invalid fault specs are refused with 400 (HTTP) or FaultSpecError (programmatic)', async () => {
    for (const bad of [
      { kind: 'boom' },
      { kind: 'status', route: 'listCluster' },
      { kind: 'status', status: 200 },
      { kind: 'status', times: 0 },
      { kind: 'latency' },
      'x',
    ]) {
      const res = await control('POST', 'faults', bad);
      assert.equal(res.status, 400, JSON.stringify(bad));
      assert.ok(typeof (res.json as { error: string }).error === 'string');
    }
    assert.throws(() => emu.addFault({ kind: 'status', route: 'nope' }), FaultSpecError);
    assert.deepEqual(emu.listFaults(), []);
  });

  it('the request log has method, path, status and no secrets; DELETE resets it; control calls are not logged', async () => {
    await list();
    await call(emu, 'GET', '/v1.1/{p}/cluster_infos?pageSize=2', { sign: true });
    const res = await control('GET', 'requests');
    const snap = res.json as RequestLogSnapshot;
    assert.equal(snap.total, 2);
    assert.deepEqual(
      snap.log.map((e) => [e.method, e.path, e.query, e.status, e.route]),
      [
        ['GET', `/v1.1/${emu.credentials.projectId}/cluster_infos`, '', 200, 'listClusters'],
        ['GET', `/v1.1/${emu.credentials.projectId}/cluster_infos`, 'pageSize=2', 200, 'listClusters'],
      ],
    );
    const text = JSON.stringify(snap);
    assert.ok(!text.includes(token) && !text.includes(emu.credentials.sk) && !text.includes('Signature='));
    assert.equal(snap.routes.resize.pattern, 'PUT /v1.1/{project_id}/cluster_infos/{cluster_id}');
    assert.equal((await control('DELETE', 'requests')).status, 200);
    assert.equal(emu.requests().total, 0);
  });

  it('counts the PUT exactly once even when the client sees an error', async () => {
    emu.addFault({ kind: 'status', status: 503, route: 'resize', phase: 'after' });
    assert.equal((await put()).status, 503);
    assert.equal((await clusterByName(emu, token, 'analytics-prod')).clusterState, 'scaling-out');
    assert.deepEqual(emu.requests().routes.resize.statuses, { 503: 1 });
  });

  it('GET /__emulator/info gives the URL, credentials and routes; unknown control paths give 404', async () => {
    const info = (await control('GET', 'info')).json as {
      url: string;
      ak: string;
      projectId: string;
      routes: { key: string }[];
    };
    assert.deepEqual([info.url, info.ak, info.projectId], [emu.url, emu.credentials.ak, emu.credentials.projectId]);
    assert.deepEqual(
      info.routes.map((r) => r.key),
      [
        'listClusters',
        'getCluster',
        'resize',
        'listHosts',
        'expand',
        'shrink',
        'listNodes',
        'availableFlavors',
        'ecsLimits',
        'ecsFlavors',
        'evsQuota',
        'evsQuotaV3',
        'vpcSubnet',
        'ipAvailability',
        'iamToken',
        'projects',
      ],
    );
    assert.equal((await control('GET', 'nothing')).status, 404);
    assert.equal((await control('PUT', 'faults', {})).status, 405);
  });

  it('POST /__emulator/reset restores the seed and clears faults and the log', async () => {
    assert.equal((await put()).status, 200);
    emu.addFault({ kind: 'reset', times: 'always' });
    assert.deepEqual(await control('POST', 'reset'), { status: 200, json: { reset: true } });
    assert.deepEqual(emu.listFaults(), []);
    assert.equal((await clusterByName(emu, token, 'analytics-prod')).clusterState, 'running');
    assert.equal(emu.requests().total, 1);
  });
});
