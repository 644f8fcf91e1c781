import assert from 'node:assert/strict';
import { isMrsApiError } from '../../../../src/core/api/errors';
import {
  parseClusterDetailsDto,
  parseClusterDto,
  parseClusterListDto,
  parseJsonText,
  parseNodeGroupDto,
} from '../../../../src/core/api/wire';
import { aClusterDto, aClusterListDto, aNodeGroupDto, withKeyCase } from '../../../support/builders';
import { fixtureJson, fixtureText } from '../../../fixtures/examples';

const invalid = (e: unknown): boolean => isMrsApiError(e, 'invalidResponse');

describe('cluster parsing', () => {
  describe('official examples', () => {
    it('parses the list example (zh-list): counts as strings, task summed over both lists, isMrsManagerFinish', () => {
      const page = parseClusterListDto(fixtureJson('list-clusters.response.json'));
      assert.equal(page.total, 1);
      const [c] = page.clusters;
      assert.equal(c.id, 'bc134369-294c-42b7-a707-b2036ba38524');
      assert.equal(c.name, 'mrs_D0zW');
      assert.equal(c.state, 'terminated');
      assert.equal(c.masterCount, 2);
      assert.equal(c.coreCount, 3);
      // task_node_analysis_group (nodeGroups) + task_node_default_group (taskNodeGroups)
      assert.equal(c.taskCount, 2);
      assert.deepEqual(
        c.nodeGroups.map((g) => `${g.role}:${g.name}`),
        [
          'master:master_node_default_group',
          'core:core_node_analysis_group',
          'task:task_node_analysis_group',
          'task:task_node_default_group',
        ],
      );
      assert.equal(c.managerInstalled, false);
      assert.equal(c.stageDesc, 'Installing MRS Manager');
      assert.equal(c.version, undefined);
      assert.equal(c.createdAt?.toISOString(), '2017-06-24T02:40:43.000Z');
      assert.deepEqual(c.billing, { mode: 'payPerUse', period: undefined, billingType: 'Metered' });
    });

    it('parses the details example (zh-detail): duplicate stageDesc, ismrsManagerFinish, "null" strings', () => {
      const text = fixtureText('cluster-details.response.json');
      assert.equal(text.match(/"stageDesc"/g)?.length, 2, 'the fixture really has the key twice');
      const c = parseClusterDetailsDto(parseJsonText(text, 'cluster details'));
      assert.equal(c.id, 'bdb064ff-2855-4624-90d5-e9a6376abd6e');
      assert.equal(c.state, 'scaling-in');
      assert.equal(c.stageDesc, 'Installing MRS Manager');
      assert.equal(c.managerInstalled, false);
      assert.equal(c.securityMode, true);
      assert.equal(c.errorInfo, undefined);
      assert.equal(c.version, 'MRS 3.0.2MRS 3.1.0');
      assert.equal(c.coreFlavor, 's1.xlarge.linux.bigdata');
      assert.equal(c.taskCount, 2);
      const core = c.nodeGroups.find((g) => g.name === 'core_node_analysis_group');
      assert.deepEqual(core?.dataVolume, { type: 'SATA', count: 1, sizeGb: 100 });
      assert.deepEqual(core?.rootVolume, { type: 'SATA', sizeGb: 40 });
    });
  });

  describe('quirks', () => {
    it('reads counts sent as strings or numbers', () => {
      const c = parseClusterDto(
        aClusterDto({
          masterNodeNum: 3,
          coreNodeNum: ' 5 ',
          nodeGroups: [aNodeGroupDto({ groupName: 'task_node_x', nodeNum: '4' })],
        }),
      );
      assert.deepEqual([c.masterCount, c.coreCount, c.taskCount], [3, 5, 4]);
    });

    it('reads node-group keys in PascalCase (SDK) and upper case', () => {
      for (const style of ['pascal', 'upper', 'lower'] as const) {
        const group = parseNodeGroupDto(
          withKeyCase(
            aNodeGroupDto({ groupName: 'task_node_streaming_group', nodeNum: '7', dataVolumeSize: '200' }),
            style,
          ),
        );
        assert.equal(group?.name, 'task_node_streaming_group', style);
        assert.equal(group?.role, 'task', style);
        assert.equal(group?.nodeCount, 7, style);
        assert.equal(group?.dataVolume.sizeGb, 200, style);
      }
    });

    it('reads a whole cluster with PascalCase keys (both group lists included)', () => {
      const dto = aClusterDto({
        taskNodeGroups: [aNodeGroupDto({ groupName: 'task_node_default_group', nodeNum: 2 })],
      });
      const c = parseClusterDto(withKeyCase(dto, 'pascal'));
      assert.equal(c.id, dto.clusterId);
      assert.equal(c.taskCount, 2);
      assert.equal(c.nodeGroups.length, 3);
    });

    it('counts a task group listed in both nodeGroups and taskNodeGroups once', () => {
      const task = aNodeGroupDto({ groupName: 'task_node_analysis_group', nodeNum: 4 });
      const c = parseClusterDto(aClusterDto({ nodeGroups: [aNodeGroupDto(), task], taskNodeGroups: [{ ...task }] }));
      assert.equal(c.taskCount, 4);
      assert.equal(c.nodeGroups.filter((g) => g.role === 'task').length, 1);
    });

    it('takes task groups from taskNodeGroups even with custom names', () => {
      const c = parseClusterDto(
        aClusterDto({ taskNodeGroups: [aNodeGroupDto({ groupName: 'node_group_3', nodeNum: 6 })] }),
      );
      assert.equal(c.taskCount, 6);
      assert.equal(c.nodeGroups.find((g) => g.name === 'node_group_3')?.role, 'task');
    });

    it('takes a group listed in taskNodeGroups as task whatever its name, also when nodeGroups lists it first', () => {
      const batch = aNodeGroupDto({ groupName: 'node_group_batch', nodeNum: 2 });
      const c = parseClusterDto(
        aClusterDto({
          coreNodeNum: '5',
          nodeGroups: [
            aNodeGroupDto({ groupName: 'master_node_default_group', nodeNum: 2 }),
            aNodeGroupDto({ groupName: 'core_node_analysis_group', nodeNum: 3 }),
            aNodeGroupDto({ groupName: 'core_node_streaming_group', nodeNum: 2 }),
            batch,
          ],
          taskNodeGroups: [{ ...batch }],
        }),
      );
      assert.deepEqual(
        c.nodeGroups.map((g) => `${g.role}:${g.name}:${g.nodeCount}`),
        [
          'master:master_node_default_group:2',
          'core:core_node_analysis_group:3',
          'core:core_node_streaming_group:2',
          'task:node_group_batch:2',
        ],
      );
      assert.deepEqual([c.coreCount, c.taskCount], [5, 2]);
    });

    it('keeps the first entry of each group name, skips entries without a name, reads group keys in any case', () => {
      const c = parseClusterDto({
        ...aClusterDto(),
        nodeGroups: [
          aNodeGroupDto({ groupName: 'core_node_analysis_group', nodeNum: 3 }),
          { nodeNum: 9 },
          'core_node_analysis_group',
          aNodeGroupDto({ groupName: 'core_node_analysis_group', nodeNum: 7 }),
        ],
        taskNodeGroups: [
          { GroupName: 'node_group_x', NodeNum: '2', NodeSize: 'c6.xlarge.linux.bigdata' },
          aNodeGroupDto({ groupName: 'node_group_x', nodeNum: 5 }),
          { groupName: null, nodeNum: 4 },
        ],
      });
      assert.deepEqual(
        c.nodeGroups.map((g) => `${g.role}:${g.name}:${g.nodeCount}:${g.flavor}`),
        ['core:core_node_analysis_group:3:s3.xlarge.2.linux.bigdata', 'task:node_group_x:2:c6.xlarge.linux.bigdata'],
      );
      assert.equal(c.taskCount, 2);
    });

    it('reads isMrsManagerFinish in either spelling, as boolean or text', () => {
      const { isMrsManagerFinish: _drop, ...rest } = aClusterDto();
      assert.equal(parseClusterDto({ ...rest, ismrsManagerFinish: true }).managerInstalled, true);
      assert.equal(parseClusterDto({ ...rest, isMrsManagerFinish: 'false' }).managerInstalled, false);
      assert.equal(parseClusterDto(rest).managerInstalled, undefined);
    });

    it('counts the bootstrap actions of bootstrapScripts; without the list nobody can tell', () => {
      const script = { name: 'install', uri: 's3a://b/install.sh', nodes: ['Core', 'Task'], state: 'SUCCESS' };
      assert.equal(parseClusterDto(aClusterDto({ bootstrapScripts: [] })).bootstrapActions, 0);
      assert.equal(parseClusterDto(aClusterDto({ bootstrapScripts: [script, script] })).bootstrapActions, 2);
      assert.equal(parseClusterDto({ ...aClusterDto(), BootstrapScripts: [script] }).bootstrapActions, 1);
      assert.equal(parseClusterDto(aClusterDto()).bootstrapActions, undefined);
      assert.equal(parseClusterDto(aClusterDto({ bootstrapScripts: null })).bootstrapActions, undefined);
      assert.equal(parseClusterDto({ ...aClusterDto(), bootstrapScripts: 'x' }).bootstrapActions, undefined);
    });

    it('reads clusterTotal as number or string', () => {
      assert.equal(parseClusterListDto(aClusterListDto([aClusterDto()], '12')).total, 12);
      assert.equal(parseClusterListDto(aClusterListDto([aClusterDto()], 12)).total, 12);
      assert.equal(parseClusterListDto({ clusters: [] }).total, undefined);
    });

    it('turns "null", "" and null into undefined; sums groups when counts are missing', () => {
      const c = parseClusterDto(
        aClusterDto({ scale: 'null', stageDesc: '', errorInfo: null, masterNodeNum: undefined, coreNodeNum: 'null' }),
      );
      assert.equal(c.scale, undefined);
      assert.equal(c.stageDesc, undefined);
      assert.equal(c.errorInfo, undefined);
      assert.equal(c.masterCount, 2);
      assert.equal(c.coreCount, 3);
    });

    it('survives a cluster with nothing but an id, and unknown fields', () => {
      const c = parseClusterDto({
        clusterId: 'x',
        somethingNew: { deep: [1, 2] },
        nodeGroups: 'oops',
        taskNodeGroups: [null, 3, {}],
      });
      assert.equal(c.name, 'x');
      assert.equal(c.state, 'unknown');
      assert.equal(c.stateText, '');
      assert.deepEqual([c.masterCount, c.coreCount, c.taskCount], [0, 0, 0]);
      assert.deepEqual(c.nodeGroups, []);
      assert.deepEqual(c.billing, { mode: 'unknown', period: undefined, billingType: undefined });
    });

    it('keeps an unknown state as text', () => {
      const c = parseClusterDto(aClusterDto({ clusterState: 'stopped' }));
      assert.equal(c.state, 'unknown');
      assert.equal(c.stateText, 'stopped');
    });

    it('detects yearly/monthly billing and its period from periodType', () => {
      const yearly = parseClusterDto(aClusterDto({ billingType: 'Yearly/Monthly', periodType: '1' }));
      const monthly = parseClusterDto(aClusterDto({ billingType: 'on-period', periodType: 0 }));
      const metered = parseClusterDto(aClusterDto({ billingType: 'Metered', periodType: 1 }));
      assert.deepEqual([yearly.billing.mode, yearly.billing.period], ['yearlyMonthly', 'yearly']);
      assert.deepEqual([monthly.billing.mode, monthly.billing.period], ['yearlyMonthly', 'monthly']);
      assert.deepEqual([metered.billing.mode, metered.billing.period], ['payPerUse', undefined]);
    });

    it('splits tags "k1=v1,k2=v2" and reads dates in seconds or milliseconds', () => {
      const c = parseClusterDto(aClusterDto({ tags: 'k1=v1, k2 = a=b ,solo', createAt: '1700000000000', updateAt: 0 }));
      assert.deepEqual(c.tags, { k1: 'v1', k2: 'a=b', solo: '' });
      assert.equal(c.createdAt?.getTime(), 1700000000000);
      assert.equal(c.updatedAt, undefined);
    });
  });

  describe('bodies that are not what MRS sends', () => {
    it('rejects HTML and truncated JSON with the start of the body', () => {
      assert.throws(
        () => parseJsonText('<html><body>502 Bad Gateway</body></html>', 'cluster list'),
        (e: unknown) => {
          assert.ok(invalid(e));
          assert.match((e as Error & { bodySnippet: string }).bodySnippet, /^<html><body>502 Bad Gateway/);
          return true;
        },
      );
      const truncated = JSON.stringify(aClusterListDto([aClusterDto()])).slice(0, 120);
      assert.throws(() => parseJsonText(truncated, 'cluster list'), invalid);
      assert.throws(() => parseJsonText('', 'cluster list'), /empty body/);
    });

    it('rejects wrong shapes', () => {
      assert.throws(() => parseClusterListDto([]), invalid);
      assert.throws(() => parseClusterListDto({ items: [] }), invalid);
      assert.throws(() => parseClusterListDto({ clusterTotal: 1, clusters: 'x' }), invalid);
      assert.throws(() => parseClusterListDto({ clusters: [{ clusterName: 'no id' }] }), /clusterId/);
      assert.throws(() => parseClusterDetailsDto({ clusters: [] }), invalid);
      assert.throws(() => parseClusterDetailsDto('cluster'), invalid);
    });
  });
});
