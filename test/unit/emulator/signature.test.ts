// The emulator's SDK-HMAC-SHA256 canonicalisation against the vectors of docs/mrs-api.md §2.2.2 (V1,
// published) and §2.2.3 (D1, D2: derived, not published), and the test signer against the same.
import assert from 'node:assert/strict';
import {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  hmacHex,
  parseAuthorization,
  parseSdkDate,
  payloadHash,
  sha256Hex,
  stringToSign,
  type SignableRequest,
} from '../../../emulator/auth/signature';
import { testAuthorization, testCanonicalRequest } from './testSigner';

interface Vector {
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  ak: string;
  sk: string;
  authorization: string;
}

const MRS = 'https://mrs.cn-north-4.myhuaweicloud.com';
const PROJECT = '0123456789abcdef0123456789abcdef';
const D_HEADERS = {
  Host: 'mrs.cn-north-4.myhuaweicloud.com',
  'X-Sdk-Date': '20240101T000000Z',
  'X-Project-Id': PROJECT,
};

const V1: Vector = {
  name: 'V1 (published, api-sign-algorithm-003..005)',
  method: 'GET',
  url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
  headers: { 'Content-Type': 'application/json', Host: 'service.region.example.com', 'X-Sdk-Date': '20191115T033655Z' },
  body: '',
  ak: 'QTWAOYTTINDUT2QVKYUC',
  sk: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
  authorization:
    'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
};

const D1: Vector = {
  name: 'D1 (derived, not published)',
  method: 'GET',
  url: `${MRS}/v1.1/${PROJECT}/cluster_infos?pageSize=10&currentPage=1&clusterState=existing`,
  headers: D_HEADERS,
  body: '',
  ak: 'AccessKey',
  sk: 'SecretKey',
  authorization:
    'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-project-id;x-sdk-date, Signature=04704c0f380e438a1a86948b8c95bfc8b51d1422eb061d42f12298a38346ab06',
};

const D2: Vector = {
  name: 'D2 (derived, not published)',
  method: 'PUT',
  url: `${MRS}/v1.1/${PROJECT}/cluster_infos/11111111-2222-3333-4444-555555555555`,
  headers: { ...D_HEADERS, 'Content-Type': 'application/json' },
  body: '{"parameters":{"scale_type":"scale_out","node_id":"node_orderadd","node_group":"core_node_default_group","instances":1}}',
  ak: 'AccessKey',
  sk: 'SecretKey',
  authorization:
    'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=9b288ffd7fe63f543e6f2bdbaba45615490a3ffe13a20b183b76af25d043f452',
};

function asReceived(v: Vector): SignableRequest {
  const u = new URL(v.url);
  const headers: Record<string, string> = {};
  for (const [k, val] of Object.entries(v.headers)) {
    headers[k.toLowerCase()] = val;
  }
  return { method: v.method, path: u.pathname, query: u.search, headers, body: Buffer.from(v.body) };
}

function emulatorAuthorization(v: Vector): string {
  const signed = Object.keys(v.headers)
    .map((h) => h.toLowerCase())
    .sort();
  const canonical = canonicalRequest(asReceived(v), signed);
  assert.ok(canonical !== undefined);
  const sig = hmacHex(v.sk, stringToSign(canonical, v.headers['X-Sdk-Date']));
  return `SDK-HMAC-SHA256 Access=${v.ak}, SignedHeaders=${signed.join(';')}, Signature=${sig}`;
}

describe('emulator AK/SK verifier: canonicalisation and vectors', () => {
  for (const v of [V1, D1, D2]) {
    it(`reproduces ${v.name} exactly`, () => {
      assert.equal(emulatorAuthorization(v), v.authorization);
    });
    it(`the test signer reproduces ${v.name} too`, () => {
      const headers = Object.fromEntries(Object.entries(v.headers).filter(([k]) => k !== 'Host'));
      assert.equal(
        testAuthorization({ method: v.method, url: v.url, headers, body: v.body, ak: v.ak, sk: v.sk }),
        v.authorization,
      );
    });
  }

  it('V1: the published hash of the canonical request and the canonical request itself', () => {
    const canonical = canonicalRequest(asReceived(V1), ['content-type', 'host', 'x-sdk-date']);
    assert.equal(
      canonical,
      [
        'GET',
        '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        'content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n',
        'content-type;host;x-sdk-date',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
    assert.equal(sha256Hex(canonical ?? ''), 'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a');
    assert.equal(
      testCanonicalRequest({
        method: 'GET',
        url: V1.url,
        headers: { 'Content-Type': 'application/json', 'X-Sdk-Date': '20191115T033655Z' },
        ak: '',
        sk: '',
      }).canonical,
      canonical,
    );
  });

  it('D1: canonical query and string-to-sign hash line', () => {
    assert.equal(
      canonicalQuery('pageSize=10&currentPage=1&clusterState=existing'),
      'clusterState=existing&currentPage=1&pageSize=10',
    );
    const canonical = canonicalRequest(asReceived(D1), ['host', 'x-project-id', 'x-sdk-date']) ?? '';
    assert.equal(
      stringToSign(canonical, '20240101T000000Z').split('\n')[2],
      '67f69ad6dd692d12ba5ea1eefb2a577a8ae2fa42800b6eef4c6b4c91bf2dc5aa',
    );
  });

  it('D2: payload hash of the exact body bytes; X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD replaces it', () => {
    assert.equal(sha256Hex(D2.body), '6ee15b9dc0c06bd5f3ea4ccce958af92485a54b88a349896ca8b48389044a2fb');
    assert.equal(payloadHash(asReceived(D2)), '6ee15b9dc0c06bd5f3ea4ccce958af92485a54b88a349896ca8b48389044a2fb');
    const unsigned = {
      ...asReceived(D2),
      headers: { ...asReceived(D2).headers, 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' },
    };
    assert.equal(payloadHash(unsigned), 'UNSIGNED-PAYLOAD');
    assert.equal(
      payloadHash({ ...asReceived(D1), body: Buffer.alloc(0) }),
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('canonical query: the Go SDK unit-test input (encoding, byte order, repeated names)', () => {
    const q =
      'limit=1&enable=true&test=' + encodeURIComponent('一 (&=?!#%.*)') + '&path=%2Ftmp%2F123&multi=3&multi=1&multi=2';
    assert.equal(
      canonicalQuery(q),
      'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
    );
    assert.equal(canonicalQuery('b=&a'), 'a=&b=');
    assert.equal(canonicalQuery('tags=k1*v1,k2'), 'tags=k1%2Av1%2Ck2');
    assert.equal(canonicalQuery(''), '');
  });

  it('canonical URI: empty path is "/", a "/" is appended, segments are re-encoded', () => {
    assert.equal(canonicalUri(''), '/');
    assert.equal(canonicalUri('/'), '/');
    assert.equal(canonicalUri('/v3/projects'), '/v3/projects/');
    assert.equal(canonicalUri('/a/b/'), '/a/b/');
    assert.equal(canonicalUri('/a%7Eb/c d'), '/a~b/c%20d/');
  });

  it('a signed header that is missing from the request makes the canonical request undefined', () => {
    assert.equal(canonicalRequest(asReceived(D1), ['host', 'x-sdk-date', 'x-missing']), undefined);
  });

  it('parses the Authorization header and refuses other shapes', () => {
    assert.deepEqual(parseAuthorization(D1.authorization), {
      ak: 'AccessKey',
      signedHeaders: ['host', 'x-project-id', 'x-sdk-date'],
      signature: '04704c0f380e438a1a86948b8c95bfc8b51d1422eb061d42f12298a38346ab06',
    });
    assert.equal(parseAuthorization(D1.authorization.replace('SDK-HMAC-SHA256 ', 'SDK-HMAC-SHA256, ')), undefined);
    assert.equal(parseAuthorization('Bearer abc'), undefined);
  });

  it('parses X-Sdk-Date and refuses malformed or impossible dates', () => {
    assert.equal(parseSdkDate('20191115T033655Z'), Date.UTC(2019, 10, 15, 3, 36, 55));
    assert.equal(parseSdkDate('2019-11-15T03:36:55Z'), undefined);
    assert.equal(parseSdkDate('20190231T000000Z'), undefined);
  });
});
