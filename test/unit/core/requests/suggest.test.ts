// Live suggestions: the slot under the cursor (jsonc getLocation) and the values a cluster offers.
import assert from 'node:assert/strict';
import {
  clusterSuggestions,
  completionEntry,
  nodeGroupSuggestions,
  nodeSizeSuggestions,
  serverIdSuggestions,
  slotAt,
} from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
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
      { value: 'c1', label: 'c1', description: 'etl', detail: 'running' },
    ]);
  });

  it('offers the real core and task groups, each named once with its role and size, then the doc names', () => {
    const offered = nodeGroupSuggestions(clusterOf({ core: 4, task: 1 }), t);
    assert.deepEqual(
      offered.map((s) => [s.label, s.description, s.detail]),
      [
        ['core_node_analysis_group', 'core node group, 4 nodes', ''],
        [TASK, 'task node group, 1 node', ''],
        ['core_node_default_group', "the API documentation's name of the core node group", ''],
        ['task_node_default_group', "the API documentation's name of the task node group", ''],
      ],
    );
    for (const s of offered) {
      const read = [s.label, s.labelDetail, s.description, s.detail].join(' ');
      assert.equal(read.split(s.value).length - 1, 1, `"${s.value}" is read once in "${read}"`);
    }
    const entries = offered.map((s, i) => completionEntry(s, i));
    assert.deepEqual(
      [...entries].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((e) => e.insertText),
      [`"core_node_analysis_group"`, `"${TASK}"`, '"core_node_default_group"', '"task_node_default_group"'],
      'the cluster’s groups before the doc’s names',
    );
  });

  it('offers the doc names of the groups when the cluster is not known', () => {
    assert.deepEqual(
      nodeGroupSuggestions(undefined, t).map((s) => s.value),
      ['core_node_default_group', 'task_node_default_group'],
    );
  });

  it('offers the task hosts of the group not listed yet, never core hosts: short name and IP first, the id after', () => {
    const cluster = clusterOf({ core: 3, task: 3 });
    const hosts = [...coreHosts(3), ...taskHosts(3)].map((h, i) => ({ ...h, ip: `192.168.0.${i}` }));
    const offered = serverIdSuggestions(cluster, hosts, TASK, ['task-1']);
    assert.deepEqual(
      offered.map((s) => s.value),
      ['task-0', 'task-2'],
    );
    const [first] = offered;
    assert.ok(first);
    const entry = completionEntry(first, 0);
    assert.deepEqual(
      [entry.label, entry.labelDetail, entry.description, entry.insertText],
      ['node_task_0', ' 192.168.0.3', 'task-0', '"task-0"'],
    );
    assert.ok(entry.filterText.startsWith('"node_task_0 192.168.0.3 task-0'), entry.filterText);
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
    const values = nodeSizeSuggestions(cluster, undefined, t).map((s) => s.value);
    assert.equal(values[0], 'c6.xlarge');
    assert.equal(new Set(values).size, values.length);
    assert.ok(CLUSTER_ID);
  });

  it("offers the flavors MRS offers with vCPUs and memory, the cluster's own first", () => {
    const offer = {
      ok: true as const,
      zone: 'az1.dc1',
      flavors: [
        { name: 'c6.2xlarge.4.linux.bigdata', cores: 8, ramMb: 32768 },
        { name: 's3.xlarge.2.linux.bigdata', cores: 4, ramMb: 8192 },
      ],
    };
    const entries = nodeSizeSuggestions(clusterOf(), offer, t).map(completionEntry);
    assert.deepEqual(
      entries.map((e) => [e.label, e.description, e.detail, e.insertText]),
      [
        [
          's3.xlarge.2.linux.bigdata',
          '4 vCPUs, 8 GB · used by core_node_analysis_group · master_node_default_group',
          '4 vCPUs, 8 GB · used by core_node_analysis_group · master_node_default_group',
          '"s3.xlarge.2.linux.bigdata"',
        ],
        ['c6.2xlarge.4.linux.bigdata', '8 vCPUs, 32 GB', '8 vCPUs, 32 GB', '"c6.2xlarge.4.linux.bigdata"'],
      ],
    );
  });

  it("offers the cluster's flavors, and says why in the detail, when MRS's offer could not be read", () => {
    const entries = nodeSizeSuggestions(clusterOf(), { ok: false, reason: 'no permission (HTTP 403)' }, t);
    assert.deepEqual(
      entries.map((e) => e.value),
      ['s3.xlarge.2.linux.bigdata'],
    );
    assert.match(entries[0].detail, /MRS's offered flavors could not be read \(no permission \(HTTP 403\)\)/);
  });
});
