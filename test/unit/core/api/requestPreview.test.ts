// The preview of the resize PUT is built by the steps that send it: the same headers in the same
// order for every way to sign in, the values of those without a secret, and no secret value at all.
import assert from 'node:assert/strict';
import type { Credential } from '../../../../src/core/auth/credentials';
import { CLUSTER_ID, aResizeRequestDto } from '../../../support/builders';
import { AKSK, PASSWORD, TOKEN, clusterPath, harness, issueIamTokens } from '../../../support/unit/harness';

const PUT = clusterPath(CLUSTER_ID);
const body = aResizeRequestDto();
const STS: Credential = { ...AKSK, securityToken: 'SECURITYTOKEN-abcdefghijklmnopqrstuvwxyz-0123456789' };

describe('MrsClient.previewResize: what resize sends, secrets named and never filled', () => {
  for (const credential of [AKSK, STS, TOKEN, PASSWORD]) {
    const label = credential.kind === 'aksk' && credential.securityToken ? 'aksk + security token' : credential.kind;
    it(`${label}: the headers sent, in order; values only where no secret is`, async () => {
      const h = harness(credential);
      issueIamTokens(h, 'iam-token-0123456789abcdef');
      h.server.on('PUT', PUT, { status: 200, body: { result: 'succeeded' } });
      const preview = await h.client.previewCall(CLUSTER_ID, 'v1.1', body);
      assert.equal(h.server.requestsTo('PUT', PUT).length, 0, 'a preview sends nothing');
      await h.client.resize(CLUSTER_ID, body);
      const [sent] = h.server.requestsTo('PUT', PUT);
      assert.equal(preview.url, sent.url.toString());
      assert.equal(preview.method, 'PUT');
      assert.deepEqual(preview.body, JSON.parse(String(sent.body)));
      assert.deepEqual(
        preview.headers.map((p) => p.name),
        Object.keys(sent.headers),
      );
      for (const p of preview.headers) {
        const expected = /^(authorization|x-auth-token|x-security-token)$/i.test(p.name)
          ? 'secret'
          : p.name === 'X-Sdk-Date'
            ? 'whenSent'
            : 'value';
        assert.equal(p.shown, expected, p.name);
        if (p.shown === 'value') {
          assert.equal(p.value, sent.headers[p.name], p.name);
        }
      }
      const text = JSON.stringify(preview);
      const secretValues = Object.entries(sent.headers)
        .filter(([name]) => /^(authorization|x-auth-token|x-security-token|x-sdk-date)$/i.test(name))
        .map(([, v]) => v);
      assert.ok(secretValues.length > 0);
      for (const secret of secretValues) {
        assert.ok(!text.includes(secret), `${secret.slice(0, 6)}… is not in the preview`);
      }
    });
  }

  it('without a body (a request file with errors): the headers of a PUT with one, no body', async () => {
    const h = harness(AKSK);
    const preview = await h.client.previewCall(CLUSTER_ID, 'v1.1', undefined);
    assert.equal(preview.body, undefined);
    assert.ok(preview.headers.some((p) => p.name === 'Content-Type'));
  });
});
