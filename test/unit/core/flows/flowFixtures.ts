// Clusters, hosts and deps for the palette flow tests.
import * as assert from 'node:assert/strict';
import { initialState, runResizeFlow, type ResizeFlowDeps } from '../../../../src/core/flows/resizeFlow';
import type { Cluster, Host } from '../../../../src/core/model/cluster';
import { englishTranslate as t } from '../../../../src/core/translate';
import { aCluster, aHost, aNodeGroup } from '../../../support/builders';
import { ScriptedPrompter, type Answer } from '../../../support/ScriptedPrompter';

export const core = (n: number, name = 'core_node_analysis_group') =>
  aNodeGroup({ role: 'core', name, nodeCount: n, flavor: 'c6.4xlarge.4.linux.bigdata' });
export const task = (n: number, name = 'task_node_analysis_group') =>
  aNodeGroup({
    role: 'task',
    name,
    nodeCount: n,
    flavor: 'c6.xlarge.4.linux.bigdata',
    dataVolume: { type: 'SAS', count: 2, sizeGb: 300 },
  });
export const master = aNodeGroup({
  role: 'master',
  name: 'master_node_default_group',
  nodeCount: 2,
  flavor: 'c6.8xlarge.4.linux.bigdata',
});

const running = (id: string, name: string, nodeGroups: Cluster['nodeGroups']) =>
  aCluster({ id, name, nodeGroups, coreCount: 0, taskCount: 0 });

export const withTask = running('c1', 'with-task', [master, core(5), task(4)]);
export const noTask = running('c2', 'no-task', [master, core(3)]);
export const scaling = aCluster({
  id: 'c3',
  name: 'busy',
  state: 'scaling-out',
  stateText: 'scaling-out',
  nodeGroups: [master, core(3)],
});
export const emptyTask = running('c4', 'empty-task', [master, core(4), task(0)]);
export const failed = aCluster({
  id: 'c5',
  name: 'broken',
  state: 'failed',
  stateText: 'failed',
  nodeGroups: [master],
});
export const hybrid = running('c6', 'hybrid', [
  master,
  core(3),
  core(2, 'core_node_streaming_group'),
  task(2),
  task(1, 'task_node_streaming_group'),
]);

export const taskHosts: Host[] = [1, 2, 3, 4].map((i) =>
  aHost({
    id: `t${i}`,
    name: `c1_node_task_${i}`,
    ip: `10.0.0.${i}`,
    type: 'Task',
    nodeGroupName: 'task_node_analysis_group',
  }),
);

export function deps(
  clusters: Cluster[] = [withTask, noTask, scaling],
  hosts: Host[] = taskHosts,
  connections = [{ name: 'prod', region: 'cn-north-4' }],
): ResizeFlowDeps {
  return {
    t,
    connections: () => connections,
    clustersOf: () => Promise.resolve(clusters),
    readingOf: (_connection, cluster) => Promise.resolve({ cluster, hosts }),
  };
}

export async function flow(answers: Answer[], d = deps(), state = initialState()) {
  const p = new ScriptedPrompter(answers);
  const result = await runResizeFlow(state, p, d);
  assert.equal(p.remaining, 0);
  return { result, p };
}

/** `kind step/total` of every prompt: "input 4/6", "pick 2" while the total is not known. */
export function counters(p: ScriptedPrompter): string[] {
  return p.asked.map((a) => `${a.kind} ${a.step}${a.totalSteps === undefined ? '' : `/${a.totalSteps}`}`);
}
