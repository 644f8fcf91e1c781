// The hybrid seed through the extension's client: the 3-core minimum counts both core groups, so one
// group may go below 3; the custom-named task group `node_group_batch` is resized by its own name.
import assert from 'node:assert/strict';
import { aResize, aScaleIn } from './builders';
import { akskOf, connect, idOf, untilRunning, useEmulator } from './support';

describe('contract: resizes of the hybrid cluster', () => {
  const ctx = useEmulator();
  const counts = (groups: readonly { name: string; nodeCount: number }[]): Record<string, number> =>
    Object.fromEntries(groups.map((g) => [g.name, g.nodeCount]));

  it('a core group goes from 3 to 1 while the cluster keeps 3 core nodes', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu));
    const id = idOf(ctx.emu, 'hybrid-insights');
    await conn.client.resize(id, aScaleIn({ node_group: 'core_node_analysis_group', instances: 2 }));
    const { last } = await untilRunning(conn, id);
    const after = counts(last.nodeGroups);
    assert.deepEqual([after.core_node_analysis_group, after.core_node_streaming_group, last.coreCount], [1, 2, 3]);
  });

  it('node_group_batch scales out and in by name; its hosts carry node_group_name', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu));
    const id = idOf(ctx.emu, 'hybrid-insights');
    await conn.client.resize(id, aResize({ node_group: 'node_group_batch', instances: 2 }));
    assert.equal(counts((await untilRunning(conn, id)).last.nodeGroups).node_group_batch, 4);
    const batch = (await conn.client.listHosts(id)).filter((h) => h.nodeGroupName === 'node_group_batch');
    assert.deepEqual([batch.length, new Set(batch.map((h) => h.type))], [4, new Set(['Task'])]);
    const victims = batch.slice(0, 3).map((h) => h.id);
    await conn.client.resize(id, aScaleIn({ node_group: 'node_group_batch', instances: 3, server_ids: victims }));
    await untilRunning(conn, id);
    const left = (await conn.client.listHosts(id)).filter((h) => h.nodeGroupName === 'node_group_batch');
    assert.deepEqual(
      left.map((h) => h.id),
      batch.slice(3).map((h) => h.id),
    );
  });
});
