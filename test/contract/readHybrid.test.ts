// The hybrid seed read through the extension's client: two core groups, and a task group with a custom
// name that only its place in taskNodeGroups marks as task (it is in nodeGroups too).
import assert from 'node:assert/strict';
import { countByRole } from '../../src/core/model/cluster';
import { akskOf, connect, idOf, useEmulator } from './support';

describe('contract: reading the hybrid cluster', () => {
  const ctx = useEmulator();
  const expected = [
    'master:master_node_default_group:2',
    'core:core_node_analysis_group:3',
    'core:core_node_streaming_group:2',
    'task:node_group_batch:2',
  ];

  it('lists hybrid-insights with each group in its role, and counts them', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu));
    const listed = (await conn.client.listClusters()).find((c) => c.name === 'hybrid-insights');
    assert.ok(listed);
    assert.deepEqual(
      listed.nodeGroups.map((g) => `${g.role}:${g.name}:${g.nodeCount}`),
      expected,
    );
    assert.deepEqual([listed.coreCount, listed.taskCount], [5, 2]);
    assert.deepEqual([countByRole(listed.nodeGroups, 'core'), countByRole(listed.nodeGroups, 'task')], [5, 2]);
  });

  it('reads the same groups from the details (PascalCase node-group keys)', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu));
    const details = await conn.client.getCluster(idOf(ctx.emu, 'hybrid-insights'));
    assert.deepEqual(
      details.nodeGroups.map((g) => `${g.role}:${g.name}:${g.nodeCount}`),
      expected,
    );
    assert.equal(details.taskCount, 2);
  });
});
