// The one preparer: one fresh reading (details and hosts), the one rule module, the exact request,
// the question and what the send will depend on; refusals keep every problem, placed for a file.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { preparePlan, type ResizeOrder } from '../../../../src/core/plan';
import { parseRequestFile } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID, aHost } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { FakeClient } from '../operations/fakeClient';
import { CORE, TASK, clusterOf, coreHosts, taskHosts } from '../resize/clusters';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';

const draftOrder = (draft: Partial<{ scaleType: 'scale_out' | 'scale_in'; group: string; instances: number }> = {}) =>
  ({
    connection: 'prod',
    clusterId: CLUSTER_ID,
    wayIn: 'form',
    ask: { draft: { scaleType: 'scale_out', group: '', instances: 1, ...draft } },
  }) satisfies ResizeOrder;

function fileOrder(request: string): ResizeOrder {
  const text = `{\n  "target": { "cluster_id": "${CLUSTER_ID}" },\n  "request": ${request}\n}\n`;
  return { connection: 'prod', clusterId: CLUSTER_ID, wayIn: 'cli', ask: { file: parseRequestFile(text, t) } };
}

const deps = { t, nowMs: T0, quota: new FakeQuotaReads() };

describe('plan: preparePlan', () => {
  it('applies the raised limit the order carries: a cluster above 500 scales out up to it', async () => {
    const above = clusterOf({ core: 3, task: 517 });
    const refused = await preparePlan(new FakeClient([above]), draftOrder({ group: TASK, instances: 10 }), deps);
    assert.equal(refused.ready, false);
    assert.deepEqual(
      refused.problems.map((p) => p.code),
      ['instances.aboveTotalLimit'],
    );
    assert.match(refused.problems[0].message, /more than the default limit of 500/);
    const order = { ...draftOrder({ group: TASK, instances: 10 }), maxNodes: 800 };
    const plan = await preparePlan(new FakeClient([above]), order, deps);
    assert.ok(plan.ready, JSON.stringify(plan.problems));
    assert.deepEqual([plan.target.from, plan.target.to], [517, 527]);
    assert.equal(plan.reading?.facts.maxCoreAndTaskNodes, 800, 'the plan keeps the limit it was made with');
    const beyond = await preparePlan(
      new FakeClient([above]),
      { ...order, ask: { draft: { ...order.ask.draft, instances: 281 } } },
      deps,
    );
    assert.equal(beyond.ready, false);
    assert.match(
      beyond.problems[0].message,
      /^Nodes that can be added: at most 280 here \(.*limited to 800, the raised limit/,
    );
  });

  it('reads the hosts of a core scale-out too, and refuses when one is not running', async () => {
    const client = new FakeClient([clusterOf()]);
    client.hosts = [
      ...coreHosts(2),
      aHost({ id: 'x', name: `${CLUSTER_ID}_node_core_x`, ip: '10.0.0.9', status: 'SHUTOFF' }),
    ];
    const plan = await preparePlan(client, draftOrder(), deps);
    assert.equal(plan.ready, false);
    assert.deepEqual(
      plan.problems.map((p) => p.code),
      ['cluster.hostsNotRunning'],
    );
    assert.match(plan.problems[0].message, /node_core_x \(10\.0\.0\.9, SHUTOFF\)/);
    assert.equal(client.listHostsCalls, 1);
    assert.equal(client.resizeCalls.length, 0);
  });

  it('makes a ready plan: the change, the exact request, the question and the expectation', async () => {
    const client = new FakeClient([clusterOf({ core: 5, cluster: { scale: 'scaling-error', errorInfo: 'old' } })]);
    client.hosts = coreHosts(5);
    const plan = await preparePlan(client, draftOrder({ instances: 2 }), deps);
    assert.ok(plan.ready, JSON.stringify(plan.problems));
    assert.deepEqual(plan.target, {
      clusterId: CLUSTER_ID,
      clusterName: 'analytics',
      groupName: CORE,
      role: 'core',
      scaleType: 'scale_out',
      from: 5,
      to: 7,
    });
    assert.equal(plan.request.method, 'PUT');
    assert.equal(plan.request.url, `https://mrs.example.com/v1.1/project/cluster_infos/${CLUSTER_ID}`);
    assert.deepEqual(plan.request.body, {
      parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', node_group: CORE, instances: 2 },
    });
    assert.equal(plan.confirmation.title, 'Scale out core nodes of analytics: 5 → 7?');
    assert.deepEqual(plan.expect, {
      state: 'running',
      stateText: 'running',
      group: { name: CORE, role: 'core', nodeCount: 5 },
    });
    assert.deepEqual([plan.reading?.facts.scale, plan.reading?.facts.errorInfo], ['scaling-error', 'old']);
    assert.equal(plan.reading?.hosts.length, 5);
    assert.equal(plan.madeAt, new Date(T0).toISOString());
    assert.equal(plan.wayIn, 'form');
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan, 'a plan is plain data');
  });

  it('places the problems of a request file on their nodes, and keeps its warnings in a ready plan', async () => {
    const client = new FakeClient([clusterOf({ task: 3 })]);
    client.hosts = taskHosts(3);
    const order = fileOrder(
      `{ "parameters": { "scale_type": "scale_in", "node_id": "node_orderadd", "node_group": "${TASK}", "instances": "9" } }`,
    );
    const refused = await preparePlan(client, order, deps);
    assert.equal(refused.ready, false);
    const error = refused.problems.find((p) => p.severity === 'error');
    assert.deepEqual(error?.path, ['request', 'parameters', 'instances']);
    const text = 'file' in order.ask ? order.ask.file.text : '';
    assert.equal(text.slice(error?.offset, (error?.offset ?? 0) + (error?.length ?? 0)), '"9"');
  });

  it('refuses while a resize of the cluster is under way, naming it; for a file at target.cluster_id', async () => {
    const client = new FakeClient([clusterOf()]);
    const busy = (id: string, name: string) => Promise.resolve(`${name} (${id}) is busy`);
    const plan = await preparePlan(client, draftOrder(), { ...deps, busy });
    assert.equal(plan.ready, false);
    assert.deepEqual(plan.problems[0], {
      severity: 'error',
      code: 'cluster.busy',
      message: `analytics (${CLUSTER_ID}) is busy`,
      path: [],
    });
    const order = fileOrder(
      `{ "parameters": { "scale_type": "scale_out", "node_id": "node_orderadd", "instances": 1 } }`,
    );
    const filePlan = await preparePlan(client, order, { ...deps, busy });
    assert.deepEqual(filePlan.problems[0].path, ['target', 'cluster_id']);
    assert.ok((filePlan.problems[0].offset ?? 0) > 0);
  });

  it('refuses a cluster that is gone, as a problem; other read errors are thrown', async () => {
    const gone = new FakeClient([new MrsApiError('no such cluster', { kind: 'notFound', status: 404 })]);
    const plan = await preparePlan(gone, draftOrder(), deps);
    assert.deepEqual(
      [plan.ready, plan.problems.map((p) => p.code), plan.reading],
      [false, ['cluster.notFound'], undefined],
    );
    const filePlan = await preparePlan(gone, fileOrder('{ "parameters": {} }'), deps);
    assert.ok(filePlan.problems.some((p) => p.code === 'target.unknownCluster'));
    const down = new FakeClient([new MrsApiError('busy', { kind: 'unavailable', status: 503 })]);
    await assert.rejects(preparePlan(down, draftOrder(), deps), (e: unknown) => e instanceof MrsApiError);
  });

  it('warns, on the instances, when the group no longer has the count the way in showed', async () => {
    const client = new FakeClient([clusterOf({ core: 6 })]);
    const same = await preparePlan(client, { ...draftOrder({ instances: 2 }), shown: { from: 6 } }, deps);
    assert.deepEqual(same.problems, []);
    const moved = await preparePlan(client, { ...draftOrder({ instances: 2 }), shown: { from: 5 } }, deps);
    assert.ok(moved.ready);
    assert.deepEqual(moved.problems, [
      {
        severity: 'warning',
        code: 'cluster.changedSinceShown',
        message: 'The node group now has 6 nodes, not 5 as shown: the change is 6 → 8.',
        path: ['parameters', 'instances'],
      },
    ]);
    assert.deepEqual(
      moved.confirmation.notes.map((n) => n.code),
      ['cluster.changedSinceShown'],
      'the question says it too (an editor way in then asks instead of sending at once)',
    );
  });

  it('puts errors before warnings in a draft plan', async () => {
    const client = new FakeClient([clusterOf({ core: 3, cluster: { scale: 'scaling-error' } })]);
    const plan = await preparePlan(client, draftOrder({ scaleType: 'scale_in', instances: 1, group: CORE }), deps);
    assert.deepEqual(
      plan.problems.map((p) => p.code),
      ['instances.belowCoreMinimum', 'cluster.lastResizeFailed'],
    );
  });
});
