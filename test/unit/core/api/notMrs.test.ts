// The transport's handling of an endpoint that is not MRS, with a scripted fetch: TLS failures are not
// retried and a once-only PUT is "not sent" only when the handshake provably failed before it; a
// redirect is never followed and never shows a secret or a query.
import assert from 'node:assert/strict';
import { explainError } from '../../../../src/core/api/catalog';
import { isOutcomeUnknown, NOT_MRS_CODES } from '../../../../src/core/api/errors';
import { CLUSTER_ID, aResizeRequestDto } from '../../../support/builders';
import { AKSK, clusterPath, harness } from '../../../support/unit/harness';

const GET = clusterPath(CLUSTER_ID);

describe('an endpoint that is not MRS (transport)', () => {
  for (const [reason, code] of [
    ['DEPTH_ZERO_SELF_SIGNED_CERT', NOT_MRS_CODES.tlsCertificate],
    ['CERT_HAS_EXPIRED', NOT_MRS_CODES.tlsCertificate],
    ['ERR_TLS_CERT_ALTNAME_INVALID', NOT_MRS_CODES.tlsCertificate],
    ['EPROTO', NOT_MRS_CODES.tlsNotHttps],
    ['ERR_SSL_WRONG_VERSION_NUMBER', NOT_MRS_CODES.tlsNotHttps],
  ] as const) {
    it(`reads: ${reason} is ${code}, a configuration error tried once`, async () => {
      const h = harness();
      h.server.on('GET', GET, { networkError: reason });
      await assert.rejects(h.client.getCluster(CLUSTER_ID), { kind: 'configuration', code });
      assert.equal(h.server.requestsTo('GET', GET).length, 1);
      assert.deepEqual(h.sleeper.delays, []);
    });
  }

  it('keeps ECONNRESET a network error that is retried (not a TLS problem)', async () => {
    const h = harness();
    h.server.on('GET', GET, { networkError: 'ECONNRESET' });
    await assert.rejects(h.client.getCluster(CLUSTER_ID), { kind: 'network', code: undefined });
    assert.equal(h.server.requestsTo('GET', GET).length, 3);
  });

  it('PUT: an untrusted certificate means never sent; EPROTO may come after sending, so the outcome is unknown', async () => {
    const cert = harness();
    cert.server.on('PUT', GET, { networkError: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    const refused = await cert.client.resize(CLUSTER_ID, aResizeRequestDto()).catch((e: unknown) => e);
    assert.ok(!isOutcomeUnknown(refused));
    assert.match(explainError(refused, 'en').explanation, /certificate of mrs\.cn-north-4\.myhuaweicloud\.com/);
    const proto = harness();
    proto.server.on('PUT', GET, { networkError: 'EPROTO' });
    const unknown = await proto.client.resize(CLUSTER_ID, aResizeRequestDto()).catch((e: unknown) => e);
    assert.ok(isOutcomeUnknown(unknown));
    assert.match(explainError(unknown, 'en').explanation, /may or may not have been applied/);
    assert.equal(proto.server.requestsTo('PUT', GET).length, 1);
  });

  it('does not follow a redirect, and names its target without a query or a secret', async () => {
    const h = harness();
    const location = `https://other.example.com/${AKSK.accessKey}/login?sig=${AKSK.secretKey}`;
    h.server.on('GET', GET, { status: 307, headers: { Location: location } });
    const e = await h.client.getCluster(CLUSTER_ID).catch((err: unknown) => err);
    assert.deepEqual(
      [(e as { code?: string }).code, (e as { redirectTo?: string }).redirectTo],
      [NOT_MRS_CODES.redirect, 'https://other.example.com/***/login'],
    );
    const text = explainError(e, 'zh-cn').explanation;
    assert.ok(text.includes('重定向（HTTP 307）到 https://other.example.com/***/login'), text);
    assert.equal(h.server.requests.length, 1, 'not followed');
    assert.ok(!h.logger.text().includes(AKSK.secretKey) && h.logger.text().includes('→ 307'));
  });

  it('names a relative redirect by the endpoint it came from', async () => {
    const h = harness();
    h.server.on('GET', GET, { status: 302, headers: { Location: '/sso/login' } });
    const e = await h.client.getCluster(CLUSTER_ID).catch((err: unknown) => err);
    assert.equal((e as { redirectTo?: string }).redirectTo, 'https://mrs.cn-north-4.myhuaweicloud.com/sso/login');
  });
});
