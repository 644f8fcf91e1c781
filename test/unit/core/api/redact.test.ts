// The redactor against every form a secret can come back in (checked by an oracle that decodes the
// text on its own, test/support/secretForms.ts), and against over-redaction of ordinary text.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { makeRedactor, redactError } from '../../../../src/core/api/redact';
import { aClusterDto, aClusterListDto } from '../../../support/builders';
import { secretFormsIn } from '../../../support/secretForms';
import { AKSK, CLUSTERS_PATH, harness } from '../../../support/unit/harness';

const AK = 'QTWAOYTTINDUT2QVKYUC';
const TOKEN = 'MIIatAYJKoZIhvcNAQcCoIIapTCCGqECAQExDTALBglghkgB+Z/w==';
const AUTHORIZATION = `SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host;x-sdk-date, Signature=${'ab'.repeat(32)}`;

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
const everyByte = (s: string): string => Array.from(Buffer.from(s, 'utf8'), (b) => `%${b.toString(16)}`).join('');
/** Cut every `width` characters, as MIME and PEM wrap base64. */
const wrapped = (s: string, width: number, br = '\r\n'): string =>
  (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(br);

/** One text per form, each holding `secret` in it, some inside longer texts at every alignment. */
function echoes(secret: string): Record<string, string> {
  return {
    raw: `token ${secret} echoed`,
    json: JSON.stringify({ error_msg: `bad ${secret}` }),
    'base64 of the header': b64(`Authorization: ${AUTHORIZATION.replace(AK, secret)}`),
    'base64, offset 1': b64(`x${secret}y`),
    'base64, offset 2': b64(`xy${secret}z`),
    'base64url, offset 0': b64url(`${secret}?`),
    'base64 wrapped at 76': wrapped(b64(`X-Auth-Token: ${secret}; Authorization: ${AUTHORIZATION}`), 76),
    'hex lower': `id=${hex(secret)}`,
    'hex upper': `id=${hex(secret).toUpperCase()}`,
    'percent (encodeURIComponent)': `q=${encodeURIComponent(secret)}`,
    'percent, lower-case escapes': `q=${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}`,
    'percent, every byte, lower': `q=${everyByte(secret)}`,
    'percent, every byte, upper': `q=${everyByte(secret).toUpperCase()}`,
    form: new URLSearchParams({ token: secret, other: 'a b' }).toString(),
    'split across lines': `begin ${secret.slice(0, 7)}\n${secret.slice(7)} end`,
    'split across lines with indentation': `begin ${secret.slice(0, 5)}\r\n    ${secret.slice(5, 12)}\n\t${secret.slice(12)}`,
    'split by a JSON escape': JSON.stringify({ error_msg: `${secret.slice(0, 9)}\n${secret.slice(9)}` }),
  };
}

describe('redaction of every form of a secret', () => {
  const redact = makeRedactor([AK, TOKEN, AUTHORIZATION]);

  for (const secret of [AK, TOKEN]) {
    for (const [form, text] of Object.entries(echoes(secret))) {
      it(`${secret.slice(0, 4)}… ${form}`, () => {
        assert.notDeepEqual(secretFormsIn(text, secret), [], 'the oracle sees the secret before');
        const clean = redact(text);
        assert.deepEqual(secretFormsIn(clean, secret), [], clean);
        assert.match(clean, /\*\*\*/);
      });
    }
  }

  it('leaves ordinary text alone, short secrets included', () => {
    const text = 'MRS.300: MRS internal error. Request 0123456789abcdef0123456789abcdef, "abc" 100%';
    assert.equal(makeRedactor([AK, 'abc', undefined, '']).call(undefined, text), text);
    assert.equal(redact(JSON.stringify({ result: 'succeeded' })), '{"result":"succeeded"}');
  });

  it('keeps what is around a secret split across lines, line breaks included', () => {
    assert.equal(redact(`a ${AK.slice(0, 10)}\n  ${AK.slice(10)} b\nnext line`), 'a *** b\nnext line');
  });

  it('scrubs the request id and the redirect target of an error too', () => {
    const error = new MrsApiError('x', {
      kind: 'invalidResponse',
      requestId: b64(AK),
      redirectTo: `https://evil.example/${hex(AK)}`,
      resentAfter401: true,
    });
    const clean = redactError(error, redact);
    assert.deepEqual(secretFormsIn(clean.requestId ?? '', AK), []);
    assert.match(clean.requestId ?? '', /^\*\*\*/);
    assert.deepEqual([clean.redirectTo, clean.resentAfter401], ['https://evil.example/***', true]);
  });

  it('scrubs every string an answer is read into (a cluster named with the AK in base64), keys untouched', async () => {
    const h = harness(AKSK);
    const echoed = aClusterDto({ clusterName: `c-${b64(`Access=${AKSK.accessKey}`)}`, stageDesc: hex(AKSK.accessKey) });
    h.server.on('GET', CLUSTERS_PATH, {
      status: 200,
      body: aClusterListDto([echoed]),
      headers: { 'X-Request-Id': b64(AKSK.accessKey) },
    });
    const [cluster] = (await h.client.listClustersPage()).clusters;
    assert.deepEqual(secretFormsIn(JSON.stringify(cluster), AKSK.accessKey), []);
    assert.match(cluster.name, /^c-/);
    assert.deepEqual(secretFormsIn(h.logger.text(), AKSK.accessKey), []);
  });

  it('reads an answer whose keys contain a secret (a token that is also a JSON key) and scrubs only values', async () => {
    const h = harness({ kind: 'token', token: 'clusterName' });
    h.server.on('GET', CLUSTERS_PATH, {
      status: 200,
      body: aClusterListDto([aClusterDto({ clusterName: 'clusterName-7' })]),
    });
    const [cluster] = (await h.client.listClustersPage()).clusters;
    assert.equal(cluster.name, '***-7');
  });
});
