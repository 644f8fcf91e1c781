// What the user sees in the palette flow: the cluster pick, the group pick of a hybrid cluster, the
// count with its range, the step counter, the hosts, the summary, and the stops before any question.
import * as assert from 'node:assert/strict';
import { initialState, runResizeFlow, ResizeFlowStopped } from '../../../../src/core/flows/resizeFlow';
import { aHost } from '../../../support/builders';
import { ScriptedPrompter } from '../../../support/ScriptedPrompter';
import { addOneCoreNode, paletteScript } from '../../../support/paletteScript';
import { counters, deps, emptyTask, failed, flow, hybrid, noTask, scaling, withTask } from './flowFixtures';

const CORE = 'core_node_analysis_group';

describe('resize palette flow: what the user sees', () => {
  it('lists the clusters that can be resized first, focuses one, and says briefly why the others cannot', async () => {
    const p = new ScriptedPrompter(['cancel']);
    await assert.rejects(runResizeFlow(initialState(), p, deps([scaling, failed, withTask, noTask])));
    const pick = p.asked[0];
    assert.deepEqual(pick.labels, ['with-task', 'no-task', 'busy', 'broken']);
    assert.deepEqual(pick.descriptions, ['5 core · 4 task', '3 core · no task group', 'scaling out', 'failed']);
    assert.deepEqual(pick.unselectable, ['busy', 'broken']);
    assert.equal(pick.activeLabel, 'with-task');
  });

  it('counts the steps once the path is known, without jumping', async () => {
    const { p } = await flow(addOneCoreNode('with-task'));
    assert.deepEqual(counters(p), ['pick 1', 'pick 2', 'pick 3', 'input 4/6', 'pickMany 5/6', 'pick 6/6']);
    assert.ok(p.asked.every((a) => a.title === 'Resize Node Group'));
  });

  it('is titled after the direction it was opened for', async () => {
    const state = initialState({ connection: 'prod', cluster: withTask, group: CORE, scaleType: 'scale_in' });
    const { p } = await flow([{ input: '1' }, { pick: 'Scale In' }], deps(), state);
    assert.deepEqual(
      p.asked.map((a) => a.title),
      ['Scale In', 'Scale In'],
    );
    assert.deepEqual(counters(p), ['input 1/2', 'pick 2/2']);
  });

  it('shows the allowed range and the change at the count, also beside an error', async () => {
    const { p } = await flow(paletteScript('with-task', 'Core', 'Scale in', [{ rejected: 'x' }, { input: '2' }]));
    const count = p.asked.find((a) => a.kind === 'input');
    assert.equal(count?.text, 'Nodes to remove (1–2)');
    assert.equal(count?.placeholder, 'Nodes to remove (1–2)');
    assert.deepEqual(count?.validation, ['Enter a whole number of nodes greater than 0. Allowed: 1–2.']);
    assert.deepEqual(count?.hints, ['5 → 3 core nodes (allowed: 1–2)']);
  });

  it('names each group of a hybrid cluster and counts as the rules count', async () => {
    const { result, p } = await flow(
      paletteScript('hybrid', 'Core · streaming', 'Scale in', [{ rejected: '2' }, { input: '1' }]),
      deps([hybrid]),
    );
    const groups = p.asked[1];
    assert.deepEqual(groups.labels, [
      'Master',
      'Core · analysis',
      'Core · streaming',
      'Task · analysis',
      'Task · streaming',
    ]);
    assert.match(groups.descriptions[2] ?? '', /^core_node_streaming_group · 2 nodes/);
    assert.equal(p.asked[2].descriptions[1], 'up to 1 nodes');
    assert.equal(result.draft.group, 'core_node_streaming_group');
  });

  it('shows task hosts by short name with IP and state', async () => {
    const { p } = await flow(paletteScript('with-task', 'Task', 'Scale in', [{ input: '1' }, { pickMany: [] }]));
    const hosts = p.asked.find((a) => a.kind === 'pickMany');
    assert.deepEqual(hosts?.labels, ['node_task_1', 'node_task_2', 'node_task_3', 'node_task_4']);
    assert.equal(hosts?.descriptions[0], '10.0.0.1 · ACTIVE');
  });

  it('shows every field of the request body on a line of its own in the summary', async () => {
    const { p } = await flow(
      paletteScript('with-task', 'Task', 'Scale in', [{ input: '1' }, { pickMany: ['node_task_2'] }]),
    );
    const summary = p.asked[p.asked.length - 1];
    const lines = summary.labels.map((l, i) => `${l} ${summary.descriptions[i] ?? ''}`.trim());
    assert.deepEqual(lines.slice(0, 8), [
      'Scale In 4 → 3 task nodes',
      'Request body',
      'PUT /v1.1/{project_id}/cluster_infos/{cluster_id}',
      'scale_type "scale_in"',
      'node_id "node_orderadd"',
      'node_group "task_node_analysis_group"',
      'instances 1',
      'server_ids[0] "t2"',
    ]);
    assert.deepEqual(summary.unselectable, summary.labels.slice(1));
    assert.ok(
      summary.details.every((d) => d === undefined || !d.includes('{')),
      'no JSON cut in a detail',
    );
  });

  it('prefills task node info from the empty task group, and sends what the user keeps or changes', async () => {
    const { result, p } = await flow(
      paletteScript('empty-task', 'Task', 'Scale out', [
        { input: '2' },
        { pick: 'c6.xlarge' },
        { pick: 'SSD' },
        { input: '2' },
        { input: '300' },
        { pickMany: [] },
      ]),
      deps([emptyTask]),
    );
    assert.equal(p.asked[4].activeLabel, 'c6.xlarge.4.linux.bigdata');
    assert.equal(p.asked[5].activeLabel, 'SAS (High I/O)');
    assert.deepEqual([p.asked[6].value, p.asked[7].value], ['2', '300']);
    assert.deepEqual(result.draft.taskNodeInfo, {
      nodeSize: 'c6.xlarge.4.linux.bigdata',
      dataVolumeType: 'SSD',
      dataVolumeCount: '2',
      dataVolumeSize: '300',
    });
  });

  it('stops before the count when opened on a group that cannot shrink', async () => {
    for (const [cluster, group, why] of [
      [noTask, CORE, 'No core nodes can be removed: at least 3 must remain, and the cluster has 3.'],
      [emptyTask, 'task_node_analysis_group', 'Node group task_node_analysis_group has no task nodes to remove.'],
    ] as const) {
      const p = new ScriptedPrompter([]);
      const state = initialState({ connection: 'prod', cluster, group, scaleType: 'scale_in' });
      await assert.rejects(
        runResizeFlow(state, p, deps()),
        (e: unknown) => e instanceof ResizeFlowStopped && e.message === why,
      );
      assert.equal(p.asked.length, 0, 'nothing asked');
    }
  });

  it('stops right after the cluster is chosen when a host is not running, naming it', async () => {
    const down = [aHost({ id: 'x', name: 'c1_node_core_x', ip: '10.0.0.9', status: 'SHUTOFF' })];
    const p = new ScriptedPrompter([{ pick: 'with-task' }]);
    await assert.rejects(runResizeFlow(initialState(), p, deps(undefined, down)), (e: unknown) => {
      assert.ok(e instanceof ResizeFlowStopped);
      assert.match(e.message, /\(12000068\): node_core_x \(10\.0\.0\.9, SHUTOFF\)\.$/);
      return true;
    });
    assert.equal(p.asked.length, 1);
    const preset = initialState({ connection: 'prod', cluster: withTask, group: CORE, scaleType: 'scale_out' });
    const none = new ScriptedPrompter([]);
    await assert.rejects(runResizeFlow(preset, none, deps(undefined, down)), ResizeFlowStopped);
    assert.equal(none.asked.length, 0);
  });
});
