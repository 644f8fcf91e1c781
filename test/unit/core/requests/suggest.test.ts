// Live suggestions: the slot under the cursor (jsonc getLocation) and the values a cluster offers.
import assert from 'node:assert/strict';
import {
  clusterSuggestions,
  nodeGroupSuggestions,
  nodeSizeSuggestions,
  serverIdSuggestions,
  slotAt,
} from '../../../../src/core/requests';
import { aNodeGroup, CLUSTER_ID } from '../../../support/builders';
import { clusterOf, coreHosts, taskHosts, TASK } from '../resize/clusters';

function at(text: string): ReturnType<typeof slotAt> {
  const offset = text.indexOf('|');
  return slotAt(text.replace('|', ''), offset);
}

describe('request files: suggestions', () => {
  it('finds the slot of a value under the cursor, with the string to replace', () => {
    assert.deepEqual(at('{"target": {"cluster_id": "ab|c"}}'), {
      slot: 'clusterId',
      replace: { offset: 26, length: 5 },
    });
    assert.deepEqual(at('{"target": {"connection": |}}'), { slot: 'connection', replace: undefined });
    assert.equal(at('{"request": {"parameters": {"node_group": "|"}}}')?.slot, 'nodeGroup');
    assert.equal(at('{"request": {"parameters": {"server_ids": ["a", "|"]}}}')?.slot, 'serverId');
    assert.equal(at('{"request": {"parameters": {"task_node_info": {"node_size": "|"}}}}')?.slot, 'nodeSize');
    assert.equal(at('{"target": {"clu|ster_id": "x"}}'), undefined, 'a key is the schema’s business');
    assert.equal(at('{"request": {"parameters": {"instances": |}}}'), undefined);
  });

  it('never throws on broken text', () => {
    for (const text of ['', '{', '{"target": {"cluster_id": ', '[[[', '{"request": {"parameters": {"server_ids": [']) {
      for (let i = 0; i <= text.length; i++) {
        slotAt(text, i);
      }
    }
  });

  it('offers cluster ids with names and states', () => {
    assert.deepEqual(clusterSuggestions([{ id: 'c1', name: 'etl', stateText: 'running' }]), [
      { value: 'c1', label: 'etl', detail: 'c1 · running' },
    ]);
  });

  it('offers the real core and task groups with counts, then the doc aliases', () => {
    const values = nodeGroupSuggestions(clusterOf({ core: 4, task: 2 })).map((s) => `${s.value} ${s.detail}`);
    assert.deepEqual(values, [
      'core_node_analysis_group core · 4',
      `${TASK} task · 2`,
      'core_node_default_group core',
      'task_node_default_group task',
    ]);
  });

  it('offers the task hosts of the group not listed yet, never core hosts', () => {
    const cluster = clusterOf({ core: 3, task: 3 });
    const hosts = [...coreHosts(3), ...taskHosts(3)];
    const offered = serverIdSuggestions(cluster, hosts, TASK, ['task-1']);
    assert.deepEqual(
      offered.map((s) => s.value),
      ['task-0', 'task-2'],
    );
    assert.equal(offered[0]?.label, 'node_task_0');
    assert.deepEqual(
      serverIdSuggestions(cluster, hosts, 'task_node_default_group', []).map((s) => s.value),
      ['task-0', 'task-1', 'task-2'],
    );
  });

  it('offers the flavors of the cluster, task groups first', () => {
    const cluster = clusterOf({
      core: 3,
      task: 0,
      taskFlavor: 'c6.xlarge',
      extra: [aNodeGroup({ role: 'task', name: 'batch', nodeCount: 1, flavor: 'c6.xlarge' })],
    });
    const values = nodeSizeSuggestions(cluster).map((s) => s.value);
    assert.equal(values[0], 'c6.xlarge');
    assert.equal(new Set(values).size, values.length);
    assert.ok(CLUSTER_ID);
  });
});
