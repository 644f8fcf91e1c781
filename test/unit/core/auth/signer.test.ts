import assert from 'node:assert/strict';
import {
  EMPTY_BODY_SHA256,
  canonicalQuery,
  canonicalUri,
  formatSdkDate,
  percentEncode,
  sha256Hex,
  signRequest,
  type SignableRequest,
  type SignOptions,
  type SigningKey,
} from '../../../../src/core/auth/signer';

const EXAMPLE_KEY: SigningKey = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
const V1_KEY: SigningKey = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
const VPCS =
  'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0';

interface Vector {
  readonly id: string;
  readonly source: string;
  readonly request: SignableRequest;
  readonly key: SigningKey;
  readonly options?: SignOptions;
  readonly authorization: string;
}

const auth = (ak: string, signed: string, signature: string): string =>
  `SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=${signed}, Signature=${signature}`;

const PUBLISHED: readonly Vector[] = [
  {
    id: 'V1',
    source: 'API signing guide (api-sign-algorithm-003..005)',
    request: {
      method: 'GET',
      url: VPCS,
      headers: {
        'Content-Type': 'application/json',
        Host: 'service.region.example.com',
        'X-Sdk-Date': '20191115T033655Z',
      },
    },
    key: V1_KEY,
    authorization: auth(
      'QTWAOYTTINDUT2QVKYUC',
      'content-type;host;x-sdk-date',
      '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    ),
  },
  {
    id: 'V2',
    source: 'Go SDK signer_test testParam1 (Go signs only present headers; underscore header dropped)',
    request: {
      method: 'GET',
      url: 'https://example.huaweicloud.com/path?limit=1',
      headers: { 'X-Sdk-Date': '20060102T150405Z', TEST_UNDERSCORE: 'TEST_VALUE' },
    },
    key: EXAMPLE_KEY,
    options: { signedHeaders: ['x-sdk-date'] },
    authorization: auth('AccessKey', 'x-sdk-date', '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624'),
  },
  {
    id: 'V3',
    source: 'Go SDK signer_test testParam2 (body ends with the \\n of json.Encoder)',
    request: {
      method: 'POST',
      url: 'https://example.huaweicloud.com/path?key=value',
      headers: { 'X-Sdk-Date': '20060102T150405Z', TEST_UNDERSCORE: 'TEST_VALUE', 'Content-Type': 'application/json' },
      body: '{"Name":"test","Id":1}\n',
    },
    key: EXAMPLE_KEY,
    options: { signedHeaders: ['x-sdk-date'] },
    authorization: auth('AccessKey', 'x-sdk-date', 'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59'),
  },
  {
    id: 'V4',
    source: 'Python SDK test_signer1',
    request: {
      method: 'GET',
      url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
      headers: { 'X-Sdk-Date': '20200608T023900Z' },
    },
    key: EXAMPLE_KEY,
    authorization: auth(
      'AccessKey',
      'host;x-sdk-date',
      'cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    ),
  },
  {
    id: 'V5',
    source: 'Python SDK test_signer2',
    request: {
      method: 'POST',
      url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
      headers: { 'X-Sdk-Date': '20200608T023900Z' },
      body: '{"name":"test","id":1}',
    },
    key: EXAMPLE_KEY,
    authorization: auth(
      'AccessKey',
      'host;x-sdk-date',
      '436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f',
    ),
  },
  {
    id: 'V6',
    source: 'Java SDK testAKSKSigner (content-type present, not signed)',
    request: {
      method: 'GET',
      url: VPCS,
      headers: { 'X-Sdk-Date': '20191115T033655Z', 'Content-Type': 'application/json' },
    },
    key: EXAMPLE_KEY,
    options: { signedHeaders: ['host', 'x-sdk-date'] },
    authorization: auth(
      'AccessKey',
      'host;x-sdk-date',
      'fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d',
    ),
  },
  {
    id: 'V7',
    source: 'Java SDK testAKSKSigner2',
    request: {
      method: 'POST',
      url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123',
      headers: { 'X-Sdk-Date': '20191115T033655Z' },
      body: '{"key":"value"}',
    },
    key: EXAMPLE_KEY,
    authorization: auth(
      'AccessKey',
      'host;x-sdk-date',
      'b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771',
    ),
  },
  {
    id: 'V8',
    source: 'Java SDK testAKSKSigner3 (no path; Host header overrides the URL host)',
    request: {
      method: 'GET',
      url: 'https://service.region.example.com',
      headers: { 'X-Sdk-Date': '20191115T033655Z', Host: 'example.com' },
    },
    key: EXAMPLE_KEY,
    authorization: auth(
      'AccessKey',
      'host;x-sdk-date',
      '919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6',
    ),
  },
];

const MRS_HOST = 'mrs.cn-north-4.myhuaweicloud.com';
const PROJECT = '0123456789abcdef0123456789abcdef';
const MRS_HEADERS = { Host: MRS_HOST, 'X-Sdk-Date': '20240101T000000Z', 'X-Project-Id': PROJECT };
const D2_BODY =
  '{"parameters":{"scale_type":"scale_out","node_id":"node_orderadd","node_group":"core_node_default_group","instances":1}}';

const DERIVED: readonly Vector[] = [
  {
    id: 'D1',
    source: 'docs/mrs-api.md §2.2.3, list clusters',
    request: {
      method: 'GET',
      url: `https://${MRS_HOST}/v1.1/${PROJECT}/cluster_infos?pageSize=10&currentPage=1&clusterState=existing`,
      headers: MRS_HEADERS,
    },
    key: EXAMPLE_KEY,
    authorization: auth(
      'AccessKey',
      'host;x-project-id;x-sdk-date',
      '04704c0f380e438a1a86948b8c95bfc8b51d1422eb061d42f12298a38346ab06',
    ),
  },
  {
    id: 'D2',
    source: 'docs/mrs-api.md §2.2.3, resize PUT',
    request: {
      method: 'PUT',
      url: `https://${MRS_HOST}/v1.1/${PROJECT}/cluster_infos/11111111-2222-3333-4444-555555555555`,
      headers: { ...MRS_HEADERS, 'Content-Type': 'application/json' },
      body: D2_BODY,
    },
    key: EXAMPLE_KEY,
    authorization: auth(
      'AccessKey',
      'content-type;host;x-project-id;x-sdk-date',
      '9b288ffd7fe63f543e6f2bdbaba45615490a3ffe13a20b183b76af25d043f452',
    ),
  },
];

describe('SDK-HMAC-SHA256 signer', () => {
  describe('published vectors (docs/mrs-api.md §2.2.2), byte for byte', () => {
    for (const v of PUBLISHED) {
      it(`${v.id}: ${v.source}`, () => {
        assert.equal(signRequest(v.request, v.key, v.options).authorization, v.authorization);
      });
    }

    it('V1 intermediate values: canonical request and string to sign as published', () => {
      const signed = signRequest(PUBLISHED[0].request, V1_KEY);
      const expected = [
        'GET',
        '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        'content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n',
        'content-type;host;x-sdk-date',
        EMPTY_BODY_SHA256,
      ].join('\n');
      assert.equal(signed.canonicalRequest, expected);
      assert.equal(
        signed.stringToSign,
        'SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
      );
    });
  });

  describe('derived (not published) MRS vectors of docs/mrs-api.md §2.2.3', () => {
    for (const v of DERIVED) {
      it(`${v.id} derived (not published): ${v.source}`, () => {
        assert.equal(signRequest(v.request, v.key).authorization, v.authorization);
      });
    }

    it('D1 derived (not published): canonical query and hashed canonical request', () => {
      const signed = signRequest(DERIVED[0].request, EXAMPLE_KEY);
      assert.equal(signed.canonicalRequest.split('\n')[2], 'clusterState=existing&currentPage=1&pageSize=10');
      assert.equal(
        signed.stringToSign.split('\n')[2],
        '67f69ad6dd692d12ba5ea1eefb2a577a8ae2fa42800b6eef4c6b4c91bf2dc5aa',
      );
    });

    it('D2 derived (not published): payload hash of the exact body', () => {
      assert.equal(sha256Hex(D2_BODY), '6ee15b9dc0c06bd5f3ea4ccce958af92485a54b88a349896ca8b48389044a2fb');
      assert.equal(
        signRequest(DERIVED[1].request, EXAMPLE_KEY).canonicalRequest.split('\n').at(-1),
        sha256Hex(D2_BODY),
      );
    });
  });

  describe('canonical parts', () => {
    it('encodes the query like the Go SDK test (sorted, repeated names by value, reserved characters escaped)', () => {
      const params: [string, string][] = [
        ['limit', '1'],
        ['enable', 'true'],
        ['test', '一 (&=?!#%.*)'],
        ['path', '/tmp/123'],
        ['multi', '3'],
        ['multi', '1'],
        ['multi', '2'],
      ];
      assert.equal(
        canonicalQuery(params),
        'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
      );
    });

    it('sorts upper case before lower case and keeps the "=" of empty values', () => {
      assert.equal(
        canonicalQuery([
          ['b', ''],
          ['B', 'x'],
          ['a', 'k1*v1,k2'],
        ]),
        'B=x&a=k1%2Av1%2Ck2&b=',
      );
    });

    it('appends a trailing slash to the canonical URI and encodes segments', () => {
      assert.equal(canonicalUri('/v1.1/p/cluster_infos'), '/v1.1/p/cluster_infos/');
      assert.equal(canonicalUri('/already/'), '/already/');
      assert.equal(canonicalUri(''), '/');
      assert.equal(canonicalUri('/a%20b/c*d'), '/a%20b/c%2Ad/');
    });

    it('percent-encodes everything but unreserved characters, upper-case hex', () => {
      assert.equal(percentEncode("AZaz09-_.~ !'()*/,="), 'AZaz09-_.~%20%21%27%28%29%2A%2F%2C%3D');
    });

    it('formats X-Sdk-Date as YYYYMMDDTHHMMSSZ in UTC', () => {
      assert.equal(formatSdkDate(new Date(Date.UTC(2019, 10, 15, 3, 36, 55, 789))), '20191115T033655Z');
    });
  });

  describe('behaviour', () => {
    const base: SignableRequest = {
      method: 'PUT',
      url: `https://${MRS_HOST}/v1.1/p/cluster_infos/c`,
      headers: { 'X-Sdk-Date': '20240101T000000Z' },
    };

    it('hashes the exact body bytes: one extra newline changes the signature', () => {
      const a = signRequest({ ...base, body: '{"a":1}' }, EXAMPLE_KEY);
      const b = signRequest({ ...base, body: '{"a":1}\n' }, EXAMPLE_KEY);
      const bytes = signRequest({ ...base, body: Buffer.from('{"a":1}') }, EXAMPLE_KEY);
      assert.notEqual(a.signature, b.signature);
      assert.equal(bytes.signature, a.signature);
    });

    it('signs host (from the URL) and every header present except names with "_" by default', () => {
      const signed = signRequest(
        { ...base, headers: { ...base.headers, 'X-Project-Id': 'p', 'X-Security-Token': 'sts', A_B: 'x' } },
        EXAMPLE_KEY,
      );
      assert.equal(signed.signedHeaders, 'host;x-project-id;x-sdk-date;x-security-token');
      assert.match(signed.canonicalRequest, new RegExp(`\nhost:${MRS_HOST.replace(/\./g, '\\.')}\n`));
    });

    it('always signs x-sdk-date, and uses UNSIGNED-PAYLOAD when asked', () => {
      const signed = signRequest(
        { ...base, headers: { ...base.headers, 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' }, body: 'x' },
        EXAMPLE_KEY,
        {
          signedHeaders: ['host'],
        },
      );
      assert.equal(signed.signedHeaders, 'host;x-sdk-date');
      assert.equal(signed.canonicalRequest.split('\n').at(-1), 'UNSIGNED-PAYLOAD');
    });

    it('refuses to sign without X-Sdk-Date', () => {
      assert.throws(() => signRequest({ ...base, headers: {} }, EXAMPLE_KEY), /X-Sdk-Date/);
    });
  });
});
