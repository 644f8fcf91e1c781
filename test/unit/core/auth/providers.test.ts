import assert from 'node:assert/strict';
import { isMrsApiError, isOutcomeUnknown } from '../../../../src/core/api/errors';
import { HttpTransport } from '../../../../src/core/api/HttpTransport';
import type { OutgoingRequest } from '../../../../src/core/auth/AuthProvider';
import { AkSkAuthProvider, StaticTokenAuthProvider } from '../../../../src/core/auth/providers';
import { credentialSecrets } from '../../../../src/core/auth/credentials';
import { ProjectIdResolver } from '../../../../src/core/auth/ProjectIdResolver';
import { signRequest } from '../../../../src/core/auth/signer';
import { CLUSTER_ID, aResizeRequestDto } from '../../../support/builders';
import { FakeServer } from '../../../support/unit/FakeServer';
import { FakeClock } from '../../../support/unit/fakes';
import { AKSK, IAM_HOST, PASSWORD, TOKEN, harness } from '../../../support/unit/harness';

const request = (): OutgoingRequest => ({
  method: 'GET',
  url: new URL('https://mrs.cn-north-4.myhuaweicloud.com/v1.1/p/cluster_infos?pageSize=10'),
  headers: { Accept: 'application/json' },
  body: undefined,
});

describe('auth providers', () => {
  it('AK/SK adds X-Sdk-Date from the clock, X-Project-Id, X-Security-Token, and a verifiable signature', async () => {
    const clock = new FakeClock(Date.UTC(2024, 4, 6, 7, 8, 9));
    const sts = { ...AKSK, securityToken: 'sts-security-token-value' };
    const req = request();
    await new AkSkAuthProvider(sts, clock.clock).authorize(req, { projectId: 'p' });
    assert.equal(req.headers['X-Sdk-Date'], '20240506T070809Z');
    assert.equal(req.headers['X-Project-Id'], 'p');
    assert.equal(req.headers['X-Security-Token'], 'sts-security-token-value');
    const { Authorization, ...rest } = req.headers;
    assert.equal(signRequest({ ...req, headers: rest }, sts).authorization, Authorization);
    assert.match(Authorization, /SignedHeaders=accept;host;x-project-id;x-sdk-date;x-security-token,/);
  });

  it('AK/SK sends X-Domain-Id only for calls without a project, and never asks for a repeat', async () => {
    const provider = new AkSkAuthProvider({ ...AKSK, domainId: 'dom' });
    const req = request();
    await provider.authorize(req, {});
    assert.equal(req.headers['X-Domain-Id'], 'dom');
    assert.equal(provider.handleUnauthorized(), false);
  });

  it('a pasted token goes in X-Auth-Token', async () => {
    const req = request();
    await new StaticTokenAuthProvider(TOKEN).authorize(req);
    assert.deepEqual(req.headers, { Accept: 'application/json', 'X-Auth-Token': TOKEN.token });
  });

  it('an empty or blank pasted token is refused before sending: configuration error CLIENT.EMPTY_TOKEN', async () => {
    for (const token of ['', ' ', '\t\n']) {
      const req = request();
      await assert.rejects(new StaticTokenAuthProvider({ kind: 'token', token }).authorize(req), {
        name: 'MrsApiError',
        kind: 'configuration',
        code: 'CLIENT.EMPTY_TOKEN',
      });
      assert.deepEqual(req.headers, { Accept: 'application/json' }, JSON.stringify(token));
    }
  });

  it('an empty pasted token sends nothing at all: no read, no resize, no project lookup', async () => {
    const empty = { kind: 'token', token: '' } as const;
    const h = harness(empty);
    const refused = { name: 'MrsApiError', kind: 'configuration', code: 'CLIENT.EMPTY_TOKEN' };
    await assert.rejects(h.client.listClustersPage(), refused);
    await assert.rejects(h.client.resize(CLUSTER_ID, aResizeRequestDto()), (e: unknown) => {
      assert.ok(isMrsApiError(e, 'configuration') && !isOutcomeUnknown(e));
      return true;
    });
    const lookup = harness(empty, { projectId: undefined });
    await assert.rejects(lookup.client.projectId(), refused);
    assert.deepEqual([h.server.requests.length, lookup.server.requests.length], [0, 0]);
  });

  it('lists the secrets of every credential kind', () => {
    assert.deepEqual(credentialSecrets({ ...AKSK, securityToken: 'sts' }), [AKSK.accessKey, AKSK.secretKey, 'sts']);
    assert.deepEqual(credentialSecrets(PASSWORD), [PASSWORD.password]);
    assert.deepEqual(credentialSecrets(TOKEN), [TOKEN.token]);
  });
});

describe('project id resolver', () => {
  const make = (server: FakeServer, configured?: string) =>
    new ProjectIdResolver({
      transport: new HttpTransport({ fetch: server.fetch }),
      iamEndpoint: new URL(`https://${IAM_HOST}`),
      region: 'cn-north-4',
      auth: new StaticTokenAuthProvider(TOKEN),
      configured,
    });

  it('uses the configured id without calling IAM', async () => {
    const server = new FakeServer();
    assert.equal(await make(server, ' given ').resolve(), 'given');
    assert.equal(server.requests.length, 0);
  });

  it('looks the region up once with the credentials and caches it', async () => {
    const server = new FakeServer().on('GET', '/v3/projects', {
      status: 200,
      body: { projects: [{ id: 'pid', name: 'cn-north-4' }], links: {} },
    });
    const resolver = make(server);
    assert.deepEqual(await Promise.all([resolver.resolve(), resolver.resolve()]), ['pid', 'pid']);
    assert.equal(await resolver.resolve(), 'pid');
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].headers['X-Auth-Token'], TOKEN.token);
    assert.equal(server.requests[0].url.searchParams.get('name'), 'cn-north-4');
  });

  it('reports a region without project as a configuration error and tries again next time', async () => {
    const server = new FakeServer().on(
      'GET',
      '/v3/projects',
      { status: 200, body: { projects: [] } },
      { status: 200, body: { projects: [{ id: 'late', name: 'cn-north-4' }] } },
    );
    const resolver = make(server);
    await assert.rejects(resolver.resolve(), { kind: 'configuration', code: 'CLIENT.NO_PROJECT' });
    assert.equal(await resolver.resolve(), 'late');
  });
});
