import assert from 'node:assert/strict';
import { isMrsApiError } from '../../../../src/core/api/errors';
import {
  GLOBAL_IAM_ENDPOINT,
  MRS_REGIONS,
  checkEndpointUrl,
  iamEndpoint,
  isLoopbackHost,
  joinUrl,
  mrsEndpoint,
} from '../../../../src/core/api/regions';

const refused = (e: unknown): boolean => isMrsApiError(e, 'configuration');

describe('regions and endpoints', () => {
  it('has the 33 MRS regions of the SDK table', () => {
    assert.equal(MRS_REGIONS.length, 33);
    assert.equal(new Set(MRS_REGIONS).size, 33);
  });

  it('builds mrs.{region}.myhuaweicloud.com for ordinary regions', () => {
    assert.equal(mrsEndpoint('cn-north-4').href, 'https://mrs.cn-north-4.myhuaweicloud.com/');
    assert.equal(mrsEndpoint('my-kualalumpur-1').href, 'https://mrs.my-kualalumpur-1.myhuaweicloud.com/');
  });

  it('uses the .cn and .eu exceptions', () => {
    assert.equal(mrsEndpoint('ap-southeast-1').host, 'mrs.ap-southeast-1.myhuaweicloud.cn');
    assert.equal(mrsEndpoint('ap-southeast-4').host, 'mrs.ap-southeast-4.myhuaweicloud.cn');
    assert.equal(mrsEndpoint('ru-northwest-2').host, 'mrs.ru-northwest-2.myhuaweicloud.cn');
    assert.equal(mrsEndpoint('eu-west-101').host, 'mrs.eu-west-101.myhuaweicloud.eu');
  });

  it('uses regional IAM (.com even where MRS is .cn, .eu for eu-west-101) and the global fallback', () => {
    assert.equal(iamEndpoint('cn-north-4').host, 'iam.cn-north-4.myhuaweicloud.com');
    assert.equal(iamEndpoint('ap-southeast-1').host, 'iam.ap-southeast-1.myhuaweicloud.com');
    assert.equal(iamEndpoint('eu-west-101').host, 'iam.eu-west-101.myhuaweicloud.eu');
    assert.equal(iamEndpoint('cn-south-2').host, 'iam.cn-south-2.myhuaweicloud.com');
    for (const region of [
      'cn-north-11',
      'cn-south-4',
      'cn-southwest-3',
      'ap-southeast-5',
      'af-north-1',
      'ru-northwest-2',
    ]) {
      assert.equal(iamEndpoint(region).href, `${GLOBAL_IAM_ENDPOINT}/`, region);
    }
  });

  it('prefers explicit overrides and refuses malformed regions', () => {
    assert.equal(
      mrsEndpoint('cn-north-4', 'https://mrs.example.test:8443/base').href,
      'https://mrs.example.test:8443/base',
    );
    assert.equal(iamEndpoint('cn-north-4', ' http://127.0.0.1:9000 ').href, 'http://127.0.0.1:9000/');
    assert.equal(mrsEndpoint('cn-north-4', '  ').host, 'mrs.cn-north-4.myhuaweicloud.com');
    assert.throws(() => mrsEndpoint('evil.example.com/x'), refused);
    assert.throws(() => iamEndpoint(''), refused);
  });

  it('accepts https anywhere and http only on loopback', () => {
    for (const ok of [
      'https://mrs.example.com',
      'http://127.0.0.1:8080',
      'http://127.1.2.3',
      'http://localhost:3000',
      'http://LOCALHOST',
      'http://[::1]:8080',
    ]) {
      assert.doesNotThrow(() => checkEndpointUrl(ok), ok);
    }
    for (const bad of [
      'http://mrs.example.com',
      'http://128.0.0.1',
      'http://10.0.0.1',
      'http://localhost.evil.com',
      'http://[::2]',
      'ftp://127.0.0.1',
      'not a url',
    ]) {
      assert.throws(() => checkEndpointUrl(bad), refused, bad);
    }
  });

  it('refuses user info, query and fragment in endpoints', () => {
    for (const bad of [
      'https://user:pw@mrs.example.com',
      'https://mrs.example.com/?x=1',
      'https://mrs.example.com/#f',
    ]) {
      assert.throws(() => checkEndpointUrl(bad), refused, bad);
    }
  });

  it('recognises loopback host names', () => {
    assert.ok(isLoopbackHost('127.0.0.1'));
    assert.ok(isLoopbackHost('127.255.255.254'));
    assert.ok(!isLoopbackHost('127.0.0.256'));
    assert.ok(!isLoopbackHost('127.0.0'));
  });

  it('joins paths under a base path and encodes the query with %20, never +', () => {
    const url = joinUrl(new URL('http://127.0.0.1:8080/mrs/'), '/v1.1/p/cluster_infos', {
      clusterName: 'a b+c',
      skip: undefined,
      pageSize: 10,
    });
    assert.equal(url.href, 'http://127.0.0.1:8080/mrs/v1.1/p/cluster_infos?clusterName=a%20b%2Bc&pageSize=10');
  });
});
