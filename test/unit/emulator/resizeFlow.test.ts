// The resize state machine: stages, counts and hosts at the end, server_ids, the failure switch,
// real timers scaled by scaleSeconds, and timers cleared on close.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../emulator';
import { allHosts, call, clusterByName, getToken, resizeBody, type ClusterSummary } from './helpers';

const T0 = Date.UTC(2026, 3, 1);

describe('emulator resize state machine (fake clock)', () => {
  const clock = { t: T0 };
  let emu: Emulator;
  let token: string;
  before(async () => {
    emu = await startEmulator({ quiet: true, scaleSeconds: 40, now: () => clock.t });
    token = await getToken(emu);
  });
  after(() => emu.close());
  beforeEach(() => {
    clock.t = T0;
    emu.reset();
  });

  const resize = async (cluster: string, parameters: Record<string, unknown>): Promise<void> => {
    const res = await call(
      emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${emu.clusterIdByName(cluster) ?? ''}`,
      { token },
      resizeBody(parameters),
    );
    assert.equal(res.status, 200, res.text);
  };
  const at = async (seconds: number, cluster: string): Promise<ClusterSummary> => {
    clock.t = T0 + seconds * 1000;
    return clusterByName(emu, token, cluster);
  };
  const group = (c: ClusterSummary, name: string): ClusterSummary['nodeGroups'][number] | undefined =>
    c.nodeGroups.find((g) => g.GroupName === name);

  it('scale-out: running → scaling-out through the four stages → running with one more core node', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const before = await allHosts(emu, token, id);
    await resize('analytics-prod', { scale_type: 'scale_out', instances: 1 });
    const seen: [string, string, string | null, string][] = [];
    for (const s of [0, 9.9, 10, 25, 39.9]) {
      const c = await at(s, 'analytics-prod');
      seen.push([c.clusterState, c.scale, c.stageDesc, c.coreNodeNum]);
    }
    assert.deepEqual(seen, [
      ['scaling-out', 'scaling-out', 'Preparing for cluster expansion', '5'],
      ['scaling-out', 'scaling-out', 'Preparing for cluster expansion', '5'],
      ['scaling-out', 'scaling-out', 'Creating VM', '5'],
      ['scaling-out', 'scaling-out', 'Initializing VM', '5'],
      ['scaling-out', 'scaling-out', 'Adding node to the cluster', '5'],
    ]);
    const listed = await call(emu, 'GET', '/v1.1/{p}/cluster_infos?clusterState=scaling-out&clusterName=analytics', {
      token,
    });
    assert.equal((listed.json as { clusterTotal: number }).clusterTotal, 1);
    const done = await at(40, 'analytics-prod');
    assert.deepEqual(
      [done.clusterState, done.scale, done.stageDesc, done.coreNodeNum, done.totalNodeNum],
      ['running', '', null, '6', '12'],
    );
    assert.equal(group(done, 'core_node_analysis_group')?.NodeNum, 6);
    const after = await allHosts(emu, token, id);
    const added = after.filter((h) => !before.some((b) => b.id === h.id));
    assert.equal(added.length, 1);
    assert.deepEqual(
      [added[0].type, added[0].status, added[0].node_group_name],
      ['Core', 'ACTIVE', 'core_node_analysis_group'],
    );
  });

  it('new host ids are deterministic: a second emulator adds the same id', async () => {
    const other = await startEmulator({ quiet: true, scaleSeconds: 0 });
    try {
      const otherToken = await getToken(other);
      const id = other.clusterIdByName('analytics-prod') ?? '';
      const body = resizeBody({ scale_type: 'scale_out', instances: 1 });
      assert.equal(
        (await call(other, 'PUT', `/v1.1/{p}/cluster_infos/${id}`, { token: otherToken }, body)).status,
        200,
      );
      await resize('analytics-prod', { scale_type: 'scale_out', instances: 1 });
      await at(40, 'analytics-prod');
      const mine = (await allHosts(emu, token, id)).map((h) => h.id).sort();
      const theirs = (await allHosts(other, otherToken, id)).map((h) => h.id).sort();
      assert.equal(mine.length, 12, 'the 11 seeded hosts of analytics-prod and the new one');
      assert.deepEqual(mine, theirs);
    } finally {
      await other.close();
    }
  });

  it('task scale-in with server_ids removes exactly those hosts, through the scale-in stages', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const task = (await allHosts(emu, token, id)).filter((h) => h.type === 'Task').map((h) => h.id);
    const victims = [task[0], task[2]];
    await resize('analytics-prod', {
      scale_type: 'scale_in',
      node_group: 'task_node_analysis_group',
      instances: '2',
      server_ids: victims,
    });
    const stages: (string | null)[] = [];
    for (const s of [1, 11, 21, 31]) {
      const c = await at(s, 'analytics-prod');
      assert.deepEqual([c.clusterState, c.scale], ['scaling-in', 'scaling-in']);
      stages.push(c.stageDesc);
    }
    assert.deepEqual(stages, [
      'Preparing for cluster shrink',
      'Decommissioning instance',
      'Deleting VM',
      'Deleting node from the cluster',
    ]);
    const done = await at(40, 'analytics-prod');
    assert.equal(group(done, 'task_node_analysis_group')?.NodeNum, 2);
    const left = (await allHosts(emu, token, id)).filter((h) => h.type === 'Task').map((h) => h.id);
    assert.deepEqual(left, [task[1], task[3]]);
  });

  it('scale-in without server_ids: the emulator picks hosts of that group only', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const before = await allHosts(emu, token, id);
    await resize('analytics-prod', { scale_type: 'scale_in', instances: 2 });
    const done = await at(40, 'analytics-prod');
    assert.deepEqual([done.coreNodeNum, done.totalNodeNum], ['3', '9']);
    const after = await allHosts(emu, token, id);
    const removed = before.filter((h) => !after.some((a) => a.id === h.id));
    assert.deepEqual(
      removed.map((h) => h.type),
      ['Core', 'Core'],
    );
  });

  it('a scale-out with task_node_info creates the task group with that flavor and disks', async () => {
    const info = {
      node_size: 'c6.2xlarge.4.linux.bigdata',
      data_volume_type: 'SSD',
      data_volume_count: 3,
      data_volume_size: 500,
    };
    await resize('etl-nightly', {
      scale_type: 'scale_out',
      node_group: 'task_node_default_group',
      instances: 2,
      task_node_info: info,
    });
    assert.equal(group(await at(20, 'etl-nightly'), 'task_node_analysis_group'), undefined);
    const done = await at(40, 'etl-nightly');
    const g = group(done, 'task_node_analysis_group');
    assert.deepEqual(
      [g?.NodeNum, g?.NodeSize, g?.DataVolumeCount, g?.DataVolumeSize],
      [2, 'c6.2xlarge.4.linux.bigdata', 3, 500],
    );
    const tasks = (await allHosts(emu, token, emu.clusterIdByName('etl-nightly') ?? '')).filter(
      (h) => h.type === 'Task',
    );
    assert.equal(tasks.length, 2);
    assert.match(tasks[0].name, /_node_task_[A-Za-z]{5}$/);
  });

  it('failure switch: the resize ends in running with scale-error, failure stage, errorInfo, counts unchanged', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const before = (await allHosts(emu, token, id)).map((h) => h.id);
    emu.failNextResize('analytics-prod');
    await resize('analytics-prod', { scale_type: 'scale_out', instances: 2 });
    assert.equal((await at(30, 'analytics-prod')).clusterState, 'scaling-out');
    const failed = await at(40, 'analytics-prod');
    assert.deepEqual(
      [failed.clusterState, failed.scale, failed.stageDesc, failed.coreNodeNum],
      ['running', 'scaling-error', 'Cluster expansion failed', '5'],
    );
    assert.ok(failed.errorInfo.length > 0);
    assert.deepEqual(
      (await allHosts(emu, token, id)).map((h) => h.id),
      before,
    );
    clock.t = T0;
    await resize('analytics-prod', { scale_type: 'scale_out', instances: 1 });
    const ok = await at(40, 'analytics-prod');
    assert.deepEqual([ok.scale, ok.stageDesc, ok.errorInfo, ok.coreNodeNum], ['', null, '', '6']);
  });

  it('failure switch over HTTP: times 2 fails two resizes (scale-in: "Cluster shrink failed"); DELETE clears it', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const set = await fetch(`${emu.url}/__emulator/clusters/${id}/fail-next-resize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"times":2}',
    });
    assert.equal(set.status, 200);
    for (let i = 0; i < 2; i++) {
      clock.t = T0;
      await resize('analytics-prod', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 1 });
      const c = await at(40, 'analytics-prod');
      assert.deepEqual(
        [c.scale, c.stageDesc, group(c, 'task_node_analysis_group')?.NodeNum],
        ['scaling-error', 'Cluster shrink failed', 4],
      );
    }
    await fetch(`${emu.url}/__emulator/clusters/analytics-prod/fail-next-resize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"times":"always"}',
    });
    assert.equal(
      (
        await fetch(`${emu.url}/__emulator/clusters/analytics-prod/fail-next-resize`, {
          method: 'DELETE',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
      200,
    );
    clock.t = T0;
    await resize('analytics-prod', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 1 });
    assert.equal(group(await at(40, 'analytics-prod'), 'task_node_analysis_group')?.NodeNum, 3);
  });

  it('setClusterState (POST /__emulator/clusters/{name}/state) forces a state the rules then see', async () => {
    const res = await fetch(`${emu.url}/__emulator/clusters/etl-nightly/state`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"clusterState":"abnormal","errorInfo":"disk full"}',
    });
    assert.equal(res.status, 200);
    const c = await clusterByName(emu, token, 'etl-nightly');
    assert.deepEqual([c.clusterState, c.errorInfo], ['abnormal', 'disk full']);
    const put = await call(
      emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${emu.clusterIdByName('etl-nightly') ?? ''}`,
      { token },
      resizeBody({ scale_type: 'scale_out', instances: 1 }),
    );
    assert.equal((put.json as { error_code: string }).error_code, '12000017');
    const bad = await fetch(`${emu.url}/__emulator/clusters/etl-nightly/state`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"clusterState":"sleeping"}',
    });
    assert.equal(bad.status, 400);
    assert.equal(
      (
        await fetch(`${emu.url}/__emulator/clusters/nope/state`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"clusterState":"running"}',
        })
      ).status,
      400,
    );
  });
});

describe('emulator resize with real timers (scaleSeconds 0.3)', () => {
  it('reaches running within the scaled time and logs the stages; close() clears the timers', async () => {
    const lines: string[] = [];
    const timeouts = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const emu = await startEmulator({ scaleSeconds: 0.3, log: (l) => lines.push(l) });
    let timersBefore = 0;
    try {
      const token = await getToken(emu);
      timersBefore = timeouts(); // after a first fetch, so the HTTP client's own timers are counted too
      const id = emu.clusterIdByName('stream-events') ?? '';
      const put = await call(
        emu,
        'PUT',
        `/v1.1/{p}/cluster_infos/${id}`,
        { token },
        resizeBody({ scale_type: 'scale_out', node_group: 'task_node_default_group', instances: 1 }),
      );
      assert.equal(put.status, 200);
      assert.equal((await clusterByName(emu, token, 'stream-events')).clusterState, 'scaling-out');
      // Stages follow the elapsed time; on a loaded machine a late timer may skip one, so wait
      // for the end (bounded) and check that the stages seen came in the documented order.
      for (let i = 0; i < 60 && !lines.some((l) => l.includes('resize finished')); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.ok(
        lines.some((l) => l.includes('resize finished')),
        lines.join('\n'),
      );
      const order = ['Preparing for cluster expansion', 'Creating VM', 'Initializing VM', 'Adding node to the cluster'];
      const seen = order.filter((stage) => lines.some((l) => l.endsWith(stage)));
      assert.ok(seen.length >= 1, lines.join('\n'));
      const at = seen.map((stage) => lines.findIndex((l) => l.endsWith(stage)));
      assert.deepEqual(
        at,
        [...at].sort((a, b) => a - b),
        'stages in order',
      );
      const c = await clusterByName(emu, token, 'stream-events');
      assert.deepEqual([c.clusterState, c.totalNodeNum], ['running', '8']);
      const again = await call(
        emu,
        'PUT',
        `/v1.1/{p}/cluster_infos/${id}`,
        { token },
        resizeBody({ scale_type: 'scale_out', instances: 1 }),
      );
      assert.equal(again.status, 200);
      assert.ok(timeouts() >= timersBefore + 4, 'the new resize has its stage timers');
    } finally {
      await emu.close();
    }
    assert.ok(timeouts() <= timersBefore, `timers left: ${timeouts() - timersBefore}`);
  });
});
