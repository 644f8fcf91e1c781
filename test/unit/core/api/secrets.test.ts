// Every secret goes through successful and failing calls, and servers that echo them back; none may
// show up in a log line (message or argument) or in an error (message, stack, snippet, fields).
import assert from 'node:assert/strict';
import type { Credential } from '../../../../src/core/auth/credentials';
import {
  CLUSTER_ID,
  aClusterDto,
  aClusterListDto,
  aResizeRequestDto,
  anIamTokenResponseDto,
} from '../../../support/builders';
import type { RecordedRequest, Reply } from '../../../support/unit/FakeServer';
import {
  AKSK,
  CLUSTERS_PATH,
  PASSWORD,
  TOKEN,
  clusterPath,
  harness,
  hostsPath,
  type Harness,
} from '../../../support/unit/harness';

const STS = 'STS-security-token-0123456789abcdefXYZ';
const IAM_TOKEN = 'MIIZtokenFromIamXSubjectToken0123456789abcdefghijklmnop';
const AKSK_STS: Credential = { ...AKSK, securityToken: STS };

/**
 * A server that repeats every header and the body back to the client. With AK/SK it also repeats the
 * SK (which never travels) to stand for the worst echo imaginable.
 */
function echo(status: number, html = false): Reply {
  return {
    dynamic: (req: RecordedRequest) => {
      const sk = req.headers.Authorization === undefined ? [] : [AKSK.secretKey];
      const leak = [...Object.values(req.headers), req.body?.toString('utf8') ?? '', ...sk].join(' | ');
      return html
        ? { status, body: `<html><body><pre>${leak}</pre></body></html>` }
        : {
            status,
            body: {
              error_code: 'APIGW.0301',
              error_msg: `verify aksk signature fail, canonicalRequest: ${leak}`,
              request_id: leak.slice(0, 80),
            },
          };
    },
  };
}

/** A failure whose raw message holds the AK/SK secrets: only its code may be used. */
function failWithSecretInMessage(code: string): Reply {
  return { networkError: code, message: `socket hang up while sending ${AKSK.accessKey} ${AKSK.secretKey} ${STS}` };
}

async function expectFailure(p: Promise<unknown>, errors: unknown[]): Promise<void> {
  try {
    await p;
  } catch (e) {
    errors.push(e);
    return;
  }
  assert.fail('the call was expected to fail');
}

function errorText(e: unknown): string {
  if (!(e instanceof Error)) {
    return String(e);
  }
  return [e.message, e.stack ?? '', JSON.stringify({ ...e })].join('\n');
}

function signaturesOf(h: Harness): string[] {
  return h.server.requests.flatMap((r) => /Signature=([0-9a-f]{64})/.exec(r.headers.Authorization ?? '')?.[1] ?? []);
}

async function exerciseAkSk(errors: unknown[]): Promise<Harness> {
  const h = harness(AKSK_STS);
  h.server.on(
    'GET',
    CLUSTERS_PATH,
    { status: 200, body: aClusterListDto([aClusterDto()]) },
    echo(500),
    echo(502, true),
    echo(503),
  );
  h.server.on('GET', clusterPath(CLUSTER_ID), echo(401));
  h.server.on('GET', hostsPath(CLUSTER_ID), failWithSecretInMessage('ECONNRESET'));
  h.server.on(
    'PUT',
    clusterPath(CLUSTER_ID),
    { status: 200, body: { result: 'succeeded' } },
    echo(200, true),
    echo(500),
    failWithSecretInMessage('ECONNRESET'),
  );
  await h.client.listClustersPage();
  await expectFailure(h.client.listClustersPage(), errors);
  await expectFailure(h.client.getCluster(CLUSTER_ID), errors);
  await expectFailure(h.client.listHosts(CLUSTER_ID), errors);
  await h.client.resize(CLUSTER_ID, aResizeRequestDto());
  for (let i = 0; i < 3; i++) {
    await expectFailure(h.client.resize(CLUSTER_ID, aResizeRequestDto()), errors);
  }
  return h;
}

async function exercisePassword(errors: unknown[]): Promise<Harness> {
  const h = harness(PASSWORD, { projectId: undefined });
  const expires = new Date(h.clock.nowMs + 24 * 3600_000).toISOString();
  const issued = { status: 201, headers: { 'X-Subject-Token': IAM_TOKEN }, body: anIamTokenResponseDto(expires) };
  h.server.on('POST', '/v3/auth/tokens', echo(401), echo(400, true), issued);
  h.server.on('GET', /\/cluster_infos$/, { status: 200, body: aClusterListDto([]) }, echo(403), echo(401));
  h.server.on('PUT', /\/cluster_infos\//, echo(401), echo(401));
  await expectFailure(h.client.listClustersPage(), errors);
  await expectFailure(h.client.listClustersPage(), errors);
  await h.client.listClustersPage();
  await expectFailure(h.client.listClustersPage(), errors);
  await expectFailure(h.client.listClustersPage(), errors);
  await expectFailure(h.client.resize(CLUSTER_ID, aResizeRequestDto()), errors);
  return h;
}

async function exerciseToken(errors: unknown[]): Promise<Harness> {
  const h = harness(TOKEN);
  h.server.on(
    'GET',
    clusterPath(CLUSTER_ID),
    { status: 200, body: { cluster: aClusterDto() } },
    echo(401),
    echo(200, true),
  );
  await h.client.getCluster(CLUSTER_ID);
  await expectFailure(h.client.getCluster(CLUSTER_ID), errors);
  await expectFailure(h.client.getCluster(CLUSTER_ID), errors);
  return h;
}

describe('secrets never reach logs or errors', () => {
  it('AK, SK, security token, password, tokens and signatures stay out of every log line and error', async () => {
    const errors: unknown[] = [];
    const runs = [await exerciseAkSk(errors), await exercisePassword(errors), await exerciseToken(errors)];
    const secrets = [
      AKSK.accessKey,
      AKSK.secretKey,
      STS,
      PASSWORD.password,
      IAM_TOKEN,
      TOKEN.token,
      ...runs.flatMap(signaturesOf),
    ];

    // The test means something only if the secrets really travelled and were echoed back.
    const sent = runs
      .flatMap((h) => h.server.requests.map((r) => `${JSON.stringify(r.headers)} ${r.body?.toString() ?? ''}`))
      .join('\n');
    // The SK itself never travels (it keys the HMAC); the echoes and failure messages below carry it.
    for (const secret of secrets.filter((s) => s !== AKSK.secretKey)) {
      assert.ok(sent.includes(secret), `the fake server never saw ${secret.slice(0, 4)}…`);
    }
    assert.ok(signaturesOf(runs[0]).length >= 8);
    assert.equal(errors.length, 13);

    const logs = runs.map((h) => h.logger.text()).join('\n');
    assert.match(logs, /PUT \/v1\.1\/[0-9a-f]+\/cluster_infos\/[-0-9a-f]+ → 500/);
    assert.match(logs, /body starts: <html>/);
    const errorTexts = errors.map(errorText).join('\n');
    assert.match(errorTexts, /verify aksk signature fail/);
    for (const secret of secrets) {
      assert.ok(!logs.includes(secret), `a log line contains ${secret.slice(0, 4)}…`);
      assert.ok(!errorTexts.includes(secret), `an error contains ${secret.slice(0, 4)}…`);
    }
  });
});
