import * as assert from 'node:assert/strict';
import {
  ENVIRONMENT_CONNECTION_NAME,
  checkConnectionName,
  checkEndpoint,
  checkProjectId,
  checkRegion,
  credentialFrom,
  environmentConnection,
  parseConnectionSettings,
  secretFieldsOf,
  secretKey,
} from '../../../../src/core/connections/connection';
import type { Credential } from '../../../../src/core/auth/credentials';

describe('connections', () => {
  it('parses setting entries and drops unusable ones', () => {
    assert.deepEqual(
      parseConnectionSettings({ name: ' prod ', region: 'cn-north-4', authMethod: 'aksk', projectId: '', extra: 1 }),
      { name: 'prod', region: 'cn-north-4', authMethod: 'aksk' },
    );
    assert.equal(parseConnectionSettings({ name: 'x', region: 'cn-north-4', authMethod: 'magic' }), undefined);
    assert.equal(parseConnectionSettings({ region: 'cn-north-4', authMethod: 'aksk' }), undefined);
    assert.equal(parseConnectionSettings('prod'), undefined);
  });

  it('never reads a secret from the setting', () => {
    const parsed = parseConnectionSettings({
      name: 'p',
      region: 'cn-north-4',
      authMethod: 'aksk',
      secretKey: 'SK',
      password: 'pw',
      token: 't',
    });
    assert.deepEqual(Object.keys(parsed ?? {}).sort(), ['authMethod', 'name', 'region']);
  });

  it('checks names: empty, characters, length, duplicates (case-insensitive) and the reserved environment name', () => {
    assert.equal(checkConnectionName('  ', []), 'nameEmpty');
    assert.equal(checkConnectionName('a/b', []), 'nameInvalid');
    assert.equal(checkConnectionName('x'.repeat(64), []), undefined);
    assert.equal(checkConnectionName('x'.repeat(65), []), 'nameInvalid');
    assert.equal(checkConnectionName('Prod', ['prod']), 'nameTaken');
    assert.equal(checkConnectionName(ENVIRONMENT_CONNECTION_NAME, []), 'nameTaken');
    assert.equal(checkConnectionName('生产-北京 1', []), undefined);
  });

  it('checks regions, endpoints and project ids', () => {
    assert.equal(checkRegion('cn-north-4', false), undefined);
    assert.equal(checkRegion('xx-nowhere-1', false), 'regionUnknown');
    assert.equal(checkRegion('xx-nowhere-1', true), undefined);
    assert.equal(checkEndpoint(''), undefined);
    assert.equal(checkEndpoint('https://mrs.example.com'), undefined);
    assert.equal(checkEndpoint('http://127.0.0.1:8080'), undefined);
    assert.equal(checkEndpoint('http://mrs.example.com'), 'endpointInvalid');
    assert.equal(checkEndpoint('not a url'), 'endpointInvalid');
    assert.equal(checkProjectId('0123456789abcdef0123456789abcdef'), undefined);
    assert.equal(checkProjectId('a b'), 'projectIdInvalid');
  });

  const credentials: Credential[] = [
    { kind: 'aksk', accessKey: 'AK', secretKey: 'SK' },
    { kind: 'aksk', accessKey: 'AK', secretKey: 'SK', securityToken: 'ST' },
    { kind: 'password', userName: 'u', domainName: 'd', password: 'pw' },
    { kind: 'token', token: 'tok' },
  ];
  for (const c of credentials) {
    it(`stores and rebuilds a ${c.kind} credential through its secret fields`, () => {
      const settings = {
        name: 'n',
        region: 'cn-north-4',
        authMethod: c.kind,
        ...(c.kind === 'password' ? { userName: 'u', domainName: 'd' } : {}),
      };
      const fields = secretFieldsOf(c);
      assert.ok(!Object.keys(fields).includes('userName'), 'user names are settings, not secrets');
      assert.deepEqual(credentialFrom(settings, fields), c);
    });
  }

  it('reports a missing secret as no credential', () => {
    assert.equal(credentialFrom({ name: 'n', region: 'r', authMethod: 'aksk' }, { accessKey: 'AK' }), undefined);
    assert.equal(credentialFrom({ name: 'n', region: 'r', authMethod: 'password' }, { password: 'pw' }), undefined);
  });

  it('keys secrets by connection and field', () => {
    assert.equal(secretKey('prod', 'secretKey'), 'mrs.connection/prod/secretKey');
  });

  describe('environment connection', () => {
    const env = {
      HUAWEICLOUD_SDK_AK: 'AK',
      HUAWEICLOUD_SDK_SK: 'SK',
      HUAWEICLOUD_SDK_PROJECT_ID: 'p1',
      HUAWEICLOUD_SDK_REGION: 'cn-east-3',
    };

    it('comes from HUAWEICLOUD_SDK_* as a read-only AK/SK connection', () => {
      const e = environmentConnection(env, undefined);
      assert.deepEqual(e?.connection, {
        name: 'Environment',
        region: 'cn-east-3',
        authMethod: 'aksk',
        projectId: 'p1',
        source: 'environment',
      });
      assert.deepEqual(e?.credential, { kind: 'aksk', accessKey: 'AK', secretKey: 'SK' });
    });

    it('takes the region from the setting when the variable is missing, and endpoint overrides', () => {
      const e = environmentConnection(
        { ...env, HUAWEICLOUD_SDK_REGION: undefined, HUAWEICLOUD_SDK_MRS_ENDPOINT: 'http://127.0.0.1:9000' },
        'cn-north-4',
      );
      assert.equal(e?.connection.region, 'cn-north-4');
      assert.equal(e?.connection.mrsEndpoint, 'http://127.0.0.1:9000');
    });

    it('is absent without AK, SK or a region', () => {
      assert.equal(environmentConnection({ ...env, HUAWEICLOUD_SDK_SK: '' }, undefined), undefined);
      assert.equal(environmentConnection({ ...env, HUAWEICLOUD_SDK_REGION: undefined }, undefined), undefined);
    });
  });
});
