// Accepted resizes over real HTTP: the PUT answers "succeeded", the cluster goes scaling-out /
// scaling-in through the documented stages and comes back running with the new counts and hosts.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import { aResize, aScaleIn, aTaskNodeInfo } from './builders';
import {
  akskOf,
  connect,
  idOf,
  passwordOf,
  sent,
  untilRunning,
  useEmulator,
  type EmulatorHandle,
  type TestConnection,
} from './support';

const SCALE_OUT_STAGES = [
  'Preparing for cluster expansion',
  'Creating VM',
  'Initializing VM',
  'Adding node to the cluster',
];
const SCALE_IN_STAGES = [
  'Preparing for cluster shrink',
  'Decommissioning instance',
  'Deleting VM',
  'Deleting node from the cluster',
];

function client(emu: Emulator): TestConnection {
  return connect(emu, akskOf(emu));
}

async function hostIds(conn: TestConnection, clusterId: string, type?: string): Promise<string[]> {
  const hosts = await conn.client.listHosts(clusterId);
  return hosts.filter((h) => type === undefined || h.type === type).map((h) => h.id);
}

function scaleOut(ctx: EmulatorHandle): void {
  it('a core scale-out is accepted, runs through the scale-out stages, and ends running with one more node', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, 'analytics-prod');
    const accepted = await conn.client.resize(id, aResize({ node_group: 'core_node_analysis_group', instances: '1' }));
    assert.equal(accepted.result, 'succeeded');
    assert.match(accepted.requestId ?? '', /^[0-9a-f]{32}$/);
    const { last, seen } = await untilRunning(conn, id);
    assert.deepEqual([seen[0].state, seen[0].scale], ['scaling-out', 'scaling-out']);
    const stages = seen.filter((c) => c.state === 'scaling-out').map((c) => c.stageDesc ?? '');
    assert.ok(
      stages.every((s) => SCALE_OUT_STAGES.includes(s)),
      stages.join(', '),
    );
    assert.deepEqual([last.coreCount, last.taskCount, last.scale, last.stageDesc], [6, 4, undefined, undefined]);
    assert.equal((await hostIds(conn, id, 'Core')).length, 6);
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('a task scale-out with task_node_info creates the task group with that flavor and disks', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, 'etl-nightly');
    const info = aTaskNodeInfo({ data_volume_type: 'SSD', data_volume_count: 2, data_volume_size: 200 });
    await conn.client.resize(
      id,
      aResize({ node_group: 'task_node_default_group', instances: 2, task_node_info: info }),
    );
    const { last } = await untilRunning(conn, id);
    const task = last.nodeGroups.find((g) => g.role === 'task');
    assert.deepEqual([task?.name, task?.nodeCount, task?.flavor], ['task_node_analysis_group', 2, info.node_size]);
    assert.deepEqual(task?.dataVolume, { type: 'SSD', count: 2, sizeGb: 200 });
    assert.equal((await hostIds(conn, id, 'Task')).length, 2);
  });

  it('scales out up to the 500 core + task node limit, and a cluster whose last resize failed again', async () => {
    const conn = client(ctx.emu);
    await conn.client.resize(
      idOf(ctx.emu, 'bigscale-batch'),
      aResize({ node_group: 'task_node_default_group', instances: 2 }),
    );
    await conn.client.resize(idOf(ctx.emu, 'retry-scaleout'), aResize());
    const { last } = await untilRunning(conn, idOf(ctx.emu, 'bigscale-batch'));
    assert.equal(last.coreCount + last.taskCount, 500);
    const retried = await untilRunning(conn, idOf(ctx.emu, 'retry-scaleout'));
    assert.deepEqual([retried.last.coreCount, retried.last.scale], [4, undefined]);
  });
}

function scaleIn(ctx: EmulatorHandle): void {
  it('a task scale-in with server_ids removes exactly those hosts', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, 'analytics-prod');
    const before = await hostIds(conn, id);
    const tasks = await hostIds(conn, id, 'Task');
    const victims = [tasks[0], tasks[2]];
    await conn.client.resize(
      id,
      aScaleIn({ node_group: 'task_node_analysis_group', instances: 2, server_ids: victims }),
    );
    const { last, seen } = await untilRunning(conn, id);
    assert.equal(seen[0].state, 'scaling-in');
    assert.ok(seen.filter((c) => c.state === 'scaling-in').every((c) => SCALE_IN_STAGES.includes(c.stageDesc ?? '')));
    assert.equal(last.taskCount, 2);
    assert.deepEqual(
      await hostIds(conn, id),
      before.filter((h) => !victims.includes(h)),
    );
  });

  it('a core scale-in ignores server_ids (the server picks) and leaves the task hosts alone', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, 'analytics-prod');
    const tasks = await hostIds(conn, id, 'Task');
    assert.equal(tasks.length, 4);
    await conn.client.resize(
      id,
      aScaleIn({ node_group: 'core_node_analysis_group', instances: 1, server_ids: [tasks[0]] }),
    );
    const { last } = await untilRunning(conn, id);
    assert.deepEqual([last.coreCount, last.taskCount], [4, 4]);
    assert.deepEqual(await hostIds(conn, id, 'Task'), tasks);
  });

  it('with password auth the same resize works (token in X-Auth-Token, project from the token)', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu));
    const id = idOf(ctx.emu, 'stream-events');
    await conn.client.resize(id, aScaleIn({ node_group: 'task_node_default_group', instances: 1 }));
    const { last } = await untilRunning(conn, id);
    assert.equal(last.taskCount, 1);
  });
}

function failedResize(ctx: EmulatorHandle): void {
  it('a resize the service fails ends running with scale "scaling-error" and unchanged counts', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, 'etl-nightly');
    ctx.emu.failNextResize('etl-nightly');
    const accepted = await conn.client.resize(id, aResize({ instances: 2 }));
    assert.equal(accepted.result, 'succeeded');
    const last = (await untilRunning(conn, id)).last;
    assert.deepEqual(
      [last.state, last.scale, last.stageDesc, last.coreCount],
      ['running', 'scaling-error', 'Cluster expansion failed', 3],
    );
    assert.match(last.errorInfo ?? '', /^MRS\.104/);
  });
}

describe('contract: accepted resizes', () => {
  const ctx = useEmulator();
  describe('scale-out', () => scaleOut(ctx));
  describe('scale-in', () => scaleIn(ctx));
  describe('failure reported by the service', () => failedResize(ctx));
});
