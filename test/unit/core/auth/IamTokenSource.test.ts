import assert from 'node:assert/strict';
import { HttpTransport } from '../../../../src/core/api/HttpTransport';
import { IamTokenSource, TOKEN_REFRESH_MARGIN_MS, tokenRequestBody } from '../../../../src/core/auth/IamTokenSource';
import { CancelledError } from '../../../../src/core/errors';
import { CLUSTER_ID, PROJECT_ID, aClusterDto, anIamErrorDto, anIamTokenResponseDto } from '../../../support/builders';
import { FakeServer } from '../../../support/unit/FakeServer';
import { FakeClock, FakeSleep } from '../../../support/unit/fakes';
import { fixtureJson } from '../../../fixtures/examples';
import { IAM_HOST, PASSWORD, clusterPath, harness } from '../../../support/unit/harness';

const HOUR = 3600_000;
const TOKENS = '/v3/auth/tokens';

function setup(lifetimeMs = 24 * HOUR) {
  const server = new FakeServer();
  const clock = new FakeClock();
  const transport = new HttpTransport({
    fetch: server.fetch,
    clock: clock.clock,
    sleep: new FakeSleep(clock).sleep,
    random: () => 0,
  });
  const expires = new Date(clock.nowMs + lifetimeMs).toISOString();
  let n = 0;
  const issue = () => ({
    status: 201,
    headers: { 'X-Subject-Token': `token-${++n}` },
    body: anIamTokenResponseDto(expires),
  });
  server.on('POST', TOKENS, ...Array.from({ length: 5 }, issue));
  const source = new IamTokenSource({
    transport,
    endpoint: new URL(`https://${IAM_HOST}`),
    credential: PASSWORD,
    scope: { projectName: 'cn-north-4' },
  });
  return { server, clock, source };
}

describe('IAM token source', () => {
  it('POSTs the password body to /v3/auth/tokens?nocatalog=true and reads X-Subject-Token', async () => {
    const { server, source } = setup();
    const token = await source.getToken();
    assert.equal(token.value, 'token-1');
    assert.equal(token.projectId, PROJECT_ID);
    const [req] = server.requests;
    assert.equal(req.url.href, `https://${IAM_HOST}/v3/auth/tokens?nocatalog=true`);
    assert.equal(req.headers['Content-Type'], 'application/json;charset=UTF-8');
    assert.equal(req.headers['X-Auth-Token'], undefined);
    assert.deepEqual(JSON.parse(req.body?.toString() ?? ''), tokenRequestBody(PASSWORD, { projectName: 'cn-north-4' }));
  });

  it('builds the body of the doc examples (scope by name or by id)', () => {
    const byName = fixtureJson('iam-token.request.json');
    assert.deepEqual(
      tokenRequestBody(
        { kind: 'password', userName: 'IAMUser', password: 'IAMPassword', domainName: 'IAMDomain' },
        { projectName: 'cn-north-1' },
      ),
      byName,
    );
    const byId = fixtureJson('iam-token.request.mrs.json');
    assert.deepEqual(
      tokenRequestBody(
        { kind: 'password', userName: 'username', password: '********', domainName: 'domainname' },
        { projectId: 'xxxxxxxx' },
      ),
      byId,
    );
  });

  it('caches the token until 5 minutes before expires_at', async () => {
    const { server, clock, source } = setup(HOUR);
    await source.getToken();
    clock.advance(HOUR - TOKEN_REFRESH_MARGIN_MS - 1);
    assert.equal((await source.getToken()).value, 'token-1');
    assert.equal(server.requests.length, 1);
    clock.advance(1);
    assert.equal((await source.getToken()).value, 'token-2');
    assert.equal(server.requests.length, 2);
  });

  it('shares one request between concurrent callers', async () => {
    const { server, source } = setup();
    const tokens = await Promise.all([source.getToken(), source.getToken(), source.getToken()]);
    assert.deepEqual(
      tokens.map((t) => t.value),
      ['token-1', 'token-1', 'token-1'],
    );
    assert.equal(server.requests.length, 1);
  });

  it('invalidate() drops the rejected token only', async () => {
    const { source } = setup();
    await source.getToken();
    source.invalidate('some-older-token');
    assert.equal((await source.getToken()).value, 'token-1');
    source.invalidate('token-1');
    assert.equal((await source.getToken()).value, 'token-2');
  });

  it('reports a wrong password as unauthorized, without retrying and without caching', async () => {
    const server = new FakeServer().on('POST', TOKENS, { status: 401, body: anIamErrorDto() });
    const transport = new HttpTransport({ fetch: server.fetch, sleep: new FakeSleep().sleep });
    const source = new IamTokenSource({
      transport,
      endpoint: new URL(`https://${IAM_HOST}`),
      credential: PASSWORD,
      scope: { projectId: 'p' },
    });
    await assert.rejects(source.getToken(), {
      kind: 'unauthorized',
      message: '401: The username or password is wrong.',
    });
    await assert.rejects(source.getToken(), { kind: 'unauthorized' });
    assert.equal(server.requests.length, 2);
  });

  it('rejects a 201 without X-Subject-Token as invalidResponse', async () => {
    const server = new FakeServer().on('POST', TOKENS, {
      status: 201,
      body: anIamTokenResponseDto('2030-01-01T00:00:00Z'),
    });
    const transport = new HttpTransport({ fetch: server.fetch });
    const source = new IamTokenSource({
      transport,
      endpoint: new URL(`https://${IAM_HOST}`),
      credential: PASSWORD,
      scope: { projectId: 'p' },
    });
    await assert.rejects(source.getToken(), { kind: 'invalidResponse' });
  });

  it('lets one caller cancel while the shared request goes on', async () => {
    const { source } = setup();
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(source.getToken(controller.signal), (e: unknown) => e instanceof CancelledError);
    assert.equal((await source.getToken()).value, 'token-1');
  });
});

describe('password connections', () => {
  it('reuse the cached token across calls and scope it by region name when no project id is set', async () => {
    const h = harness(PASSWORD, { projectId: undefined });
    const expires = new Date(h.clock.nowMs + 24 * HOUR).toISOString();
    h.server.on('POST', TOKENS, {
      status: 201,
      headers: { 'X-Subject-Token': 'tok' },
      body: anIamTokenResponseDto(expires, 'scoped-pid'),
    });
    h.server.on('GET', clusterPath(CLUSTER_ID).replace(PROJECT_ID, 'scoped-pid'), {
      status: 200,
      body: { cluster: aClusterDto() },
    });
    await h.client.getCluster(CLUSTER_ID);
    await h.client.getCluster(CLUSTER_ID);
    assert.equal(h.server.requestsTo('POST', TOKENS).length, 1);
    assert.equal(h.server.requestsTo('GET', '/v3/projects').length, 0, 'the token scope gave the project id');
    const body = JSON.parse(h.server.requests[0].body?.toString() ?? '') as { auth: { scope: unknown } };
    assert.deepEqual(body.auth.scope, { project: { name: 'cn-north-4' } });
  });

  it('refresh the token once after a 401 on a GET and repeat it once', async () => {
    const h = harness(PASSWORD);
    const expires = new Date(h.clock.nowMs + 24 * HOUR).toISOString();
    h.server.on(
      'POST',
      TOKENS,
      { status: 201, headers: { 'X-Subject-Token': 'old' }, body: anIamTokenResponseDto(expires) },
      { status: 201, headers: { 'X-Subject-Token': 'new' }, body: anIamTokenResponseDto(expires) },
    );
    h.server.on(
      'GET',
      clusterPath(CLUSTER_ID),
      { status: 401, body: { error_code: 'APIG.0307', error_msg: 'The token must be updated.' } },
      { status: 200, body: { cluster: aClusterDto() } },
    );
    await h.client.getCluster(CLUSTER_ID);
    assert.deepEqual(
      h.server.requestsTo('GET', clusterPath(CLUSTER_ID)).map((r) => r.headers['X-Auth-Token']),
      ['old', 'new'],
    );
  });
});
