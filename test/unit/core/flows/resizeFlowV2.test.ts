// The palette flow on custom clusters and master groups (the v2 expand and shrink): groups by role and
// name once the nodes are read, master nodes only added, a yearly/monthly group never scaled in, the
// abnormal nodes a shrink may force-delete, and the call line with the notes in the summary.
import * as assert from 'node:assert/strict';
import { initialState, ResizeFlowStopped, runResizeFlow } from '../../../../src/core/flows/resizeFlow';
import type { Cluster, Host } from '../../../../src/core/model/cluster';
import { completedDegraded, completedLake, degradedEtlHosts } from '../../../support/customLake';
import { ScriptedPrompter } from '../../../support/ScriptedPrompter';
import { paletteScript } from '../../../support/paletteScript';
import { deps, flow, withTask } from './flowFixtures';

const MASTER = 'master_node_default_group';
const lake = completedLake();
const degraded = completedDegraded();
const etlHosts: Host[] = degradedEtlHosts();
/** What the cluster list says of a custom cluster before ListNodes: every group's role guessed from its name. */
const listed = (c: Cluster): Cluster => ({
  ...c,
  nodeGroups: c.nodeGroups.map((g) => (g.role === 'master' ? g : { ...g, role: 'core' })),
});
/** Deps whose reading completes the listed cluster into the real one, as completeWithNodes does. */
function customDeps(real: Cluster[], hosts: Host[] = []) {
  const base = deps(real.map(listed), hosts);
  return {
    ...base,
    readingOf: (_connection: string, c: Cluster) =>
      Promise.resolve({ cluster: real.find((r) => r.id === c.id) ?? c, hosts }),
  };
}
const summaryOf = (p: ScriptedPrompter) => p.asked[p.asked.length - 1];

describe('resize palette flow: custom clusters and master groups', () => {
  it('names a custom cluster’s groups by role and name, as its nodes say, and offers no new task group', async () => {
    const script = new ScriptedPrompter([{ pick: 'custom-lake' }, 'cancel']);
    await assert.rejects(runResizeFlow(initialState(), script, customDeps([lake])));
    assert.equal(script.asked[0].descriptions[0], 'custom cluster · 5 node groups');
    assert.deepEqual(script.asked[1].labels, [
      'Master · master_node_default_group',
      'Core · node_group_data',
      'Core · node_group_hbase',
      'Task · node_group_compute',
      'Task · node_group_reserved',
    ]);
  });

  it('adds master nodes with the expand, an open range, and the master warning in the summary', async () => {
    const { result, p } = await flow(
      paletteScript('with-task', 'Master', 'Scale out', [{ input: '2' }, { pickMany: [] }]),
    );
    const directions = p.asked[2];
    assert.equal(directions.descriptions[0], 'no documented limit: MRS decides');
    assert.deepEqual(directions.unselectable, ['Scale in (remove nodes)']);
    assert.match(directions.details[1] ?? '', /^Master nodes cannot be removed/);
    const count = p.asked.find((a) => a.kind === 'input');
    assert.equal(count?.text, 'Nodes to add (1 or more; MRS decides the limit)');
    assert.deepEqual(count?.hints, ['2 → 4 master nodes']);
    assert.equal(result.draft.group, MASTER);
    assert.equal(result.draft.taskNodeInfo, undefined, 'no task node info for master nodes');
    const summary = summaryOf(p);
    assert.ok(summary.labels.includes('POST /v2/{project_id}/clusters/{cluster_id}/expand'), summary.labels.join('|'));
    assert.ok(summary.labels.some((l) => l.startsWith('Master nodes are added for good')));
  });

  it('stops at once when opened to scale in a master group, saying master nodes only grow', async () => {
    const p = new ScriptedPrompter([]);
    const state = initialState({ connection: 'prod', cluster: withTask, group: MASTER, scaleType: 'scale_in' });
    await assert.rejects(
      runResizeFlow(state, p, deps()),
      (e: unknown) => e instanceof ResizeFlowStopped && /^Master nodes cannot be removed/.test(e.message),
    );
    assert.equal(p.asked.length, 0);
  });

  it('leaves master groups out of a flow opened to scale in', async () => {
    const p = new ScriptedPrompter(['cancel']);
    const state = initialState({ connection: 'prod', cluster: withTask, scaleType: 'scale_in' });
    await assert.rejects(runResizeFlow(state, p, deps()));
    assert.deepEqual(p.asked[0].labels, ['Core', 'Task']);
  });

  it('never offers to scale in a yearly/monthly group, and says why', async () => {
    const p = new ScriptedPrompter([{ pick: 'custom-lake' }, { pick: 'Task · node_group_reserved' }, 'cancel']);
    await assert.rejects(runResizeFlow(initialState(), p, customDeps([lake])));
    assert.deepEqual(p.asked[2].unselectable, ['Scale in (remove nodes)']);
    assert.match(p.asked[2].details[1] ?? '', /billed yearly\/monthly/);
  });

  it('scales in a custom core group with the shrink, down to the core minimum', async () => {
    const { result, p } = await flow(
      paletteScript('custom-lake', 'Core · node_group_data', 'Scale in', [{ rejected: '3' }, { input: '2' }]),
      customDeps([lake]),
    );
    assert.equal(p.asked[2].descriptions[1], 'up to 2 nodes');
    assert.deepEqual(result.draft, { scaleType: 'scale_in', group: 'node_group_data', instances: '2' });
    assert.ok(summaryOf(p).labels.includes('POST /v2/{project_id}/clusters/{cluster_id}/shrink'));
  });

  it('offers the abnormal nodes of a group to force-delete, and names the consequence in the summary', async () => {
    const { result, p } = await flow(
      paletteScript('custom-degraded', 'Task · node_group_etl', 'Scale in', [
        { input: '1' },
        { pickMany: ['node_etl_0'] },
      ]),
      customDeps([degraded], etlHosts),
    );
    const choice = p.asked.find((a) => a.kind === 'pickMany');
    assert.deepEqual(choice?.labels, ['node_etl_0'], 'only the abnormal node, by short name');
    assert.match(choice?.text ?? '', /abnormal nodes to force-delete/);
    assert.deepEqual(result.draft.resourceIds, ['res-0']);
    assert.equal(result.draft.serverIds, undefined);
    const summary = summaryOf(p);
    assert.ok(summary.labels.includes('resource_ids[0]'), summary.labels.join('|'));
    assert.ok(summary.labels.some((l) => l.startsWith('Force-deleted, without moving their data or services first')));
  });

  it('asks for no node when the group has no abnormal node: MRS chooses', async () => {
    const { result, p } = await flow(
      paletteScript('custom-lake', 'Task · node_group_compute', 'Scale in', [{ input: '1' }]),
      customDeps([lake]),
    );
    assert.ok(!p.asked.some((a) => a.kind === 'pickMany'));
    assert.equal(result.draft.resourceIds, undefined);
  });
});
