// POST /v2/{project_id}/clusters/{cluster_id}/expand: the body's checks, the cluster's rules, the answer
// (`result` for a pay-per-use group, only `order_id` for a yearly/monthly one) and what it sets going.
import assert from 'node:assert/strict';
import { call } from './helpers';
import { assertError } from './resizeHarness';
import { assertSucceeded, groupCount, useV2Emulator } from './v2Harness';

const refused = assertError;

describe('emulator v2 expand: the body', () => {
  const h = useV2Emulator();

  it('accepts the doc\'s example body ("count": "1") and the SDK\'s (count 1, every field)', async () => {
    assertSucceeded(await h.expand('custom-lake', { node_group_name: 'node_group_data', count: '1' }));
    h.emu.reset();
    assertSucceeded(
      await h.expand('custom-lake', {
        node_group_name: 'node_group_data',
        count: 1,
        skip_bootstrap_scripts: false,
        scale_without_start: true,
        az_code: '',
      }),
    );
  });

  for (const count of [0, -1, 1.5, 'x', ' 1', '', null, true]) {
    it(`12000002 for count ${JSON.stringify(count)}`, async () => {
      refused(await h.expand('custom-lake', { node_group_name: 'node_group_data', count }), 400, '12000002');
    });
  }

  it('12000002 without count', async () => {
    refused(await h.expand('custom-lake', { node_group_name: 'node_group_data' }), 400, '12000002');
  });

  for (const name of [undefined, '', 'a'.repeat(65), 'node group', 'node.group', 7]) {
    it(`12000002 for node_group_name ${JSON.stringify(name)}`, async () => {
      refused(await h.expand('custom-lake', { node_group_name: name, count: 1 }), 400, '12000002');
    });
  }

  it('12000002 for switches that are not booleans, and for an az_code that is not a string', async () => {
    const base = { node_group_name: 'node_group_data', count: 1 };
    refused(await h.expand('custom-lake', { ...base, skip_bootstrap_scripts: 'false' }), 400, '12000002');
    refused(await h.expand('custom-lake', { ...base, scale_without_start: 1 }), 400, '12000002');
    refused(await h.expand('custom-lake', { ...base, az_code: ['cn-north-4a'] }), 400, '12000002');
  });

  it('12000009 for a body that is not a JSON object', async () => {
    for (const body of ['not json', '[]', '"x"', '']) {
      refused(await h.expand('custom-lake', body), 400, '12000009');
    }
  });

  it('12000003 for a cluster that does not exist, as the v1.1 details', async () => {
    refused(
      await h.expand('00000000-0000-4000-8000-000000000000', { node_group_name: 'x', count: 1 }),
      400,
      '12000003',
    );
  });
});

describe('emulator v2 expand: the rules', () => {
  const h = useV2Emulator();
  const expandOne = (cluster: string, group: string): ReturnType<typeof h.expand> =>
    h.expand(cluster, { node_group_name: group, count: 1 });

  it('12000002 for a group the cluster does not have (a v1.1 alias is not a name here)', async () => {
    refused(await expandOne('custom-lake', 'node_group_nope'), 400, '12000002');
    refused(await expandOne('analytics-prod', 'core_node_default_group'), 400, '12000002');
  });

  it('any group of any cluster type: master, core-role and task-role groups, analysis and hybrid clusters', async () => {
    const cases: [string, string][] = [
      ['custom-lake', 'master_node_default_group'],
      ['custom-lake', 'node_group_hbase'],
      ['custom-lake', 'node_group_compute'],
      ['analytics-prod', 'master_node_default_group'],
      ['analytics-prod', 'task_node_analysis_group'],
      ['hybrid-insights', 'core_node_streaming_group'],
      ['stream-events', 'core_node_streaming_group'],
    ];
    for (const [cluster, group] of cases) {
      h.emu.reset();
      assertSucceeded(await expandOne(cluster, group));
      assert.equal((await h.details(cluster)).clusterState, 'scaling-out', `${cluster} ${group}`);
    }
  });

  it('12000017 when the cluster is not running; 12000018 while it scales (seeded, or after an accepted expand)', async () => {
    refused(await expandOne('finance-frozen', 'core_node_analysis_group'), 400, '12000017');
    refused(await expandOne('hbase-online', 'core_node_analysis_group'), 400, '12000017');
    refused(await expandOne('ml-features', 'core_node_analysis_group'), 400, '12000018');
    assertSucceeded(await expandOne('custom-lake', 'node_group_data'));
    refused(await expandOne('custom-lake', 'node_group_hbase'), 400, '12000018');
    h.emu.setClusterState('custom-degraded', { clusterState: 'running', scale: 'scaling-up' });
    refused(await expandOne('custom-degraded', 'node_group_core'), 400, '12000018');
  });

  it('an abnormal node does not block a v2 expand (12000068 is the v1.1 rule)', async () => {
    assertSucceeded(await expandOne('custom-degraded', 'node_group_core'));
  });

  it('12000028 beyond the core + task limit; a master expand is not counted against it', async () => {
    refused(
      await h.expand('bigscale-batch', { node_group_name: 'task_node_analysis_group', count: 3 }),
      400,
      '12000028',
    );
    assertSucceeded(await h.expand('bigscale-batch', { node_group_name: 'core_node_analysis_group', count: 2 }));
    h.emu.reset();
    assertSucceeded(await h.expand('bigscale-batch', { node_group_name: 'master_node_default_group', count: 3 }));
  });

  it('the quota knob applies (12000030) and the cluster-wide scale-out refusals too (12000121, 12000067)', async () => {
    h.emu.setQuota({ nodes: 1 });
    refused(await h.expand('custom-lake', { node_group_name: 'node_group_data', count: 2 }), 400, '12000030');
    assertSucceeded(await h.expand('custom-lake', { node_group_name: 'node_group_data', count: 1 }));
    h.emu.clearQuota();
    refused(await expandOne('pending-order', 'core_node_analysis_group'), 400, '12000121');
    refused(await expandOne('legacy-hadoop', 'core_node_analysis_group'), 400, '12000067');
  });

  it('a yearly/monthly group: 200 with only an order_id, and nothing starts', async () => {
    const before = await h.details('custom-lake');
    const res = await expandOne('custom-lake', 'node_group_reserved');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(Object.keys(res.json as object), ['order_id']);
    const orderId = (res.json as { order_id: string }).order_id;
    assert.match(orderId, /^CS[0-9A-F]{18}$/);
    h.clock.t += 10 * 3600_000;
    const after = await h.details('custom-lake');
    assert.deepEqual(
      [after.clusterState, after.scale, after.stageDesc, groupCount(after, 'node_group_reserved')],
      ['running', '', null, 2],
    );
    assert.deepEqual(after.nodeGroups, before.nodeGroups);
    assert.deepEqual(h.logOf('expand').at(-1)?.resize, {
      clusterId: h.emu.clusterIdByName('custom-lake'),
      api: 'v2',
      direction: 'out',
      groupName: 'node_group_reserved',
      count: 1,
      orderId,
    });
    const again = await expandOne('custom-lake', 'node_group_reserved');
    assert.notEqual((again.json as { order_id: string }).order_id, orderId, 'each expand is a new order');
  });

  it('a group of a yearly/monthly cluster is on-period too: the v2 expand of billing-yearly gives an order', async () => {
    const res = await expandOne('billing-yearly', 'core_node_analysis_group');
    assert.match((res.json as { order_id?: string }).order_id ?? '', /^CS/);
    assert.equal((await h.details('billing-yearly')).clusterState, 'running');
  });

  it("records whether the bootstrap actions are skipped: true when absent (v2's default), false when said", async () => {
    const seen: boolean[] = [];
    for (const body of [
      { node_group_name: 'node_group_data', count: 1 },
      { node_group_name: 'node_group_data', count: 1, skip_bootstrap_scripts: false },
      { node_group_name: 'node_group_data', count: 1, skip_bootstrap_scripts: true },
    ]) {
      h.emu.reset();
      await h.expand('custom-lake', body);
      seen.push(h.logOf('expand')[0]?.resize?.skipBootstrapScripts ?? false);
    }
    assert.deepEqual(seen, [true, false, true]);
  });

  it('the v1.1 PUT records its own default: bootstrap actions run unless skip_bootstrap_scripts is true', async () => {
    const id = h.emu.clusterIdByName('adhoc-queries') ?? '';
    await call(
      h.emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${id}`,
      { token: h.token },
      {
        parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1 },
      },
    );
    assert.deepEqual(h.logOf('resize')[0]?.resize, {
      clusterId: id,
      api: 'v1.1',
      direction: 'out',
      groupName: 'core_node_analysis_group',
      count: 1,
      skipBootstrapScripts: false,
    });
  });
});

describe('emulator v2 expand: the result spelling knob', () => {
  const h = useV2Emulator({ expandResult: 'success' });

  it('answers the spelling it started with, the one the control endpoint sets, and that one again after a reset', async () => {
    const body = { node_group_name: 'node_group_compute', count: 1 };
    assert.deepEqual((await h.expand('custom-lake', body)).json, { result: 'success' });
    const set = await fetch(`${h.emu.url}/__emulator/v2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ expandResult: 'SUCCESS' }),
    });
    assert.deepEqual(((await set.json()) as { v2: { expandResult: string } }).v2.expandResult, 'SUCCESS');
    h.emu.setClusterState('custom-lake', { clusterState: 'running' });
    assert.deepEqual((await h.expand('custom-lake', body)).json, { result: 'SUCCESS' });
    h.emu.reset();
    assert.deepEqual((await h.expand('custom-lake', body)).json, { result: 'success' });
    h.emu.reset();
    assert.deepEqual((await h.shrink('custom-lake', body)).json, { result: 'succeeded' }, 'shrink keeps succeeded');
  });

  it('refuses a spelling that is not a non-empty string (400 from the control endpoint)', async () => {
    assert.throws(() => h.emu.setV2Options({ expandResult: '' }), /expandResult/);
    const res = await fetch(`${h.emu.url}/__emulator/v2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ expandResult: 3 }),
    });
    assert.equal(res.status, 400);
    assert.equal(h.emu.v2Options().expandResult, 'success');
  });
});
