// Right before the PUT the plan is held against a fresh reading: its state, the count of its group
// and the rules again, which must give exactly the planned body.
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import assert from 'node:assert/strict';
import { preparePlan, staleReasons, type ReadyPlan } from '../../../../src/core/plan';
import type { Cluster, Host } from '../../../../src/core/model/cluster';
import { clusterFactsOf, hostFactsOf } from '../../../../src/core/resize/facts';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { FakeClient } from '../operations/fakeClient';
import { CORE, TASK, clusterOf, taskHosts } from '../resize/clusters';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';

async function planOf(cluster: Cluster, draft: object, hosts: Host[] = []): Promise<ReadyPlan> {
  const client = new FakeClient([cluster]);
  client.hosts = hosts;
  const order = {
    connection: 'prod',
    clusterId: CLUSTER_ID,
    wayIn: 'cli',
    ask: { draft: { scaleType: 'scale_out', group: CORE, instances: 1, ...draft } },
  } as const;
  const plan = await preparePlan(client, order, { t, nowMs: T0, quota: new FakeQuotaReads() });
  assert.ok(plan.ready, JSON.stringify(plan.problems));
  return plan;
}

const reading = (cluster: Cluster, hosts: Host[] = []) => ({
  facts: clusterFactsOf(cluster),
  hosts: hosts.map(hostFactsOf),
});

describe('plan: staleReasons', () => {
  it('finds nothing on the same cluster', async () => {
    const plan = await planOf(clusterOf({ core: 5 }), {});
    assert.deepEqual(staleReasons(plan, reading(clusterOf({ core: 5 })), t), []);
  });

  it('holds the fresh reading to the raised limit the plan was made with', async () => {
    const above = clusterOf({ core: 3, task: 517 });
    const client = new FakeClient([above]);
    const order = {
      connection: 'prod',
      clusterId: CLUSTER_ID,
      wayIn: 'cli',
      ask: { draft: { scaleType: 'scale_out', group: TASK, instances: 5 } },
      maxNodes: 800,
    } as const;
    const plan = await preparePlan(client, order, { t, nowMs: T0, quota: new FakeQuotaReads() });
    assert.ok(plan.ready, JSON.stringify(plan.problems));
    assert.deepEqual(staleReasons(plan, reading(above), t), [], 'the fresh reading has no limit of its own');
  });

  it('says what changed: the count of the group', async () => {
    const plan = await planOf(clusterOf({ core: 5 }), { instances: 2 });
    assert.deepEqual(staleReasons(plan, reading(clusterOf({ core: 6 })), t), [
      `Core node group ${CORE} now has 6 nodes; the plan was made at 5.`,
    ]);
  });

  it('says what changed: the state, and what the rules say of it', async () => {
    const plan = await planOf(clusterOf({ core: 5 }), {});
    const scaling = clusterOf({ core: 5, cluster: { state: 'scaling-out', stateText: 'scaling-out' } });
    const reasons = staleReasons(plan, reading(scaling), t);
    assert.equal(reasons[0], 'The cluster is now scaling out; the plan was made when it was running.');
    assert.ok(reasons.length >= 2, reasons.join(' | '));
  });

  it('refuses a scale-in of chosen hosts when one of them is gone', async () => {
    const plan = await planOf(
      clusterOf({ task: 3 }),
      { scaleType: 'scale_in', group: TASK, instances: 1, serverIds: ['task-2'] },
      taskHosts(3),
    );
    const now = reading(clusterOf({ task: 3 }), taskHosts(2));
    const reasons = staleReasons(plan, now, t);
    assert.equal(reasons.length, 1, reasons.join(' | '));
    assert.match(reasons[0], /task-2/);
  });

  it('sees a first task group created since the plan (made against the doc alias)', async () => {
    const plan = await planOf(clusterOf(), {
      group: 'task_node_default_group',
      taskNodeInfo: {
        nodeSize: 's3.xlarge.2.linux.bigdata',
        dataVolumeType: 'SATA',
        dataVolumeCount: 1,
        dataVolumeSize: 100,
      },
    });
    const reasons = staleReasons(plan, reading(clusterOf({ task: 2 })), t);
    assert.equal(reasons[0], 'Task node group task_node_default_group now has 2 nodes; the plan was made at 0.');
  });

  it('refuses when the rules now build another body from the same draft', async () => {
    const plan = await planOf(clusterOf({ core: 5 }), {});
    const edited: ReadyPlan = {
      ...plan,
      call: {
        kind: 'v1.1',
        body: { parameters: { ...(plan.call.body as ResizeRequestDto).parameters, instances: 3 } },
      },
    };
    assert.deepEqual(staleReasons(edited, reading(clusterOf({ core: 5 })), t), [
      'On the cluster as it is now, the request would be different from the plan.',
    ]);
  });
});
