// POST /v2/{project_id}/clusters/{cluster_id}/shrink: never the master group, the core minimum (no core
// group emptied), task groups down to 0, `resource_ids` only for abnormal nodes of that group (force-deleted),
// and which nodes leave at the end of the job.
import assert from 'node:assert/strict';
import { CUSTOM_MIN_CORE_NODES } from '../../../emulator';
import { assertError } from './resizeHarness';
import { RESIZE_MS } from './resizeHarness';
import { assertSucceeded, groupCount, useV2Emulator } from './v2Harness';

const refused = assertError;

describe('emulator v2 shrink', () => {
  const h = useV2Emulator();
  const etlHosts = async (): Promise<{ id: string; status: string; resource_id?: string }[]> =>
    (await h.hosts('custom-degraded')).filter((x) => x.node_group_name === 'node_group_etl');
  const resourceIdsOf = async (cluster: string, group: string): Promise<{ rid: string; status: string }[]> => {
    const res = await h.nodes(cluster, `node_group=${group}&limit=100`);
    return (res.json as { nodes: { resource_id: string; node_status: string }[] }).nodes.map((n) => ({
      rid: n.resource_id,
      status: n.node_status,
    }));
  };
  const finish = (): void => {
    h.clock.t += RESIZE_MS;
  };

  it('12000054 for the master group, whatever the count or the cluster type', async () => {
    refused(await h.shrink('custom-lake', { node_group_name: 'master_node_default_group', count: 1 }), 400, '12000054');
    refused(
      await h.shrink('analytics-prod', { node_group_name: 'master_node_default_group', count: 1 }),
      400,
      '12000054',
    );
  });

  it('a count removes the newest nodes of the group once the job ends; the answer is {"result":"succeeded"}', async () => {
    const before = (await h.hosts('custom-lake')).filter((x) => x.node_group_name === 'node_group_compute');
    assertSucceeded(await h.shrink('custom-lake', { node_group_name: 'node_group_compute', count: 1 }));
    const during = await h.details('custom-lake');
    assert.deepEqual([during.clusterState, during.stageDesc], ['scaling-in', 'Preparing for cluster shrink']);
    finish();
    const after = (await h.hosts('custom-lake')).filter((x) => x.node_group_name === 'node_group_compute');
    assert.deepEqual(
      after.map((x) => x.id),
      [before[0].id],
    );
    assert.equal(groupCount(await h.details('custom-lake'), 'node_group_compute'), 1);
    assert.deepEqual(h.logOf('shrink')[0]?.resize?.forceDelete, false);
  });

  it('a task-role group goes down to 0, not below (12000013)', async () => {
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_compute', count: 3 }), 400, '12000013');
    assertSucceeded(await h.shrink('custom-lake', { node_group_name: 'node_group_compute', count: '2' }));
    finish();
    assert.equal(groupCount(await h.details('custom-lake'), 'node_group_compute'), 0);
  });

  it(`core-role groups: at least ${CUSTOM_MIN_CORE_NODES} core nodes stay in the cluster, and no core group is emptied (12000013)`, async () => {
    assert.equal(CUSTOM_MIN_CORE_NODES, 3);
    // custom-lake: node_group_data 3 + node_group_hbase 2 = 5 core nodes.
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_hbase', count: 2 }), 400, '12000013');
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_data', count: 3 }), 400, '12000013');
    refused(await h.shrink('custom-degraded', { node_group_name: 'node_group_core', count: 1 }), 400, '12000013');
    assertSucceeded(await h.shrink('custom-lake', { node_group_name: 'node_group_data', count: 2 }));
    finish();
    const after = await h.details('custom-lake');
    assert.deepEqual([after.coreNodeNum, groupCount(after, 'node_group_data')], ['3', 1]);
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_hbase', count: 1 }), 400, '12000013');
  });

  it('resource_ids: the abnormal node of the group is force-deleted, count may be left out or must match', async () => {
    const nodes = await resourceIdsOf('custom-degraded', 'node_group_etl');
    const abnormal = nodes.filter((n) => n.status !== 'running');
    assert.equal(abnormal.length, 1);
    refused(
      await h.shrink('custom-degraded', {
        node_group_name: 'node_group_etl',
        count: 2,
        resource_ids: [abnormal[0].rid],
      }),
      400,
      '12000002',
    );
    assertSucceeded(
      await h.shrink('custom-degraded', { node_group_name: 'node_group_etl', resource_ids: [abnormal[0].rid] }),
    );
    assert.deepEqual(
      [h.logOf('shrink').at(-1)?.resize?.forceDelete, h.logOf('shrink').at(-1)?.resize?.count],
      [true, 1],
    );
    const errorHost = (await etlHosts()).find((x) => x.status === 'ERROR');
    finish();
    const left = await etlHosts();
    assert.deepEqual(
      [left.length, left.some((x) => x.id === errorHost?.id), left.every((x) => x.status === 'ACTIVE')],
      [2, false, true],
    );
  });

  it('resource_ids: a healthy node is refused (12000002), a node of another group or an ECS id is not one of the group (12000013)', async () => {
    const etl = await resourceIdsOf('custom-degraded', 'node_group_etl');
    const healthy = etl.find((n) => n.status === 'running');
    const core = await resourceIdsOf('custom-degraded', 'node_group_core');
    const ecsId = (await etlHosts()).find((x) => x.status === 'ERROR')?.id;
    const shrinkIds = (ids: (string | undefined)[]): ReturnType<typeof h.shrink> =>
      h.shrink('custom-degraded', { node_group_name: 'node_group_etl', resource_ids: ids });
    refused(await shrinkIds([healthy?.rid]), 400, '12000002');
    refused(await shrinkIds([core[0].rid]), 400, '12000013');
    refused(await shrinkIds([ecsId]), 400, '12000013');
    const abnormal = etl.find((n) => n.status !== 'running')?.rid;
    refused(await shrinkIds([abnormal, abnormal]), 400, '12000002');
    assert.equal((await h.details('custom-degraded')).clusterState, 'running');
  });

  it('12000002 without count or resource_ids, and for a count that is not a positive integer', async () => {
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_compute' }), 400, '12000002');
    refused(
      await h.shrink('custom-lake', { node_group_name: 'node_group_compute', resource_ids: [] }),
      400,
      '12000002',
    );
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_compute', count: 0 }), 400, '12000002');
    refused(
      await h.shrink('custom-lake', { node_group_name: 'node_group_compute', count: 1, force_delete: 'yes' }),
      400,
      '12000002',
    );
  });

  it('12000017 when not running, 12000018 while scaling, 12000002 for an unknown group, 12000003 for an unknown cluster', async () => {
    refused(
      await h.shrink('finance-frozen', { node_group_name: 'core_node_analysis_group', count: 1 }),
      400,
      '12000017',
    );
    refused(await h.shrink('log-archive', { node_group_name: 'task_node_analysis_group', count: 1 }), 400, '12000018');
    refused(await h.shrink('custom-lake', { node_group_name: 'node_group_none', count: 1 }), 400, '12000002');
    refused(
      await h.shrink('00000000-0000-4000-8000-000000000000', { node_group_name: 'node_group_etl', count: 1 }),
      400,
      '12000003',
    );
  });

  it('a non-custom cluster keeps the v1.1 minimum through v2 too (analytics-prod: 5 core → at most 2 removed)', async () => {
    refused(
      await h.shrink('analytics-prod', { node_group_name: 'core_node_analysis_group', count: 3 }),
      400,
      '12000013',
    );
    assertSucceeded(await h.shrink('analytics-prod', { node_group_name: 'core_node_analysis_group', count: 2 }));
  });
});
