import assert from 'node:assert/strict';
import { isMrsApiError } from '../../../../src/core/api/errors';
import {
  parseHostDto,
  parseHostListDto,
  parseIamProjectsResponseDto,
  parseIamTokenResponseDto,
  parseResizeResponseDto,
} from '../../../../src/core/api/wire';
import { aHost, aHostDto, aHostListDto, anIamTokenResponseDto } from '../../../support/builders';
import { fixtureJson } from '../../../fixtures/examples';

const invalid = (e: unknown): boolean => isMrsApiError(e, 'invalidResponse');

describe('host, resize and IAM parsing', () => {
  it('parses the zh host example (total, sizes and counts as strings)', () => {
    const page = parseHostListDto(fixtureJson('hosts.response.json'));
    assert.equal(page.total, 5);
    assert.equal(page.hosts.length, 5);
    const [first] = page.hosts;
    // aHost() is this host (builders.ts), but for its cluster.
    assert.deepEqual(first, aHost({ name: 'a78e161c-d14f-4b68-8c2d-0219920ce844_node_core_IQhiC' }));
  });

  it('parses the OTC host example (numbers) to the same values', () => {
    const zh = parseHostListDto(fixtureJson('hosts.response.json'));
    const otc = parseHostListDto(fixtureJson('hosts.response.otc.json'));
    assert.deepEqual([otc.total, otc.hosts.length, zh.hosts.length], [5, 5, 5]);
    assert.deepEqual(
      otc.hosts.map((h) => h.dataVolume),
      zh.hosts.map((h) => h.dataVolume),
    );
    assert.equal(otc.hosts[0].flavor, 'c6.4xlarge.4linux.mrs');
  });

  it('reads node_group_name and keys in any case', () => {
    const host = parseHostDto({ ID: 'h1', Node_Group_Name: 'task_node_analysis_group', IP: '10.0.0.1', MEM: '8192' });
    assert.equal(host.id, 'h1');
    assert.equal(host.name, 'h1');
    assert.equal(host.nodeGroupName, 'task_node_analysis_group');
    assert.equal(host.ip, '10.0.0.1');
    assert.equal(host.memoryMb, 8192);
  });

  it('survives missing fields and rejects hosts without id or lists of the wrong shape', () => {
    assert.equal(parseHostDto({ id: 'x' }).status, undefined);
    assert.throws(() => parseHostDto(aHostDto({ id: undefined })), /host without id/);
    assert.throws(() => parseHostListDto({ hosts: {} }), invalid);
    assert.throws(() => parseHostListDto('<html/>'), invalid);
    assert.deepEqual(parseHostListDto({ total: '0' }), { hosts: [], total: 0 });
    assert.equal(parseHostListDto(aHostListDto([aHostDto()], '1')).total, 1);
  });

  it('reads the resize answer of the doc and rejects others', () => {
    assert.equal(parseResizeResponseDto(fixtureJson('resize.response.json')), 'succeeded');
    assert.throws(() => parseResizeResponseDto({}), invalid);
    assert.throws(() => parseResizeResponseDto(null), invalid);
  });

  it('reads the IAM token answer of the doc with the X-Subject-Token header', () => {
    const token = parseIamTokenResponseDto(fixtureJson('iam-token.response.json'), 'MIIatAYJ-token', 0);
    assert.equal(token.value, 'MIIatAYJ-token');
    assert.equal(token.expiresAt.toISOString(), '2020-01-04T09:05:22.701Z');
    assert.equal(token.projectId, 'aa2d97d7e62c4b7da3ffdfc11551f...');
  });

  it('rejects a token answer without header, and falls back to one hour without expires_at', () => {
    assert.throws(() => parseIamTokenResponseDto(anIamTokenResponseDto('2030-01-01T00:00:00Z'), null, 0), invalid);
    assert.throws(() => parseIamTokenResponseDto(anIamTokenResponseDto('2030-01-01T00:00:00Z'), '  ', 0), invalid);
    assert.equal(parseIamTokenResponseDto({ token: {} }, 't', 1000).expiresAt.getTime(), 1000 + 3600_000);
  });

  it('finds the project id by exact region name and skips disabled projects', () => {
    const body = {
      projects: [
        { id: 'sub', name: 'cn-north-4_sub', enabled: true },
        { id: 'off', name: 'cn-north-4', enabled: false },
        { id: 'good', name: 'cn-north-4', enabled: true },
      ],
    };
    assert.equal(parseIamProjectsResponseDto(body, 'cn-north-4'), 'good');
    assert.equal(parseIamProjectsResponseDto({ projects: [] }, 'cn-north-4'), undefined);
    assert.throws(() => parseIamProjectsResponseDto({}, 'cn-north-4'), invalid);
  });
});
