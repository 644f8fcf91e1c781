import * as assert from 'node:assert/strict';
import { initialState, runResizeFlow, type ResizeFlowDeps } from '../../../../src/core/flows/resizeFlow';
import { BACK } from '../../../../src/core/prompts/Prompter';
import type { Cluster } from '../../../../src/core/model/cluster';
import { englishTranslate as t } from '../../../../src/shared/translate';
import { aCluster, aHost, aNodeGroup } from '../../../support/builders';
import { ScriptedPrompter, type Answer } from '../../../support/ScriptedPrompter';

const core = (n: number) =>
  aNodeGroup({ role: 'core', name: 'core_node_analysis_group', nodeCount: n, flavor: 'c6.4xlarge.4.linux.bigdata' });
const task = (n: number) =>
  aNodeGroup({ role: 'task', name: 'task_node_analysis_group', nodeCount: n, flavor: 'c6.xlarge.4.linux.bigdata' });
const master = aNodeGroup({
  role: 'master',
  name: 'master_node_default_group',
  nodeCount: 2,
  flavor: 'c6.8xlarge.4.linux.bigdata',
});
const withTask = aCluster({
  id: 'c1',
  name: 'with-task',
  coreCount: 5,
  taskCount: 4,
  nodeGroups: [master, core(5), task(4)],
});
const noTask = aCluster({ id: 'c2', name: 'no-task', coreCount: 3, taskCount: 0, nodeGroups: [master, core(3)] });
const scaling = aCluster({
  id: 'c3',
  name: 'busy',
  state: 'scaling-out',
  stateText: 'scaling-out',
  nodeGroups: [master, core(3)],
});
const taskHosts = [1, 2, 3, 4].map((i) =>
  aHost({ id: `t${i}`, name: `with-task_node_task_${i}`, type: 'Task', nodeGroupName: 'task_node_analysis_group' }),
);

function deps(
  clusters: Cluster[] = [withTask, noTask, scaling],
  connections = [{ name: 'prod', region: 'cn-north-4' }],
): ResizeFlowDeps {
  return {
    t,
    title: 'Resize Node Group',
    connections: () => connections,
    clustersOf: () => Promise.resolve(clusters),
    hostsOf: () => Promise.resolve(taskHosts),
  };
}

async function flow(answers: Answer[], d = deps(), state = initialState()) {
  const p = new ScriptedPrompter(answers);
  const result = await runResizeFlow(state, p, d);
  assert.equal(p.remaining, 0);
  return { result, p };
}

describe('resize palette flow', () => {
  it('walks cluster → group → scale out → count → options → summary for a core scale-out', async () => {
    const { result, p } = await flow([
      { pick: 'with-task' },
      { pick: 'Core' },
      { pick: 'Scale out' },
      { input: '2' },
      { pickMany: ['Skip bootstrap actions'] },
      { pick: 'Scale Out' },
    ]);
    assert.equal(result.connection, 'prod', 'the only connection is taken without asking');
    assert.deepEqual(result.draft, {
      scaleType: 'scale_out',
      group: 'core_node_analysis_group',
      instances: '2',
      skipBootstrapScripts: true,
    });
    assert.deepEqual(p.asked.find((a) => a.kind === 'input')?.hints, ['5 → 7 core nodes']);
    assert.match(p.asked[p.asked.length - 1].details[0] ?? '', /"skip_bootstrap_scripts":true/);
  });

  it('shows clusters that cannot be resized, with why, but does not let them be picked', async () => {
    const p = new ScriptedPrompter([{ pick: 'busy' }]);
    await assert.rejects(runResizeFlow(initialState(), p, deps()), /disabled/);
    const clusters = p.asked[0];
    assert.equal(clusters.labels.length, 3);
  });

  it('checks the count live against the limits', async () => {
    const { p } = await flow([
      { pick: 'with-task' },
      { pick: 'Core' },
      { pick: 'Scale in' },
      { rejected: '3' },
      { rejected: 'two' },
      { input: '2' },
      { pick: 'Scale In' },
    ]);
    const input = p.asked.find((a) => a.kind === 'input');
    assert.equal(input?.text, 'Nodes to remove (1–2)');
    assert.equal(input?.validation.length, 2);
  });

  it('asks which task hosts to remove on a task scale-in, and only then', async () => {
    const { result, p } = await flow([
      { pick: 'with-task' },
      { pick: 'Task' },
      { pick: 'Scale in' },
      { input: '2' },
      { pickMany: ['with-task_node_task_1', 'with-task_node_task_3'] },
      { pick: 'Scale In' },
    ]);
    assert.deepEqual(result.draft.serverIds, ['t1', 't3']);
    assert.equal(p.asked.filter((a) => a.kind === 'pickMany').length, 1, 'no options step on a scale-in');
  });

  it('lets MRS choose the task hosts when none are picked', async () => {
    const { result } = await flow([
      { pick: 'with-task' },
      { pick: 'Task' },
      { pick: 'Scale in' },
      { input: '1' },
      { pickMany: [] },
      { pick: 'Scale In' },
    ]);
    assert.equal(result.draft.serverIds, undefined);
  });

  it('asks flavor and disks for the first task nodes, with the doc ranges', async () => {
    const { result, p } = await flow([
      { pick: 'no-task' },
      { pick: 'Task' },
      { pick: 'Scale out' },
      { input: '2' },
      { pick: 'c6.8xlarge' },
      { pick: 'SAS' },
      { rejected: '0' },
      { input: '3' },
      { rejected: '32001' },
      { input: '500' },
      { pickMany: [] },
      { pick: 'Scale Out' },
    ]);
    assert.deepEqual(result.draft.taskNodeInfo, {
      nodeSize: 'c6.8xlarge.4.linux.bigdata',
      dataVolumeType: 'SAS',
      dataVolumeCount: '3',
      dataVolumeSize: '500',
    });
    assert.equal(result.draft.group, 'task_node_default_group');
    assert.ok(p.asked.some((a) => a.labels.includes('SSD (Ultra-high I/O)')));
  });

  it('forgets task node info when Back leads to a cluster that has task nodes', async () => {
    const { result } = await flow([
      { pick: 'no-task' },
      { pick: 'Task' },
      { pick: 'Scale out' },
      { input: '1' },
      { pick: 'c6.8xlarge' },
      { pick: 'SATA' },
      { input: '1' },
      { input: '100' },
      { pickMany: [] },
      BACK,
      BACK,
      BACK,
      BACK,
      BACK,
      BACK,
      BACK,
      BACK,
      BACK,
      { pick: 'with-task' },
      { pick: 'Task' },
      { pick: 'Scale out' },
      { input: '1' },
      { pickMany: [] },
      { pick: 'Scale Out' },
    ]);
    assert.equal(result.cluster.name, 'with-task');
    assert.equal(result.draft.taskNodeInfo, undefined);
  });

  it('starts at the count when opened on a node group, and Back returns to earlier answers', async () => {
    const state = initialState({
      connection: 'prod',
      cluster: withTask,
      group: 'core_node_analysis_group',
      scaleType: 'scale_out',
    });
    const { result, p } = await flow(
      [{ input: '1' }, { pickMany: [] }, BACK, BACK, { input: '3' }, { pickMany: [] }, { pick: 'Scale Out' }],
      deps(),
      state,
    );
    assert.equal(result.draft.instances, '3');
    assert.deepEqual(
      p.asked.map((a) => `${a.kind} ${a.step}/${a.totalSteps}`),
      ['input 1/3', 'pickMany 2/3', 'pick 3/3', 'pickMany 2/3', 'input 1/3', 'pickMany 2/3', 'pick 3/3'],
    );
  });
});
