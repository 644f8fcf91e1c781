// mrs_planResize over fakes: the one plan as text (the change, the exact call and body, every finding,
// the quota's included, and the digest of a plan that can be sent); it never sends.
import assert from 'node:assert/strict';
import { planDigest } from '../../../../src/core/plan/savedPlan';
import { CLUSTER_ID } from '../../../support/builders';
import { CORE, TASK, clusterOf, coreHosts, taskHosts } from '../resize/clusters';
import { agentHarness, digestOf, ListingClient } from './agentHarness';

/** Task hosts with an IP each. */
const tasks = taskHosts(4).map((h, i) => ({ ...h, ip: `10.0.0.${i}` }));

const scaleOut = { cluster: 'analytics', group: 'core', direction: 'scale_out', count: 2 } as const;

function harnessOf(cluster = clusterOf({ core: 3, task: 4 })) {
  const client = new ListingClient([cluster], [cluster]);
  client.hosts = [...coreHosts(3), ...tasks];
  return agentHarness(client);
}

describe('agent tools: mrs_planResize', () => {
  it('plans a core scale-out as text: the change, the call, the exact request, the digest; nothing sent', async () => {
    const h = harnessOf();
    const answer = await h.run('mrs_planResize', scaleOut);
    assert.match(answer, /^Plan made on a fresh reading of the cluster; nothing was sent\./);
    assert.ok(answer.includes('Change: analytics: core 3 → 5 (scale out 2)'), answer);
    assert.ok(answer.includes(`Nodes to add to node group ${CORE}: 2.`), answer);
    assert.ok(answer.includes('Call: PUT /v1.1/{project_id}/cluster_infos/{cluster_id}'), answer);
    assert.ok(answer.includes(`PUT https://mrs.example.com/v1.1/project/cluster_infos/${CLUSTER_ID}`), answer);
    assert.ok(answer.includes('Authorization: … (secret: added when it is sent, never shown)'), answer);
    assert.ok(answer.includes(`"node_group": "${CORE}"`) && answer.includes('"instances": 2'), answer);
    assert.match(answer, /^Quota for 2 new nodes: servers 2 needed, .*; (at most \d+ nodes fit|no limit)/m, answer);
    const digest = digestOf(answer);
    const entry = h.book.get(digest);
    assert.equal(entry?.state, 'ready');
    assert.equal(entry && planDigest(entry.plan), digest, 'the digest of the plan the book keeps');
    assert.equal(entry?.plan.wayIn, 'agent');
    assert.equal(h.client.resizeCalls.length, 0, 'a plan sends nothing');
    assert.equal(h.lifecycle.history.list().length, 0, 'and writes no operation');
  });

  it('refuses a core scale-in below 3 nodes: the rule and its code, no digest, nothing sent', async () => {
    const h = harnessOf();
    const answer = await h.run('mrs_planResize', { ...scaleOut, direction: 'scale_in', count: 1 });
    assert.match(answer, /^The resize of analytics cannot be sent; nothing was sent\. The plan is refused:/);
    assert.match(answer, /- Error: .*\(instances\.[a-zA-Z]+\)/);
    assert.ok(!answer.includes('sha256:'), 'no digest to apply');
    assert.equal(h.client.resizeCalls.length, 0);
  });

  it("names the quota pre-flight's finding with MRS's code when the quota cannot hold the nodes", async () => {
    const h = harnessOf();
    h.lifecycle.quota.ecs = {
      instances: { max: 10, used: 10 },
      cores: { max: 1000, used: 0 },
      ramMb: { max: 1e7, used: 0 },
    };
    const answer = await h.run('mrs_planResize', scaleOut);
    assert.match(answer, /\(quota\.instances\)/, answer);
    assert.match(answer, /12000030/, "MRS's code of the refusal it foresees");
    assert.match(
      answer,
      /^Quota for 2 new nodes: servers 2 needed, 0 free.*at most 0 nodes fit \(limited by servers\)\.$/m,
    );
    assert.ok(!answer.includes('sha256:'));
    assert.equal(h.client.resizeCalls.length, 0);
  });

  it('takes a task group by its role and the hosts of a scale-in by short name or IP: their ECS ids are sent', async () => {
    const h = harnessOf();
    const [a, b] = tasks;
    const answer = await h.run('mrs_planResize', {
      cluster: CLUSTER_ID,
      group: 'task',
      direction: 'scale_in',
      count: 2,
      hosts: [`node_task_0`, b.ip ?? ''],
    });
    const plan = h.book.get(digestOf(answer))?.plan;
    assert.equal(plan?.target.groupName, TASK);
    assert.deepEqual(plan?.call.kind === 'v1.1' ? plan.call.body.parameters.server_ids : [], [a.id, b.id]);
  });

  it('asks which group when the cluster has several of the role, and plans nothing', async () => {
    const second = { ...clusterOf().nodeGroups[1], name: 'core_node_streaming_group' };
    const h = harnessOf(clusterOf({ core: 3, extra: [second] }));
    const answer = await h.run('mrs_planResize', scaleOut);
    assert.equal(
      answer,
      `analytics has several node groups of that role: ${CORE}, core_node_streaming_group. Give the group by name.`,
    );
    assert.equal(h.client.getClusterCalls, 0, 'no reading for a plan it cannot make');
  });

  it('says which input is wrong and does nothing', async () => {
    const h = harnessOf();
    const answer = await h.run('mrs_planResize', {
      cluster: 'analytics',
      group: 'core',
      direction: 'up',
      count: 0,
      ak: 'x',
    });
    assert.equal(
      answer,
      'The input was not used: "direction" must be one of: scale_out, scale_in. "count" must be a whole number of at least 1. "ak" is not an input of this tool. Nothing was done.',
    );
    assert.equal(h.client.getClusterCalls + h.client.listRequests, 0);
  });

  it('says so when no cluster has the name, without planning', async () => {
    const h = harnessOf();
    const answer = await h.run('mrs_planResize', { ...scaleOut, cluster: 'nope' });
    assert.equal(answer, 'No cluster with the name or ID "nope" on prod.');
    assert.equal(h.client.getClusterCalls, 0);
  });
});
