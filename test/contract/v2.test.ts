// The v2 calls of custom clusters and master groups over real HTTP (docs/mrs-api.md §3.4, §3.6): ListNodes
// read whichever way `offset` is meant, the plan choosing expand or shrink and saying so, each POST sent
// once and followed to the end, an order for a yearly/monthly group, and every refusal the emulator knows.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import type { ShrinkRequestDto } from '../../src/core/api/wire';
import { explainError } from '../../src/core/api/catalog';
import { isOutcomeUnknown } from '../../src/core/api/errors';
import { preparePlan, readCluster, type ReadyPlan } from '../../src/core/plan';
import type { ResizeDraft } from '../../src/core/resize/types';
import { englishTranslate as t } from '../../src/core/translate';
import { aResize } from './builders';
import {
  akskOf,
  apiError,
  connect,
  idOf,
  route,
  sent,
  untilRunning,
  useEmulator,
  type EmulatorHandle,
  type TestConnection,
} from './support';

const LAKE = 'custom-lake';
const DEGRADED = 'custom-degraded';
const LAKE_GROUPS = {
  master_node_default_group: ['master', 3],
  node_group_data: ['core', 3],
  node_group_hbase: ['core', 2],
  node_group_compute: ['task', 2],
  node_group_reserved: ['task', 2],
};

function client(emu: Emulator): TestConnection {
  return connect(emu, akskOf(emu));
}

async function planFor(emu: Emulator, cluster: string, draft: ResizeDraft): Promise<ReadyPlan> {
  const conn = client(emu);
  const order = { connection: 'emu', clusterId: idOf(emu, cluster), wayIn: 'cli' as const, ask: { draft } };
  const plan = await preparePlan(conn.client, order, { t, nowMs: Date.now(), quota: conn.quota });
  assert.ok(plan.ready, plan.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
  return plan;
}

async function groupCount(conn: TestConnection, clusterId: string, group: string): Promise<number | undefined> {
  const cluster = await conn.client.getCluster(clusterId);
  return cluster.nodeGroups.find((g) => g.name === group)?.nodeCount;
}

function listNodes(ctx: EmulatorHandle): void {
  it('reads every node of a custom cluster page by page, with roles, billing and resource ids', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, LAKE);
    const nodes = await conn.client.listNodes(id, { pageSize: 5 });
    assert.equal(nodes.length, 12);
    assert.equal(new Set(nodes.map((n) => n.resourceId)).size, 12, 'each node once');
    assert.equal(sent(ctx.emu, 'listNodes'), 3, 'offset read as a page: 5 + 5 + 2');
    const byGroup = new Map<string, Set<string>>();
    for (const n of nodes) {
      byGroup.set(n.groupName ?? '', (byGroup.get(n.groupName ?? '') ?? new Set()).add(`${n.role}/${n.billing}`));
    }
    assert.deepEqual(Object.fromEntries([...byGroup].map(([g, s]) => [g, [...s]])), {
      master_node_default_group: ['master/payPerUse'],
      node_group_data: ['core/payPerUse'],
      node_group_hbase: ['core/payPerUse'],
      node_group_compute: ['task/payPerUse'],
      node_group_reserved: ['task/yearlyMonthly'],
    });
    const hosts = await conn.client.listHosts(id);
    assert.deepEqual(
      nodes.map((n) => n.resourceId).sort(),
      hosts.map((h) => h.resourceId).sort(),
      'the same resource ids as the v1.1 host list',
    );
    assert.ok(nodes.every((n) => n.components === undefined));
  });

  it('reads the same nodes when the server takes offset as an item offset', async () => {
    ctx.emu.setV2Options({ nodesOffset: 'item' });
    const conn = client(ctx.emu);
    const nodes = await conn.client.listNodes(idOf(ctx.emu, LAKE), { pageSize: 5 });
    assert.equal(new Set(nodes.map((n) => n.resourceId)).size, 12);
    assert.equal(nodes.length, 12);
    assert.equal(sent(ctx.emu, 'listNodes'), 4, 'offsets 1, 2 (item mode detected), 7, 12');
  });

  it('filters by group, and reads components only with query_node_detail', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, LAKE);
    const plain = await conn.client.listNodes(id, { group: 'node_group_data' });
    assert.deepEqual(
      plain.map((n) => [n.groupName, n.components]),
      [0, 1, 2].map(() => ['node_group_data', undefined]),
    );
    const detailed = await conn.client.listNodes(id, { group: 'node_group_data', detail: true });
    assert.ok(detailed.every((n) => n.components?.includes('DataNode') && n.components.includes('NodeManager')));
    assert.ok(
      ctx.emu.requests().log.some((e) => e.route === 'listNodes' && e.query.includes('query_node_detail=true')),
    );
  });

  it("the plan's reading of a custom cluster knows each group's role and billing", async () => {
    const conn = client(ctx.emu);
    const reading = await readCluster(conn.client, idOf(ctx.emu, LAKE));
    const groups = Object.fromEntries(reading.facts.nodeGroups.map((g) => [g.name, [g.role, g.nodeCount]]));
    assert.deepEqual(groups, LAKE_GROUPS);
    const reserved = reading.facts.nodeGroups.find((g) => g.name === 'node_group_reserved');
    assert.equal(reserved?.billing, 'yearlyMonthly');
    assert.equal(sent(ctx.emu, 'listNodes'), 1, 'one ListNodes request: 12 nodes fit a page of 100');
  });

  it('reads no nodes for an analysis cluster', async () => {
    await readCluster(client(ctx.emu).client, idOf(ctx.emu, 'analytics-prod'));
    assert.equal(sent(ctx.emu, 'listNodes'), 0);
  });
}

function expand(ctx: EmulatorHandle): void {
  it('a custom core-role group: the plan chooses POST …/expand, sent once, followed to the new count', async () => {
    const plan = await planFor(ctx.emu, LAKE, { scaleType: 'scale_out', group: 'node_group_data', instances: 1 });
    assert.equal(plan.call.kind, 'expand');
    assert.equal(plan.request.method, 'POST');
    assert.match(plan.request.url, /\/v2\/[0-9a-f]+\/clusters\/[0-9a-f-]+\/expand$/);
    assert.deepEqual(plan.call.body, {
      node_group_name: 'node_group_data',
      count: 1,
      skip_bootstrap_scripts: false,
      scale_without_start: false,
    });
    const conn = client(ctx.emu);
    const accepted = await conn.client.send(plan.clusterId, plan.call);
    assert.deepEqual([accepted.result, accepted.orderId], ['succeeded', undefined]);
    const { last, seen } = await untilRunning(conn, plan.clusterId);
    assert.equal(seen[0].state, 'scaling-out');
    assert.equal(last.nodeGroups.find((g) => g.name === 'node_group_data')?.nodeCount, 4);
    assert.deepEqual([sent(ctx.emu, 'expand'), sent(ctx.emu, 'resize')], [1, 0]);
    const logged = ctx.emu.requests().log.find((e) => e.route === 'expand');
    assert.equal(logged?.resize?.skipBootstrapScripts, false, 'the explicit false overrides v2 default true');
  });

  it('accepts the other spelling of the answer ("success")', async () => {
    ctx.emu.setV2Options({ expandResult: 'success' });
    const conn = client(ctx.emu);
    const accepted = await conn.client.send(idOf(ctx.emu, LAKE), {
      kind: 'expand',
      body: { node_group_name: 'node_group_compute', count: 1, skip_bootstrap_scripts: false },
    });
    assert.equal(accepted.result, 'success');
    await untilRunning(conn, idOf(ctx.emu, LAKE));
    assert.equal(await groupCount(conn, idOf(ctx.emu, LAKE), 'node_group_compute'), 3);
  });

  it('a yearly/monthly group: an order id, nothing starts, one POST; the plan warns first', async () => {
    const plan = await planFor(ctx.emu, LAKE, { scaleType: 'scale_out', group: 'node_group_reserved', instances: 1 });
    assert.ok(plan.problems.some((p) => p.code === 'group.orderToPay' && p.severity === 'warning'));
    const conn = client(ctx.emu);
    const accepted = await conn.client.send(plan.clusterId, plan.call);
    assert.match(accepted.orderId ?? '', /^CS/);
    const cluster = await conn.client.getCluster(plan.clusterId);
    assert.equal(cluster.state, 'running');
    assert.equal(await groupCount(conn, plan.clusterId, 'node_group_reserved'), 2);
    assert.equal(sent(ctx.emu, 'expand'), 1);
  });

  it("an analysis cluster's master group: the plan chooses expand with a warning; masters 2 → 3", async () => {
    const plan = await planFor(ctx.emu, 'analytics-prod', {
      scaleType: 'scale_out',
      group: 'master_node_default_group',
      instances: 1,
    });
    assert.equal(plan.call.kind, 'expand');
    assert.ok(plan.problems.some((p) => p.code === 'group.masterScaleOut' && p.severity === 'warning'));
    assert.equal(plan.confirmation.modal, true);
    const conn = client(ctx.emu);
    await conn.client.send(plan.clusterId, plan.call);
    const { last } = await untilRunning(conn, plan.clusterId);
    assert.equal(last.nodeGroups.find((g) => g.role === 'master')?.nodeCount, 3);
    assert.deepEqual([sent(ctx.emu, 'expand'), sent(ctx.emu, 'resize')], [1, 0]);
  });

  it("the v1.1 PUT on a custom cluster is refused with MRS's own answer (why the plan never sends it)", async () => {
    const conn = client(ctx.emu);
    const error = await apiError(conn.client.resize(idOf(ctx.emu, LAKE), aResize({ node_group: 'node_group_data' })), {
      kind: 'validation',
      code: '12000002',
    });
    assert.match(error.message, /role list cannot be empty/);
  });
}

function shrink(ctx: EmulatorHandle): void {
  it('a custom task-role group by count: the plan chooses POST …/shrink; 2 → 1', async () => {
    const plan = await planFor(ctx.emu, LAKE, { scaleType: 'scale_in', group: 'node_group_compute', instances: 1 });
    assert.deepEqual(plan.call, { kind: 'shrink', body: { node_group_name: 'node_group_compute', count: 1 } });
    assert.match(plan.request.url, /\/shrink$/);
    const conn = client(ctx.emu);
    await conn.client.send(plan.clusterId, plan.call);
    const { seen } = await untilRunning(conn, plan.clusterId);
    assert.equal(seen[0].state, 'scaling-in');
    assert.equal(await groupCount(conn, plan.clusterId, 'node_group_compute'), 1);
    assert.equal(sent(ctx.emu, 'shrink'), 1);
  });

  it('the abnormal node by resource id: force-deleted, said so in the confirmation, and gone after', async () => {
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, DEGRADED);
    const abnormal = (await conn.client.listNodes(id, { group: 'node_group_etl' })).filter(
      (n) => n.status === 'abnormal',
    );
    assert.equal(abnormal.length, 1);
    const resourceId = abnormal[0].resourceId ?? '';
    const plan = await planFor(ctx.emu, DEGRADED, {
      scaleType: 'scale_in',
      group: 'node_group_etl',
      instances: 1,
      resourceIds: [resourceId],
    });
    assert.deepEqual(plan.call.body, { node_group_name: 'node_group_etl', resource_ids: [resourceId] });
    assert.equal(plan.confirmation.forceDelete, true);
    await conn.client.send(id, plan.call);
    await untilRunning(conn, id);
    const left = await conn.client.listNodes(id, { group: 'node_group_etl' });
    assert.deepEqual([left.length, left.some((n) => n.resourceId === resourceId)], [2, false]);
  });

  it('a master shrink is refused by the plan, before anything is sent', async () => {
    const conn = client(ctx.emu);
    const order = {
      connection: 'emu',
      clusterId: idOf(ctx.emu, LAKE),
      wayIn: 'cli' as const,
      ask: { draft: { scaleType: 'scale_in' as const, group: 'master_node_default_group', instances: 1 } },
    };
    const plan = await preparePlan(conn.client, order, { t, nowMs: Date.now(), quota: conn.quota });
    assert.equal(plan.ready, false);
    assert.ok(plan.problems.some((p) => p.code === 'group.masterScaleIn' && p.severity === 'error'));
    assert.deepEqual([sent(ctx.emu, 'shrink'), sent(ctx.emu, 'expand'), sent(ctx.emu, 'resize')], [0, 0, 0]);
  });
}

/** Bodies the rules would refuse, sent straight to the client: MRS's own refusal, one POST each. */
function refusals(ctx: EmulatorHandle): void {
  const shrinkOf = (body: ShrinkRequestDto) => ({ kind: 'shrink' as const, body });
  const cases: readonly [string, string, ShrinkRequestDto | 'busy' | 'stopped' | 'healthy', string, string][] = [
    ['the master group', LAKE, { node_group_name: 'master_node_default_group', count: 1 }, 'validation', '12000054'],
    ['emptying a core-role group', LAKE, { node_group_name: 'node_group_hbase', count: 2 }, 'validation', '12000013'],
    ['an unknown group', LAKE, { node_group_name: 'node_group_nope', count: 1 }, 'validation', '12000002'],
    ['a healthy node by resource id', DEGRADED, 'healthy', 'validation', '12000002'],
    ['a cluster that is scaling', LAKE, 'busy', 'conflict', '12000018'],
    ['a cluster that is not running', LAKE, 'stopped', 'conflict', '12000017'],
  ];
  for (const [what, cluster, body, kind, code] of cases) {
    it(`${code}: ${what}`, async () => {
      const conn = client(ctx.emu);
      const id = idOf(ctx.emu, cluster);
      let call = shrinkOf(typeof body === 'object' ? body : { node_group_name: 'node_group_compute', count: 1 });
      let before = 0;
      if (body === 'busy') {
        await conn.client.send(id, { kind: 'expand', body: { node_group_name: 'node_group_data', count: 1 } });
        before = 1;
        call = shrinkOf({ node_group_name: 'node_group_compute', count: 1 });
      } else if (body === 'stopped') {
        ctx.emu.setClusterState(cluster, { clusterState: 'frozen' });
      } else if (body === 'healthy') {
        const healthy = (await conn.client.listNodes(id, { group: 'node_group_etl' })).find(
          (n) => n.status === 'running',
        );
        call = shrinkOf({ node_group_name: 'node_group_etl', resource_ids: [healthy?.resourceId ?? ''] });
      }
      const error = await apiError(conn.client.send(id, call), { kind: kind as 'validation', code });
      assert.equal(explainError(error, 'en').byCode, true, 'the catalog explains it');
      assert.equal(sent(ctx.emu, 'shrink'), 1, 'one POST, never resent');
      assert.equal(sent(ctx.emu, 'expand'), before);
    });
  }
}

function faults(ctx: EmulatorHandle): void {
  const call = { kind: 'expand' as const, body: { node_group_name: 'node_group_data', count: 1 } };

  it('the answer of the POST is lost after MRS ran it: outcome unknown, one POST, the resize happened', async () => {
    ctx.emu.addFault({ route: 'expand', kind: 'reset', phase: 'after' });
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, LAKE);
    const error = await apiError(conn.client.send(id, call), { kind: 'outcomeUnknown' });
    assert.equal(isOutcomeUnknown(error), true);
    assert.equal(sent(ctx.emu, 'expand'), 1);
    assert.deepEqual(conn.waits, [], 'no retry');
    const { last } = await untilRunning(conn, id);
    assert.equal(last.nodeGroups.find((g) => g.name === 'node_group_data')?.nodeCount, 4);
  });

  it('a 503 before MRS ran it: outcome unknown (the client cannot tell), one POST, nothing applied', async () => {
    ctx.emu.addFault({ route: 'expand', kind: 'status', status: 503 });
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, LAKE);
    await apiError(conn.client.send(id, call), { kind: 'outcomeUnknown', status: 503 });
    assert.equal(sent(ctx.emu, 'expand'), 1);
    assert.equal(await groupCount(conn, id, 'node_group_data'), 3);
  });

  it('the rate limit: the 61st expand in a minute is refused by the gateway (429 APIGW.0308), not retried', async () => {
    ctx.emu.setV2Options({ rateLimit: true });
    const conn = client(ctx.emu);
    const id = idOf(ctx.emu, LAKE);
    // A frozen cluster refuses every expand (12000017); refused calls count against the limit all the same.
    ctx.emu.setClusterState(LAKE, { clusterState: 'frozen' });
    for (let i = 0; i < 60; i++) {
      await apiError(conn.client.send(id, call), { kind: 'conflict', code: '12000017' });
    }
    const error = await apiError(conn.client.send(id, call), { kind: 'rateLimited', status: 429, code: 'APIGW.0308' });
    assert.match(explainError(error, 'en').hint, /60 expand and 60 shrink calls a minute/);
    assert.deepEqual(route(ctx.emu, 'expand').statuses, { 400: 60, 429: 1 });
    assert.deepEqual(conn.waits, []);
  });
}

describe('contract: v2 expand, shrink and ListNodes', function () {
  this.timeout(20_000);
  const ctx = useEmulator();
  describe('ListNodes', () => listNodes(ctx));
  describe('expand', () => expand(ctx));
  describe('shrink', () => shrink(ctx));
  describe('refusals', () => refusals(ctx));
  describe('faults', () => faults(ctx));
});
