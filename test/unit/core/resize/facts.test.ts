// The rules read plain facts: a Cluster and its JSON-safe facts (as a webview receives them) give
// the same answers.
import assert from 'node:assert/strict';
import {
  checkResize,
  clusterFactsOf,
  hostFactsOf,
  type ClusterFacts,
  type HostFacts,
  type ResizeDraft,
} from '../../../../src/core/resize/rules';
import type { Cluster, Host } from '../../../../src/core/model/cluster';
import { englishTranslate } from '../../../../src/core/translate';
import { aHost, aNodeGroup } from '../../../support/builders';
import { CORE, TASK, clusterOf, coreHosts, draft, seen, taskHosts } from './clusters';
import { v11Body } from './v11Body';

/** What a webview or a JSON document gets back. */
function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const CASES: ReadonlyArray<{ name: string; cluster: Cluster; hosts?: Host[]; draft: ResizeDraft }> = [
  { name: 'a core scale-out', cluster: clusterOf(), draft: draft({ instances: '2', scaleWithoutStart: true }) },
  {
    name: 'a task scale-in with hosts, one of them down',
    cluster: clusterOf({ core: 4, task: 3 }),
    hosts: [...coreHosts(4), ...taskHosts(3).map((h, i) => (i === 2 ? { ...h, status: 'SHUTOFF' } : h))],
    draft: draft({ group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'ghost'] }),
  },
  {
    name: 'a task scale-out from zero by the alias',
    cluster: clusterOf(),
    draft: draft({ group: 'task_node_default_group', taskNodeInfo: { nodeSize: 'f', dataVolumeCount: '2' } }),
  },
  {
    name: 'an empty task group without a flavor, on an old cluster failing its last resize',
    cluster: clusterOf({
      task: 0,
      taskFlavor: undefined,
      cluster: { version: 'MRS 1.6.3', scale: 'scaling-error', region: undefined },
    }),
    draft: draft({ group: TASK, scaleWithoutStart: true }),
  },
  {
    name: 'a yearly/monthly cluster that is frozen',
    cluster: clusterOf({
      cluster: {
        state: 'frozen',
        stateText: 'frozen',
        billing: { mode: 'yearlyMonthly', period: 'monthly', billingType: undefined },
      },
    }),
    draft: draft({ group: 'core_node_default_group' }),
  },
];

describe('resize rules: plain facts', () => {
  for (const c of CASES) {
    it(`answers the same for a Cluster and for its facts through JSON: ${c.name}`, () => {
      const fromModel = seen(checkResize({ cluster: c.cluster, hosts: c.hosts, draft: c.draft }, englishTranslate));
      const facts = throughJson({ cluster: clusterFactsOf(c.cluster), hosts: c.hosts?.map(hostFactsOf) });
      const fromFacts = checkResize({ ...facts, draft: c.draft }, englishTranslate);
      assert.deepEqual(fromFacts, fromModel);
      assert.ok(fromModel.problems.length > 0 || v11Body(fromModel), 'the case says something');
    });
  }

  it('copies only what the rules read, with no Date, equal to its own JSON round trip', () => {
    const cluster = clusterOf({ task: 1, taskFlavor: undefined, cluster: { version: undefined } });
    const facts = clusterFactsOf(cluster);
    const disks = { type: 'SATA', count: 1, sizeGb: 100 };
    assert.ok(cluster.createdAt instanceof Date);
    assert.deepEqual(facts, {
      id: cluster.id,
      name: 'analytics',
      state: 'running',
      stateText: 'running',
      billing: { mode: 'payPerUse' },
      clusterType: 0,
      nodeGroups: [
        {
          name: 'master_node_default_group',
          role: 'master',
          nodeCount: 2,
          flavor: 's3.xlarge.2.linux.bigdata',
          dataVolume: disks,
        },
        { name: CORE, role: 'core', nodeCount: 3, flavor: 's3.xlarge.2.linux.bigdata', dataVolume: disks },
        { name: TASK, role: 'task', nodeCount: 1, dataVolume: disks },
      ],
    } satisfies ClusterFacts);
    assert.deepEqual(throughJson(facts), facts);
  });

  it('copies the host fields the rules read', () => {
    const host = aHost({ id: 'h', name: 'n', status: 'ACTIVE', type: 'Task', nodeGroupName: undefined });
    assert.deepEqual(hostFactsOf(host), {
      id: 'h',
      name: 'n',
      ip: '192.168.0.169',
      status: 'ACTIVE',
      type: 'Task',
    } satisfies HostFacts);
  });

  it('answers with the group as facts, not as the model object it was given', () => {
    const group = aNodeGroup({ role: 'core', name: CORE, nodeCount: 3 });
    const r = checkResize({ cluster: clusterOf(), draft: draft() }, englishTranslate);
    assert.deepEqual(r.group?.group, {
      name: CORE,
      role: 'core',
      nodeCount: 3,
      flavor: group.flavor,
      dataVolume: group.dataVolume,
    });
    const unknownDisks = aNodeGroup({ dataVolume: { type: undefined, count: undefined, sizeGb: undefined } });
    assert.equal('dataVolume' in clusterFactsOf(clusterOf({ extra: [unknownDisks] })).nodeGroups[2], false);
  });
});
