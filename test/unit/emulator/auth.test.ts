// IAM token and project endpoints, token checks and expiry, AK/SK verification and clock skew.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../emulator';
import { call, errorOf, getToken, passwordBody } from './helpers';
import { sdkDate, testAuthorization } from './testSigner';

const T0 = Date.UTC(2026, 0, 15, 8, 0, 0);
const HEX32 = /^[0-9a-f]{32}$/;

describe('emulator auth: IAM tokens and projects', () => {
  const clock = { t: T0 };
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ quiet: true, now: () => clock.t, tokenTtlSeconds: 60 });
  });
  after(() => emu.close());
  beforeEach(() => {
    clock.t = T0;
  });

  it('POST /v3/auth/tokens answers 201 with X-Subject-Token, expires_at and the project', async () => {
    const res = await call(emu, 'POST', '/v3/auth/tokens?nocatalog=true', 'none', passwordBody(emu));
    assert.equal(res.status, 201);
    assert.match(res.headers.get('x-subject-token') ?? '', /^MII[\w-]{200,}$/);
    assert.match(res.headers.get('x-request-id') ?? '', HEX32);
    const token = (
      res.json as {
        token: { expires_at: string; issued_at: string; catalog: unknown[]; project: { id: string; name: string } };
      }
    ).token;
    assert.equal(token.issued_at, '2026-01-15T08:00:00.000000Z');
    assert.equal(token.expires_at, '2026-01-15T08:01:00.000000Z');
    assert.deepEqual(token.catalog, []);
    assert.deepEqual([token.project.id, token.project.name], [emu.credentials.projectId, 'cn-north-4']);
  });

  it('scopes by project name too, and lists the MRS endpoint in the catalog without nocatalog', async () => {
    const res = await call(
      emu,
      'POST',
      '/v3/auth/tokens',
      'none',
      passwordBody(emu, {}, { project: { name: 'cn-north-4' } }),
    );
    assert.equal(res.status, 201);
    const token = (
      res.json as { token: { project: { id: string }; catalog: { type: string; endpoints: { url: string }[] }[] } }
    ).token;
    assert.equal(token.project.id, emu.credentials.projectId);
    assert.equal(token.catalog[0].type, 'mrs');
    assert.equal(token.catalog[0].endpoints[0].url, emu.url);
  });

  for (const [what, overrides] of [
    ['password', { password: 'nope' }],
    ['user', { user: 'someone' }],
    ['domain', { domain: 'other' }],
  ] as const) {
    it(`a wrong ${what} gives IAM's 401 body`, async () => {
      const res = await call(emu, 'POST', '/v3/auth/tokens', 'none', passwordBody(emu, overrides));
      assert.equal(res.status, 401);
      assert.deepEqual(res.json, {
        error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' },
      });
      assert.equal(res.headers.get('x-subject-token'), null);
    });
  }

  it("an invalid body gives IAM's 400 body; an unknown project scope is refused", async () => {
    for (const body of ['{not json', { auth: { identity: { methods: ['token'] } } }]) {
      const res = await call(emu, 'POST', '/v3/auth/tokens', 'none', body);
      assert.equal(res.status, 400);
      assert.deepEqual(res.json, {
        error: { code: 400, message: 'The request body is invalid', title: 'Bad Request' },
      });
    }
    const res = await call(
      emu,
      'POST',
      '/v3/auth/tokens',
      'none',
      passwordBody(emu, {}, { project: { id: 'ffffffffffffffffffffffffffffffff' } }),
    );
    assert.equal(res.status, 401);
  });

  it('GET /v3/projects?name= finds the region project (token), all projects without name, none for others', async () => {
    const token = await getToken(emu);
    const one = await call(emu, 'GET', '/v3/projects?name=cn-north-4', { token });
    assert.equal(one.status, 200);
    const list = (one.json as { projects: { id: string; name: string; enabled: boolean }[] }).projects;
    assert.deepEqual(
      list.map((p) => [p.id, p.name, p.enabled]),
      [[emu.credentials.projectId, 'cn-north-4', true]],
    );
    const all = await call(emu, 'GET', '/v3/projects', { token });
    assert.equal((all.json as { projects: unknown[] }).projects.length, 2);
    const none = await call(emu, 'GET', '/v3/projects?name=eu-west-0', { token });
    assert.deepEqual((none.json as { projects: unknown[] }).projects, []);
  });

  it('GET /v3/projects accepts AK/SK and refuses anonymous calls with an IAM body', async () => {
    const signed = await call(emu, 'GET', '/v3/projects?name=cn-north-4', { sign: true, now: clock.t });
    assert.equal(signed.status, 200);
    const anonymous = await call(emu, 'GET', '/v3/projects?name=cn-north-4', 'none');
    assert.equal(anonymous.status, 401);
    assert.equal((anonymous.json as { error: { code: number } }).error.code, 401);
  });

  it('a token works on MRS routes until it expires, then APIG.0307 with the request id', async () => {
    const token = await getToken(emu);
    assert.equal((await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token })).status, 200);
    clock.t = T0 + 59_999;
    assert.equal((await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token })).status, 200);
    clock.t = T0 + 60_000;
    const expired = await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token });
    assert.equal(expired.status, 401);
    assert.deepEqual(expired.json, {
      error_code: 'APIG.0307',
      error_msg: 'The token must be updated.',
      request_id: expired.headers.get('x-request-id'),
    });
  });

  it('expireTokens() (POST /__emulator/tokens/expire) makes issued tokens expire at once', async () => {
    const token = await getToken(emu);
    const res = await fetch(`${emu.url}/__emulator/tokens/expire`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(res.status, 200);
    assert.equal(errorOf(await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token })).error_code, 'APIG.0307');
    assert.equal((await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token: await getToken(emu) })).status, 200);
  });

  it('an unknown token or no credentials at all give APIGW.0301', async () => {
    const bad = await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token: 'MIIforged' });
    assert.equal(bad.status, 401);
    assert.equal(errorOf(bad).error_msg, 'Incorrect IAM authentication information: decrypt token fail');
    const none = await call(emu, 'GET', '/v1.1/{p}/cluster_infos', 'none');
    assert.equal(none.status, 401);
    assert.equal(errorOf(none).error_code, 'APIGW.0301');
  });

  it('an unknown project id in the path, or a token of another project, gives 401 12000001', async () => {
    const token = await getToken(emu);
    const other = await call(emu, 'GET', '/v1.1/ffffffffffffffffffffffffffffffff/cluster_infos', { token });
    assert.equal(other.status, 401);
    assert.equal(errorOf(other).error_code, '12000001');
    const eastRes = await call(
      emu,
      'POST',
      '/v3/auth/tokens',
      'none',
      passwordBody(emu, {}, { project: { name: 'cn-east-3' } }),
    );
    const east = eastRes.headers.get('x-subject-token') ?? '';
    assert.equal(errorOf(await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { token: east })).error_code, '12000001');
  });

  it("a token sent with another project's X-Project-Id gives 401 12000001; with its own project, 200", async () => {
    const token = await getToken(emu);
    const url = `${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos`;
    const withProject = (project: string): Promise<Response> =>
      fetch(url, { headers: { 'X-Auth-Token': token, 'X-Project-Id': project } });
    const other = await withProject('ffffffffffffffffffffffffffffffff');
    assert.equal(other.status, 401);
    assert.equal(((await other.json()) as { error_code: string }).error_code, '12000001');
    assert.equal((await withProject(emu.credentials.projectId)).status, 200);
  });
});

describe('emulator auth: AK/SK signatures', () => {
  const clock = { t: T0 };
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ quiet: true, now: () => clock.t });
  });
  after(() => emu.close());

  it('accepts a correct signature on GET with a query and on PUT with a body', async () => {
    assert.equal(
      (
        await call(emu, 'GET', '/v1.1/{p}/cluster_infos?pageSize=2&currentPage=1&clusterState=existing', {
          sign: true,
          now: T0,
        })
      ).status,
      200,
    );
    const id = emu.clusterIdByName('etl-nightly') ?? '';
    const body = {
      parameters: {
        scale_type: 'scale_out',
        node_id: 'node_orderadd',
        node_group: 'core_node_default_group',
        instances: 1,
      },
    };
    const put = await call(emu, 'PUT', `/v1.1/{p}/cluster_infos/${id}`, { sign: true, now: T0 }, body);
    assert.equal(put.status, 200);
  });

  it('verifies exactly the headers named in SignedHeaders (Go style: only x-sdk-date)', async () => {
    const url = `${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos`;
    const date = sdkDate(T0);
    const auth = testAuthorization({
      method: 'GET',
      url,
      headers: { 'X-Sdk-Date': date },
      ak: emu.credentials.ak,
      sk: emu.credentials.sk,
      signHost: false,
    });
    assert.match(auth, /SignedHeaders=x-sdk-date,/);
    const res = await fetch(url, { headers: { 'X-Sdk-Date': date, Authorization: auth, 'X-Unsigned': 'anything' } });
    assert.equal(res.status, 200);
  });

  it('a wrong signature gives 401 with the exact APIGW.0301 body and a 32-hex request id', async () => {
    const url = `${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos`;
    const headers = { 'X-Sdk-Date': sdkDate(T0) };
    const auth = testAuthorization({ method: 'GET', url, headers, ak: emu.credentials.ak, sk: 'not-the-secret-key' });
    const res = await fetch(url, { headers: { ...headers, Authorization: auth } });
    assert.equal(res.status, 401);
    const requestId = res.headers.get('x-request-id') ?? '';
    assert.match(requestId, HEX32);
    assert.deepEqual(await res.json(), {
      error_code: 'APIGW.0301',
      error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
      request_id: requestId,
    });
  });

  it('a body, query or signed header changed after signing fails the signature', async () => {
    const url = `${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos?pageSize=2`;
    const headers = { 'X-Sdk-Date': sdkDate(T0) };
    const auth = testAuthorization({ method: 'GET', url, headers, ak: emu.credentials.ak, sk: emu.credentials.sk });
    assert.equal((await fetch(url, { headers: { ...headers, Authorization: auth } })).status, 200);
    assert.equal(
      (await fetch(url.replace('pageSize=2', 'pageSize=3'), { headers: { ...headers, Authorization: auth } })).status,
      401,
    );
    assert.equal(
      (await fetch(url, { headers: { 'X-Sdk-Date': sdkDate(T0 + 1000), Authorization: auth } })).status,
      401,
    );
    const putUrl = `${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos/${emu.clusterIdByName('etl-nightly') ?? ''}`;
    const putHeaders = { 'X-Sdk-Date': sdkDate(T0), 'Content-Type': 'application/json' };
    const putAuth = testAuthorization({
      method: 'PUT',
      url: putUrl,
      headers: putHeaders,
      body: '{"parameters":{}}',
      ak: emu.credentials.ak,
      sk: emu.credentials.sk,
    });
    const tampered = await fetch(putUrl, {
      method: 'PUT',
      headers: { ...putHeaders, Authorization: putAuth },
      body: '{"parameters":{"x":1}}',
    });
    assert.equal(tampered.status, 401);
  });

  it('an unknown AK or a SignedHeaders without x-sdk-date is refused', async () => {
    const url = `${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos`;
    const headers = { 'X-Sdk-Date': sdkDate(T0) };
    const unknown = testAuthorization({
      method: 'GET',
      url,
      headers,
      ak: 'UNKNOWNAK00000000000',
      sk: emu.credentials.sk,
    });
    const res = await fetch(url, { headers: { ...headers, Authorization: unknown } });
    assert.equal(res.status, 401);
    assert.equal(
      ((await res.json()) as { error_msg: string }).error_msg,
      'Incorrect IAM authentication information: Get secretKey failed',
    );
    const noDate = testAuthorization({
      method: 'GET',
      url,
      headers: {},
      ak: emu.credentials.ak,
      sk: emu.credentials.sk,
    });
    assert.equal((await fetch(url, { headers: { ...headers, Authorization: noDate } })).status, 401);
  });

  it('X-Sdk-Date up to 15 minutes off is accepted; more is refused (both directions)', async () => {
    const fifteen = 15 * 60 * 1000;
    for (const [offset, status] of [
      [-fifteen, 200],
      [fifteen, 200],
      [-fifteen - 1000, 401],
      [fifteen + 1000, 401],
    ] as const) {
      const res = await call(emu, 'GET', '/v1.1/{p}/cluster_infos', { sign: true, now: T0 + offset });
      assert.equal(res.status, status, `offset ${offset} ms`);
      if (status === 401) {
        assert.equal(errorOf(res).error_code, 'APIGW.0301');
        assert.match(errorOf(res).error_msg ?? '', /15 minutes/);
      }
    }
  });

  it('an X-Project-Id that differs from the path project gives 12000001', async () => {
    const res = await call(emu, 'GET', '/v1.1/{p}/cluster_infos', {
      sign: true,
      now: T0,
      headers: { 'X-Project-Id': 'ffffffffffffffffffffffffffffffff' },
    });
    assert.equal(res.status, 401);
    assert.equal(errorOf(res).error_code, '12000001');
  });
});
