// mrs_applyResize over fakes: only a plan of this session, found by its digest, goes, and it goes the
// one way (the product's confirmation, the lock, a stale plan refused, one PUT, the journal); VS
// Code's confirmation names every node a scale-in may remove.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { CLUSTER_ID } from '../../../support/builders';
import { CORE, clusterOf, coreHosts, taskHosts } from '../resize/clusters';
import { agentHarness, digestOf, ListingClient } from './agentHarness';

const tasks = taskHosts(5).map((h, i) => ({ ...h, ip: `10.0.0.${i}` }));
const scaleOut = { cluster: 'analytics', group: 'core', direction: 'scale_out', count: 2 } as const;

/** Markdown as it reads: the escapes of names taken out. */
const plain = (markdown: string | undefined) => (markdown ?? '').replace(/\\(.)/g, '$1');

function harnessOf(answers?: boolean[], beforePut = [clusterOf({ core: 3, task: 5 })]) {
  const client = new ListingClient([clusterOf({ core: 3, task: 5 })], [clusterOf({ core: 5, task: 5 })]);
  client.beforePut = beforePut;
  client.hosts = [...coreHosts(3), ...tasks];
  return agentHarness(client, { answers });
}

describe('agent tools: mrs_applyResize', () => {
  it('refuses a digest no plan of this session has, asks nothing and sends nothing', async () => {
    const h = harnessOf();
    const digest = `sha256:${'a'.repeat(64)}`;
    assert.equal((await h.prepare('mrs_applyResize', { digest })).confirmation, undefined);
    const answer = await h.run('mrs_applyResize', { digest });
    assert.match(answer, /^No plan with the digest sha256:a{64} was made in this session; nothing was sent\./);
    assert.equal(h.confirmed.length, 0);
    assert.equal(h.client.resizeCalls.length + h.client.getClusterCalls, 0);
  });

  it('sends the plan once through the lifecycle: one PUT, a journal record of the agent, the outcome', async () => {
    const h = harnessOf();
    const digest = digestOf(await h.run('mrs_planResize', scaleOut));
    const prepared = await h.prepare('mrs_applyResize', { digest });
    assert.equal(prepared.invocationMessage, 'Applying the plan: analytics: core 3 → 5 (scale out 2)');
    assert.equal(prepared.confirmation?.title, 'Scale out core nodes of analytics: 3 → 5?');
    assert.ok(prepared.confirmation?.message.includes('"instances": 2'), prepared.confirmation?.message);
    const answer = await h.run('mrs_applyResize', { digest });
    assert.match(answer, /^MRS accepted the resize of analytics: 3 → 5 core nodes\.\nOperation op-1: /);
    assert.equal(h.client.resizeCalls.length, 1);
    assert.equal(h.confirmed.length, 1, "the product's own confirmation policy was asked");
    const record = h.lifecycle.history.get('op-1');
    assert.equal(record?.wayIn, 'agent');
    assert.equal(record?.groupName, CORE);
    await h.lifecycle.settled('op-1');
    const again = await h.run('mrs_applyResize', { digest });
    assert.match(again, /was already applied; nothing was sent again/);
    assert.equal(h.client.resizeCalls.length, 1, 'never twice');
  });

  it('refuses a plan the cluster no longer matches, saying what changed; nothing sent', async () => {
    const h = harnessOf(undefined, [clusterOf({ core: 3, task: 5 }), clusterOf({ core: 4, task: 5 })]);
    const digest = digestOf(await h.run('mrs_planResize', scaleOut));
    const answer = await h.run('mrs_applyResize', { digest });
    assert.match(
      answer,
      /^The plan no longer holds; nothing was sent\. Core node group core_node_analysis_group now has 4 nodes/,
    );
    assert.match(answer, /Make a new plan with mrs_planResize/);
    assert.equal(h.client.resizeCalls.length, 0);
    assert.deepEqual(h.lifecycle.history.list(), []);
  });

  it("names every node a scale-in may remove, and sends nothing when the product's own modal is declined", async () => {
    const h = harnessOf([false]);
    const chosen = tasks.slice(0, 4);
    const planned = await h.run('mrs_planResize', {
      cluster: 'analytics',
      group: 'task',
      direction: 'scale_in',
      count: 4,
      hosts: chosen.map((c) => c.id),
    });
    const digest = digestOf(planned);
    const message = plain((await h.prepare('mrs_applyResize', { digest })).confirmation?.message);
    assert.match(message, /Every node that may go \(4\):/);
    for (const host of chosen) {
      assert.ok(
        message.includes(`- ${host.name.slice(CLUSTER_ID.length + 1)} (${host.ip}, ACTIVE) — ID ${host.id}`),
        message,
      );
    }
    const answer = await h.run('mrs_applyResize', { digest });
    assert.equal(answer, 'The user declined the confirmation; nothing was sent.');
    assert.equal(h.confirmed[0]?.modal, true, 'the modal the form asks');
    assert.deepEqual(
      h.confirmed[0]?.removedNodes === 'chosenByMrs' ? [] : h.confirmed[0]?.removedNodes?.map((n) => n.id),
      chosen.map((c) => c.id),
    );
    assert.equal(h.client.resizeCalls.length, 0);
  });

  it('names every node of the group when MRS chooses which go', async () => {
    const h = harnessOf();
    const digest = digestOf(
      await h.run('mrs_planResize', { ...scaleOut, group: 'task', direction: 'scale_in', count: 1 }),
    );
    const message = plain((await h.prepare('mrs_applyResize', { digest })).confirmation?.message);
    assert.match(message, /MRS chooses which 1 of these 5 nodes of task_node_analysis_group go:/);
    assert.equal(tasks.filter((t) => message.includes(`— ID ${t.id}`)).length, 5);
  });

  it("returns MRS's refusal with its code, its words and the catalog's hint", async () => {
    const h = harnessOf();
    h.client.onResize = () =>
      Promise.reject(
        new MrsApiError('12000017: not running', {
          kind: 'conflict',
          status: 400,
          code: '12000017',
          serverMessage: 'Cluster state abnormal.',
        }),
      );
    const digest = digestOf(await h.run('mrs_planResize', scaleOut));
    const answer = await h.run('mrs_applyResize', { digest });
    assert.match(answer, /^MRS refused the resize \(12000017\): The cluster is not running/);
    assert.match(answer, /MRS says: “Cluster state abnormal\.”/);
    assert.match(answer, /Wait until the cluster state is running, refresh, and try again\./);
    assert.match(answer, /\nCode: 12000017$/);
    assert.equal(h.client.resizeCalls.length, 1);
    assert.equal(h.lifecycle.history.get('op-1')?.state, 'refused');
  });
});
