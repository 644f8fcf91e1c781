// Faults on the reads (GET, and the IAM calls behind them), injected by the emulator, with the
// client's documented reaction (retry.ts, HttpTransport.ts): network errors, 429 and 500/502/503/504
// are retried up to 3 tries with backoff or Retry-After; an unreadable 2xx body is invalidResponse
// at once; a try that outlives timeoutMs is a 'timeout' and is not retried.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import {
  apiError,
  connectAs,
  idOf,
  route,
  SEEDED_CLUSTERS,
  untilLogged,
  useEmulator,
  type EmulatorHandle,
  type TestConnection,
} from './support';

/** Backoff with jitter fixed at ½ (support.ts): 375 ms before the 2nd try, 750 ms before the 3rd. */
const BACKOFF = [375, 750];

function client(emu: Emulator, timeoutMs = 5000): TestConnection {
  return connectAs(emu, 'aksk', { projectId: emu.credentials.projectId, timeoutMs });
}

function throttling(ctx: EmulatorHandle): void {
  it('429 with Retry-After: waits what the server asked, retries, succeeds', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 429, route: 'listClusters' });
    assert.equal((await conn.client.listClustersPage()).total, SEEDED_CLUSTERS);
    assert.deepEqual(route(ctx.emu, 'listClusters').statuses, { 429: 1, 200: 1 });
    assert.deepEqual(conn.waits, [1000]);
  });

  it('429 twice with Retry-After: 3 → two waits of 3 s, third try succeeds', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 429, retryAfter: 3, times: 2, route: 'getCluster' });
    await conn.client.getCluster(idOf(ctx.emu, 'etl-nightly'));
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 429: 2, 200: 1 });
    assert.deepEqual(conn.waits, [3000, 3000]);
  });

  it('429 asking for more than a minute is not waited for: rateLimited with the asked delay', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 429, retryAfter: 120, route: 'listClusters' });
    const error = await apiError(conn.client.listClustersPage(), {
      kind: 'rateLimited',
      status: 429,
      code: 'APIGW.0308',
    });
    assert.equal(error.retryAfterMs, 120_000);
    assert.deepEqual([route(ctx.emu, 'listClusters').count, conn.waits], [1, []]);
  });
}

function serverErrors(ctx: EmulatorHandle): void {
  it('500 once: retried after a backoff, succeeds', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 500, route: 'getCluster' });
    await conn.client.getCluster(idOf(ctx.emu, 'etl-nightly'));
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 500: 1, 200: 1 });
    assert.deepEqual(conn.waits, BACKOFF.slice(0, 1));
  });

  it('503 twice: retried twice, the third try succeeds (host list)', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 503, times: 2, route: 'listHosts' });
    assert.equal((await conn.client.listHosts(idOf(ctx.emu, 'etl-nightly'))).length, 5);
    assert.deepEqual(route(ctx.emu, 'listHosts').statuses, { 503: 2, 200: 1 });
    assert.deepEqual(conn.waits, BACKOFF);
  });

  it('503 with Retry-After: 2 waits 2 s instead of the backoff', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 503, retryAfter: 2, route: 'listClusters' });
    await conn.client.listClustersPage();
    assert.deepEqual(conn.waits, [2000]);
  });

  it('500 on every try: after 3 tries a typed unavailable error (12000004)', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 500, times: 'always', route: 'listClusters' });
    await apiError(conn.client.listClustersPage(), { kind: 'unavailable', status: 500, code: '12000004' });
    assert.deepEqual(route(ctx.emu, 'listClusters').statuses, { 500: 3 });
    assert.deepEqual(conn.waits, BACKOFF);
  });

  it('503 on every try: after 3 tries a typed unavailable error (APIGW.0201)', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 503, times: 'always', route: 'getCluster' });
    await apiError(conn.client.getCluster(idOf(ctx.emu, 'etl-nightly')), {
      kind: 'unavailable',
      status: 503,
      code: 'APIGW.0201',
    });
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 503: 3 });
  });
}

function namedCodes(ctx: EmulatorHandle): void {
  it('a fault naming an MRS code (12000019 on the host list) reaches the client as that code, not retried', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 400, route: 'listHosts', errorCode: '12000019', errorMsg: 'x' });
    const error = await apiError(conn.client.listHosts(idOf(ctx.emu, 'etl-nightly')), {
      kind: 'validation',
      status: 400,
      code: '12000019',
    });
    assert.match(error.requestId ?? '', /^[0-9a-f]{32}$/, 'the request id comes from X-Request-Id');
    assert.deepEqual([route(ctx.emu, 'listHosts').count, conn.waits], [1, []]);
  });
}

function brokenAnswers(ctx: EmulatorHandle): void {
  it('connection reset once: retried, succeeds', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'reset', route: 'listClusters' });
    assert.equal((await conn.client.listClustersPage()).total, SEEDED_CLUSTERS);
    assert.deepEqual(route(ctx.emu, 'listClusters').statuses, { 0: 1, 200: 1 });
    assert.deepEqual(conn.waits, BACKOFF.slice(0, 1));
  });

  it('connection reset on every try: a typed network error after 3 tries', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'reset', route: 'getCluster', times: 3 });
    await apiError(conn.client.getCluster(idOf(ctx.emu, 'etl-nightly')), { kind: 'network', status: undefined });
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 0: 3 });
  });

  it('truncated JSON in a 200: invalidResponse at once (not retried), with the start of the body', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'truncated-json', route: 'listClusters' });
    const error = await apiError(conn.client.listClustersPage(), { kind: 'invalidResponse', status: 200 });
    assert.ok((error.bodySnippet ?? '').startsWith(`{"clusterTotal":${SEEDED_CLUSTERS},`), error.bodySnippet);
    assert.deepEqual([route(ctx.emu, 'listClusters').count, conn.waits], [1, []]);
  });

  it('an HTML error page (502 from a proxy): treated by its status, so retried, and the retry succeeds', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'html', route: 'listHosts' });
    assert.equal((await conn.client.listHosts(idOf(ctx.emu, 'etl-nightly'))).length, 5);
    assert.deepEqual(route(ctx.emu, 'listHosts').statuses, { 502: 1, 200: 1 });
  });

  it('an HTML error page on every try: unavailable (502), said to be a web page, carrying its start', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'html', route: 'getCluster', times: 'always' });
    const error = await apiError(conn.client.getCluster(idOf(ctx.emu, 'etl-nightly')), {
      kind: 'unavailable',
      status: 502,
      code: 'CLIENT.HTML_PAGE',
    });
    assert.match(error.bodySnippet ?? '', /502 Bad Gateway.*nginx/);
    assert.equal(route(ctx.emu, 'getCluster').count, 3);
  });
}

function slowAnswers(ctx: EmulatorHandle): void {
  it('an answer slower than timeoutMs: a typed timeout, not retried', async () => {
    const conn = client(ctx.emu, 100);
    ctx.emu.addFault({ kind: 'latency', ms: 300, route: 'listClusters' });
    await apiError(conn.client.listClustersPage(), { kind: 'timeout', status: undefined });
    assert.deepEqual(conn.waits, []);
    assert.equal(await untilLogged(ctx.emu, 'listClusters', 1), 1);
    assert.equal(ctx.emu.requests().log[0].latencyMs, 300);
  });

  it('latency below timeoutMs is only slower: the answer comes after the latency, not retried', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'latency', ms: 150, route: 'listClusters' });
    assert.equal((await conn.client.listClustersPage()).total, SEEDED_CLUSTERS);
    const entries = ctx.emu.requests().log.filter((e) => e.route === 'listClusters');
    assert.deepEqual(
      entries.map((e) => [e.status, e.latencyMs, e.handled]),
      [[200, 150, true]],
    );
    assert.deepEqual(conn.waits, []);
  });
}

function iamFaults(ctx: EmulatorHandle): void {
  it('the token request answering 503 once is retried (asking for a token is safe to repeat)', async () => {
    const conn = connectAs(ctx.emu, 'password');
    ctx.emu.addFault({ kind: 'status', status: 503, route: 'iamToken' });
    await conn.client.listClustersPage();
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 503: 1, 201: 1 });
  });

  it('the project lookup: an HTML page is retried; truncated JSON is invalidResponse', async () => {
    ctx.emu.addFault({ kind: 'html', route: 'projects' });
    assert.equal(await connectAs(ctx.emu, 'aksk').client.projectId(), ctx.emu.credentials.projectId);
    ctx.emu.addFault({ kind: 'truncated-json', route: 'projects' });
    await apiError(connectAs(ctx.emu, 'aksk').client.listClustersPage(), {
      kind: 'invalidResponse',
      status: 200,
    });
    assert.deepEqual(route(ctx.emu, 'projects').statuses, { 502: 1, 200: 2 });
    assert.equal(route(ctx.emu, 'listClusters').count, 0);
  });
}

describe('contract: faults on reads', () => {
  const ctx = useEmulator();
  describe('throttling (429)', () => throttling(ctx));
  describe('server errors (500, 503)', () => serverErrors(ctx));
  describe('MRS codes named by a fault', () => namedCodes(ctx));
  describe('resets and broken bodies', () => brokenAnswers(ctx));
  describe('latency and timeouts', () => slowAnswers(ctx));
  describe('IAM calls', () => iamFaults(ctx));
});
