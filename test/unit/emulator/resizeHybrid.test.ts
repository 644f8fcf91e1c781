// The hybrid seed `hybrid-insights` (core_node_analysis_group 3 + core_node_streaming_group 2, task
// group `node_group_batch`): the core minimum counts the whole cluster ("缩容时Core节点数大于3"), no
// core group is emptied, and a task group is a task group by its place in taskNodeGroups, not its name.
import assert from 'node:assert/strict';
import { allHosts, call, clusterByName, type Call } from './helpers';
import { assertAccepted, assertError, RESIZE_MS, useResizeEmulator, type ResizeHarness } from './resizeHarness';

const HYBRID = 'hybrid-insights';
const ANALYSIS = 'core_node_analysis_group';
const STREAMING = 'core_node_streaming_group';
const BATCH = 'node_group_batch';

type ScaleIn = (node_group: string, instances: number, extra?: Record<string, unknown>) => Promise<Call>;

function scaleInOf(h: ResizeHarness): ScaleIn {
  return (node_group, instances, extra = {}) =>
    h.resize(HYBRID, { scale_type: 'scale_in', node_group, instances, ...extra });
}

async function counts(h: ResizeHarness): Promise<Record<string, number>> {
  const c = await clusterByName(h.emu, h.token, HYBRID);
  return Object.fromEntries(c.nodeGroups.map((g) => [g.GroupName, g.NodeNum]));
}

function coreMinimum(h: ResizeHarness): void {
  const scaleIn = scaleInOf(h);

  it('a core group may go below 3 while the cluster keeps at least 3 core nodes', async () => {
    assertAccepted(await scaleIn(ANALYSIS, 2));
    h.clock.t += RESIZE_MS;
    const after = await counts(h);
    assert.deepEqual([after[ANALYSIS], after[STREAMING]], [1, 2]);
    assert.equal((await clusterByName(h.emu, h.token, HYBRID)).coreNodeNum, '3');
  });

  it('12000013 when the cluster would keep fewer than 3 core nodes', async () => {
    assertError(await scaleIn(ANALYSIS, 3), 400, '12000013');
    assertError(await scaleIn('core_node_default_group', 3), 400, '12000013');
  });

  it('12000013 when a core group would be emptied, even with 3 core nodes left in the cluster', async () => {
    const res = await scaleIn(STREAMING, 2);
    assertError(res, 400, '12000013');
    assert.match(
      (res.json as { error_msg: string }).error_msg,
      /core_node_streaming_group has 2 and cannot be emptied/,
    );
    assertAccepted(await scaleIn(STREAMING, 1));
  });
}

function rendering(h: ResizeHarness): void {
  it('the list has the custom-named task group in taskNodeGroups and in nodeGroups; clusterType 2', async () => {
    const list = await call(h.emu, 'GET', `/v1.1/{p}/cluster_infos?clusterName=${HYBRID}`, { token: h.token });
    const listed = (
      list.json as {
        clusters: {
          nodeGroups: { groupName: string }[];
          taskNodeGroups: { groupName: string }[];
          clusterType: number;
        }[];
      }
    ).clusters[0];
    assert.deepEqual(
      listed.nodeGroups.map((g) => g.groupName),
      ['master_node_default_group', ANALYSIS, STREAMING, BATCH],
    );
    assert.deepEqual(
      listed.taskNodeGroups.map((g) => g.groupName),
      [BATCH],
    );
    assert.equal(listed.clusterType, 2);
  });

  it('the details have it in taskNodeGroups (PascalCase); coreNodeNum sums both core groups', async () => {
    const detail = await call(h.emu, 'GET', `/v1.1/{p}/cluster_infos/${h.emu.clusterIdByName(HYBRID)}`, {
      token: h.token,
    });
    const cluster = (
      detail.json as { cluster: { taskNodeGroups: { GroupName: string; NodeNum: number }[]; coreNodeNum: string } }
    ).cluster;
    assert.deepEqual(
      cluster.taskNodeGroups.map((g) => [g.GroupName, g.NodeNum]),
      [[BATCH, 2]],
    );
    assert.equal(cluster.coreNodeNum, '5');
  });
}

function hosts(h: ResizeHarness): void {
  it('its hosts are Task hosts named _node_task_ with node_group_name node_group_batch', async () => {
    const hosts = await allHosts(h.emu, h.token, h.emu.clusterIdByName(HYBRID) ?? '');
    const batch = hosts.filter((x) => x.node_group_name === BATCH);
    assert.equal(batch.length, 2);
    assert.ok(
      batch.every((x) => x.type === 'Task' && x.name.includes('_node_task_')),
      JSON.stringify(batch),
    );
    assert.deepEqual(
      [STREAMING, ANALYSIS].map((g) => hosts.filter((x) => x.node_group_name === g && x.type === 'Core').length),
      [2, 3],
    );
  });
}

function taskGroup(h: ResizeHarness): void {
  const scaleIn = scaleInOf(h);
  it('task_node_default_group means that group: scale-out, and scale-in of named hosts', async () => {
    assertAccepted(
      await h.resize(HYBRID, { scale_type: 'scale_out', node_group: 'task_node_default_group', instances: 1 }),
    );
    h.clock.t += RESIZE_MS;
    assert.equal((await counts(h))[BATCH], 3);
    const ids = (await allHosts(h.emu, h.token, h.emu.clusterIdByName(HYBRID) ?? ''))
      .filter((x) => x.node_group_name === BATCH)
      .map((x) => x.id);
    assert.equal(ids.length, 3);
    assertAccepted(await scaleIn('task_node_default_group', 3, { server_ids: ids }));
    h.clock.t += RESIZE_MS;
    assert.equal((await counts(h))[BATCH], 0);
  });

  it('task_node_info is refused (the cluster has task nodes); a core host is no host of the task group', async () => {
    const info = { node_size: 'c6.xlarge.4.linux.bigdata' };
    assertError(
      await h.resize(HYBRID, { scale_type: 'scale_out', node_group: BATCH, instances: 1, task_node_info: info }),
      400,
      '12000002',
    );
    const core = (await allHosts(h.emu, h.token, h.emu.clusterIdByName(HYBRID) ?? '')).find((x) => x.type === 'Core');
    assertError(await scaleIn(BATCH, 1, { server_ids: [core?.id] }), 400, '12000013');
  });
}

describe('emulator hybrid cluster: core minimum and the custom-named task group', () => {
  const h = useResizeEmulator();
  describe('at least 3 core nodes in the cluster, no core group emptied', () => coreMinimum(h));
  describe('node_group_batch is a task group by its place in taskNodeGroups', () => rendering(h));
  describe('the hosts of each group', () => hosts(h));
  describe('node_group_batch is resized as the task group', () => taskGroup(h));
});
