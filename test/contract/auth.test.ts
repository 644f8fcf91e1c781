// Authentication over real HTTP: AK/SK signatures, IAM password tokens (cached, refreshed once on
// expiry), a pasted token, the project id looked up from the region, and every refusal's shape.
import assert from 'node:assert/strict';
import { explainError } from '../../src/core/api/catalog';
import {
  akskOf,
  apiError,
  connect,
  idOf,
  issueToken,
  passwordOf,
  route,
  SEEDED_CLUSTERS,
  sent,
  useEmulator,
  WRONG_SK,
  type EmulatorHandle,
} from './support';

const MINUTE = 60_000;

function akSk(ctx: EmulatorHandle): void {
  it('AK/SK: every call signed; the project id is looked up once from the region (GET /v3/projects?name=)', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu));
    const id = idOf(ctx.emu, 'analytics-prod');
    assert.equal(await conn.client.projectId(), ctx.emu.credentials.projectId);
    await Promise.all([conn.client.listClustersPage(), conn.client.getCluster(id), conn.client.listHosts(id)]);
    assert.deepEqual(route(ctx.emu, 'projects').statuses, { 200: 1 });
    const lookup = ctx.emu.requests().log.find((e) => e.route === 'projects');
    assert.equal(new URLSearchParams(lookup?.query).get('name'), 'cn-north-4');
    assert.deepEqual(
      [sent(ctx.emu, 'iamToken'), sent(ctx.emu, 'listClusters'), sent(ctx.emu, 'getCluster')],
      [0, 1, 1],
    );
  });

  it('AK/SK with a configured project id never calls IAM', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu), { projectId: ctx.emu.credentials.projectId });
    await conn.client.listClustersPage();
    assert.deepEqual([sent(ctx.emu, 'projects'), sent(ctx.emu, 'iamToken')], [0, 0]);
  });
}

function akSkRefused(ctx: EmulatorHandle): void {
  it('a wrong SK is unauthorized: 401 APIGW.0301, explained by its code, sent once', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu, { secretKey: WRONG_SK }), {
      projectId: ctx.emu.credentials.projectId,
    });
    const error = await apiError(conn.client.listClustersPage(), {
      kind: 'unauthorized',
      status: 401,
      code: 'APIGW.0301',
    });
    assert.match(error.message, /verify aksk signature fail/);
    assert.equal(explainError(error, 'en').byCode, true);
    assert.deepEqual(route(ctx.emu, 'listClusters').statuses, { 401: 1 });
    const noProject = connect(ctx.emu, akskOf(ctx.emu, { secretKey: WRONG_SK }));
    await apiError(noProject.client.listClustersPage(), { kind: 'unauthorized', status: 401, code: 'APIGW.0301' });
  });

  it('an unknown AK is unauthorized (Get secretKey failed)', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu, { accessKey: 'UNKNOWNAK00000000000' }), {
      projectId: ctx.emu.credentials.projectId,
    });
    const error = await apiError(conn.client.listClustersPage(), {
      kind: 'unauthorized',
      status: 401,
      code: 'APIGW.0301',
    });
    assert.match(error.message, /Get secretKey failed/);
  });

  it('X-Sdk-Date follows the client clock: 14 minutes off is accepted, 16 minutes off is refused as expired', async () => {
    const at = (offset: number): ReturnType<typeof connect> =>
      connect(ctx.emu, akskOf(ctx.emu), { projectId: ctx.emu.credentials.projectId, clock: () => Date.now() + offset });
    assert.equal((await at(-14 * MINUTE).client.listClustersPage()).total, SEEDED_CLUSTERS);
    for (const offset of [16 * MINUTE, -16 * MINUTE]) {
      const error = await apiError(at(offset).client.listClustersPage(), {
        kind: 'unauthorized',
        status: 401,
        code: 'APIGW.0301',
      });
      assert.match(error.message, /expired/);
    }
  });

  it("a project id that is not the account's is refused with 12000001 (unauthorized)", async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu), { projectId: 'ffffffffffffffffffffffffffffffff' });
    await apiError(conn.client.listClustersPage(), { kind: 'unauthorized', status: 401, code: '12000001' });
  });

  it('a region without a project in IAM is a configuration error, before any MRS call', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu), { region: 'ap-southeast-1' });
    await apiError(conn.client.listClustersPage(), { kind: 'configuration', code: 'CLIENT.NO_PROJECT' });
    assert.deepEqual([route(ctx.emu, 'projects').statuses, sent(ctx.emu, 'listClusters')], [{ 200: 1 }, 0]);
  });
}

function password(ctx: EmulatorHandle): void {
  it('IAM password: one token for many sequential and concurrent calls; project id from the token scope', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu));
    const id = idOf(ctx.emu, 'analytics-prod');
    await Promise.all([conn.client.listClustersPage(), conn.client.getCluster(id), conn.client.listHosts(id)]);
    for (let i = 0; i < 3; i++) {
      await conn.client.getCluster(id);
    }
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 201: 1 });
    assert.equal(sent(ctx.emu, 'projects'), 0);
    assert.equal(await conn.client.projectId(), ctx.emu.credentials.projectId);
    const tokenCall = ctx.emu.requests().log.find((e) => e.route === 'iamToken');
    assert.equal(tokenCall?.query, 'nocatalog=true');
  });

  it('an expired token is refreshed once and the request repeated', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu));
    const id = idOf(ctx.emu, 'analytics-prod');
    await conn.client.getCluster(id);
    ctx.emu.expireTokens();
    assert.equal((await conn.client.getCluster(id)).name, 'analytics-prod');
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 200: 2, 401: 1 });
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 201: 2 });
    assert.ok(conn.logger.lines.some((l) => l.includes('sending once more with a fresh one')));
  });

  it('concurrent calls with an expired token share one refresh', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu));
    const id = idOf(ctx.emu, 'analytics-prod');
    await conn.client.getCluster(id);
    ctx.emu.expireTokens();
    ctx.emu.resetRequests();
    await Promise.all([conn.client.listClustersPage(), conn.client.getCluster(id), conn.client.listHosts(id)]);
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 201: 1 });
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 200: 1, 401: 1 });
  });
}

function passwordRefresh(ctx: EmulatorHandle): void {
  it('IAM password with a configured project id: the token is scoped by id and works', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu), { projectId: ctx.emu.credentials.projectId });
    assert.equal((await conn.client.listClustersPage()).total, SEEDED_CLUSTERS);
    assert.deepEqual([route(ctx.emu, 'iamToken').statuses, sent(ctx.emu, 'projects')], [{ 201: 1 }, 0]);
  });

  it('a token refused again after the refresh is not refreshed in a loop', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu));
    const id = idOf(ctx.emu, 'analytics-prod');
    ctx.emu.addFault({
      kind: 'status',
      status: 401,
      route: 'getCluster',
      times: 'always',
      errorCode: 'APIG.0307',
      errorMsg: 'The token must be updated.',
    });
    await apiError(conn.client.getCluster(id), { kind: 'unauthorized', status: 401, code: 'APIG.0307' });
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 401: 2 });
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 201: 2 });
  });

  it('a token about to expire (within 5 minutes by the client clock) is replaced before use, without a 401', async () => {
    let offset = 0;
    const conn = connect(ctx.emu, passwordOf(ctx.emu), { clock: () => Date.now() + offset });
    const id = idOf(ctx.emu, 'analytics-prod');
    await conn.client.getCluster(id);
    offset = 24 * 60 * MINUTE - 4 * MINUTE;
    await conn.client.getCluster(id);
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 201: 2 });
    assert.deepEqual(route(ctx.emu, 'getCluster').statuses, { 200: 2 });
  });

  it('a wrong password is unauthorized in the IAM error shape; nothing is retried and MRS is never called', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu, { password: 'not-the-password' }));
    const error = await apiError(conn.client.listClustersPage(), { kind: 'unauthorized', status: 401, code: '401' });
    assert.match(error.message, /The username or password is wrong/);
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 401: 1 });
    assert.deepEqual([sent(ctx.emu, 'listClusters'), conn.waits], [0, []]);
  });
}

function pastedToken(ctx: EmulatorHandle): void {
  it('a pasted token: sent as X-Auth-Token, project id looked up from the region, never refreshed', async () => {
    const token = await issueToken(ctx.emu);
    ctx.emu.resetRequests();
    const conn = connect(ctx.emu, token);
    await conn.client.listHosts(idOf(ctx.emu, 'etl-nightly'));
    await conn.client.listClustersPage();
    assert.deepEqual([sent(ctx.emu, 'projects'), sent(ctx.emu, 'iamToken')], [1, 0]);
  });

  it('an expired pasted token is unauthorized (APIG.0307) and sent only once: there is nothing to refresh', async () => {
    const conn = connect(ctx.emu, await issueToken(ctx.emu), { projectId: ctx.emu.credentials.projectId });
    ctx.emu.expireTokens();
    const error = await apiError(conn.client.listClustersPage(), {
      kind: 'unauthorized',
      status: 401,
      code: 'APIG.0307',
    });
    assert.equal(explainError(error, 'zh-cn').byCode, true);
    assert.deepEqual(route(ctx.emu, 'listClusters').statuses, { 401: 1 });
  });

  it('an empty or blank pasted token is refused before anything is sent: configuration (CLIENT.EMPTY_TOKEN)', async () => {
    for (const token of ['', '   ']) {
      for (const config of [{ projectId: ctx.emu.credentials.projectId }, {}]) {
        const conn = connect(ctx.emu, { kind: 'token', token }, config);
        const error = await apiError(conn.client.listClustersPage(), {
          kind: 'configuration',
          status: undefined,
          code: 'CLIENT.EMPTY_TOKEN',
        });
        const zh = explainError(error, 'zh-cn');
        assert.deepEqual([zh.byCode, zh.explanation.includes('用户Token为空')], [true, true]);
      }
    }
    assert.equal(ctx.emu.requests().total, 0, 'nothing reached the emulator, not even the project lookup');
  });

  it('an unknown token is unauthorized (APIGW.0301 decrypt token fail)', async () => {
    const conn = connect(
      ctx.emu,
      { kind: 'token', token: 'MIIunknown-token-value' },
      { projectId: ctx.emu.credentials.projectId },
    );
    const error = await apiError(conn.client.listClustersPage(), {
      kind: 'unauthorized',
      status: 401,
      code: 'APIGW.0301',
    });
    assert.match(error.message, /decrypt token fail/);
  });
}

describe('contract: authentication', () => {
  const ctx = useEmulator();
  describe('AK/SK', () => akSk(ctx));
  describe('AK/SK refused', () => akSkRefused(ctx));
  describe('IAM password', () => password(ctx));
  describe('IAM password token lifetime and refusal', () => passwordRefresh(ctx));
  describe('pasted token', () => pastedToken(ctx));
});
