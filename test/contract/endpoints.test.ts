// The read endpoints over real HTTP: cluster list (paging, state and name filters), details with
// the wire quirks (PascalCase node groups, counts as strings), and the paged host list.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import type { ListClustersQuery } from '../../src/core/api/MrsClient';
import { aNodeGroup } from '../support/builders';
import {
  apiError,
  akskOf,
  connect,
  idOf,
  route,
  SEEDED_CLUSTERS,
  sent,
  useEmulator,
  type EmulatorHandle,
  type TestConnection,
} from './support';

/** The seed's clusters by state (emulator/README.md). */
const RUNNING = [
  'analytics-prod',
  'etl-nightly',
  'stream-events',
  'reporting-warehouse',
  'billing-yearly',
  'bigscale-batch',
  'hdfs-degraded',
  'retry-scaleout',
  'hybrid-insights',
  'pending-order',
  'legacy-hadoop',
  'adhoc-queries',
  'custom-lake',
  'custom-degraded',
  'hpc-simulation',
  'memory-analytics',
  'edge-collectors',
  'branch-subnet',
];
const SEEDED = SEEDED_CLUSTERS;

const sorted = (names: string[]): string[] => [...names].sort();

function client(emu: Emulator): TestConnection {
  return connect(emu, akskOf(emu), { projectId: emu.credentials.projectId });
}

function listPages(ctx: EmulatorHandle): void {
  it('reads one page at a time: page sizes, clusterTotal, hasMore, and no cluster twice', async () => {
    const conn = client(ctx.emu);
    const pages = [];
    for (let page = 1; page <= 4; page++) {
      pages.push(await conn.client.listClustersPage({ page, pageSize: 7 }));
    }
    const shape = pages.map((p) => `${p.clusters.length} of ${p.total}${p.hasMore ? ', more' : ''}`);
    assert.deepEqual(shape, [
      `7 of ${SEEDED}, more`,
      `7 of ${SEEDED}, more`,
      `7 of ${SEEDED}, more`,
      `${SEEDED - 21} of ${SEEDED}`,
    ]);
    assert.equal(new Set(pages.flatMap((p) => p.clusters.map((c) => c.id))).size, SEEDED);
    const queries = ctx.emu.requests().log.map((e) => new URLSearchParams(e.query));
    assert.deepEqual(
      queries.map((q) => [q.get('currentPage'), q.get('pageSize')]),
      ['1', '2', '3', '4'].map((page) => [page, '7']),
    );
  });

  it('reads every page with listClusters, newest first, and stops at clusterTotal', async () => {
    const all = await client(ctx.emu).client.listClusters({ pageSize: 3 });
    assert.equal(all.length, SEEDED);
    assert.equal(sent(ctx.emu, 'listClusters'), Math.ceil(SEEDED / 3));
    const created = all.map((c) => c.createdAt?.getTime() ?? 0);
    assert.deepEqual(
      created,
      [...created].sort((a, b) => b - a),
    );
  });

  it('an empty page past the end says there is nothing more; the default page is 1 of 50', async () => {
    const page = await client(ctx.emu).client.listClustersPage({ page: 9, pageSize: 5 });
    assert.deepEqual(
      { n: page.clusters.length, total: page.total, hasMore: page.hasMore },
      { n: 0, total: SEEDED, hasMore: false },
    );
    assert.equal((await client(ctx.emu).client.listClustersPage()).clusters.length, SEEDED);
    assert.equal(ctx.emu.requests().log[1].query, 'pageSize=50&currentPage=1');
  });

  it('refuses bad paging before sending anything (RangeError)', async () => {
    await assert.rejects(client(ctx.emu).client.listClustersPage({ page: 0 }), RangeError);
    await assert.rejects(client(ctx.emu).client.listHosts(idOf(ctx.emu, 'etl-nightly'), { pageSize: 0 }), RangeError);
    assert.equal(ctx.emu.requests().total, 0);
  });
}

function manyClusters(): void {
  const ctx = useEmulator({ seed: 'many' });
  it('reads 2,000 clusters: 4 pages of 500, or 40 pages of the default 50, each cluster once', async () => {
    const big = await client(ctx.emu).client.listClusters({ pageSize: 500 });
    assert.deepEqual([big.length, new Set(big.map((c) => c.id)).size, sent(ctx.emu, 'listClusters')], [2000, 2000, 4]);
    ctx.emu.resetRequests();
    assert.equal((await client(ctx.emu).client.listClusters()).length, 2000);
    assert.equal(sent(ctx.emu, 'listClusters'), 40);
  });
}

function listFilters(ctx: EmulatorHandle): void {
  const names = async (query: Omit<ListClustersQuery, 'page'>): Promise<string[]> =>
    sorted((await client(ctx.emu).client.listClusters(query)).map((c) => c.name));

  it('filters by clusterState: a state, existing and history', async () => {
    assert.deepEqual(await names({ state: 'running' }), sorted(RUNNING));
    assert.deepEqual(await names({ state: 'scaling-out' }), ['ml-features']);
    assert.deepEqual(await names({ state: 'history' }), ['old-sandbox']);
    assert.equal((await names({ state: 'existing' })).length, SEEDED - 1);
    const queries = ctx.emu.requests().log.map((e) => new URLSearchParams(e.query).get('clusterState'));
    assert.deepEqual(queries, ['running', 'scaling-out', 'history', 'existing']);
  });

  it('filters by clusterName (a substring), alone and with a state', async () => {
    assert.deepEqual(await names({ name: 'prod' }), ['analytics-prod']);
    assert.deepEqual(await names({ name: 'log', state: 'scaling-in' }), ['log-archive']);
    assert.deepEqual(await names({ name: 'nothing like it' }), []);
    const page = await client(ctx.emu).client.listClustersPage({ name: '  stream  ' });
    assert.deepEqual([page.total, page.clusters.map((c) => c.name)], [1, ['stream-events']]);
  });

  it('signs filter values that need encoding (spaces, %, +, &, =, non-ASCII, emoji)', async () => {
    for (const name of ['analytics prod', '100%', 'a+b', 'x&y=z', '集群', '😀', "!'()*", '#?']) {
      assert.deepEqual(await names({ name }), [], name);
    }
    assert.deepEqual(route(ctx.emu, 'listClusters').statuses, { 200: 8 });
  });

  it('parses list items: counts sent as strings, task groups listed twice counted once', async () => {
    const [prod] = await client(ctx.emu).client.listClusters({ name: 'analytics-prod' });
    assert.deepEqual([prod.masterCount, prod.coreCount, prod.taskCount], [2, 5, 4]);
    assert.deepEqual(
      prod.nodeGroups.map((g) => `${g.role}:${g.name}`),
      ['master:master_node_default_group', 'core:core_node_analysis_group', 'task:task_node_analysis_group'],
    );
  });
}

function details(ctx: EmulatorHandle): void {
  it('reads details: PascalCase node groups with flavors and disks, counts, billing', async () => {
    const prod = await client(ctx.emu).client.getCluster(idOf(ctx.emu, 'analytics-prod'));
    assert.deepEqual(
      [prod.name, prod.state, prod.scale, prod.stageDesc],
      ['analytics-prod', 'running', undefined, undefined],
    );
    assert.deepEqual([prod.masterCount, prod.coreCount, prod.taskCount], [2, 5, 4]);
    const core = prod.nodeGroups.find((g) => g.role === 'core');
    // aNodeGroup's role and name are this group's: core, core_node_analysis_group.
    assert.deepEqual(
      core,
      aNodeGroup({
        nodeCount: 5,
        flavor: 'c6.4xlarge.4.linux.bigdata',
        dataVolume: { type: 'SATA', count: 2, sizeGb: 600 },
        rootVolume: { type: 'SAS', sizeGb: 480 },
      }),
    );
    assert.deepEqual(
      prod.nodeGroups.map((g) => g.nodeCount),
      [2, 5, 4],
    );
    assert.deepEqual(
      [prod.billing.mode, prod.managerInstalled, prod.createdAt instanceof Date],
      ['payPerUse', true, true],
    );
  });

  it('reads the states of a resize and of a failure as MRS reports them', async () => {
    const { client: c } = client(ctx.emu);
    const growing = await c.getCluster(idOf(ctx.emu, 'ml-features'));
    assert.deepEqual([growing.state, growing.scale, growing.stageDesc], ['scaling-out', 'scaling-out', 'Creating VM']);
    const retry = await c.getCluster(idOf(ctx.emu, 'retry-scaleout'));
    assert.deepEqual(
      [retry.state, retry.scale, retry.stageDesc],
      ['running', 'scaling-error', 'Cluster expansion failed'],
    );
    const failed = await c.getCluster(idOf(ctx.emu, 'poc-failed'));
    assert.equal(failed.state, 'failed');
    assert.match(failed.errorInfo ?? '', /^MRS\.201/);
    const yearly = await c.getCluster(idOf(ctx.emu, 'billing-yearly'));
    assert.deepEqual([yearly.billing.mode, yearly.billing.period], ['yearlyMonthly', 'yearly']);
    const empty = await c.getCluster(idOf(ctx.emu, 'reporting-warehouse'));
    assert.deepEqual(
      empty.nodeGroups.filter((g) => g.role === 'task').map((g) => g.nodeCount),
      [0],
    );
  });

  it('an unknown cluster is notFound (400, 12000003)', async () => {
    const missing = client(ctx.emu).client.getCluster('00000000-0000-4000-8000-000000000000');
    await apiError(missing, { kind: 'notFound', status: 400, code: '12000003' });
  });
}

function hosts(ctx: EmulatorHandle): void {
  it('reads every host page by page, master then core then task, with numbers parsed', async () => {
    const list = await client(ctx.emu).client.listHosts(idOf(ctx.emu, 'analytics-prod'), { pageSize: 3 });
    assert.equal(sent(ctx.emu, 'listHosts'), 4);
    assert.deepEqual(
      list.map((h) => h.type),
      [...Array<string>(2).fill('Master'), ...Array<string>(5).fill('Core'), ...Array<string>(4).fill('Task')],
    );
    assert.equal(new Set(list.map((h) => h.id)).size, 11);
    const task = list[list.length - 1];
    assert.deepEqual(
      [task.nodeGroupName, task.status, typeof task.cpu, typeof task.memoryMb],
      ['task_node_analysis_group', 'ACTIVE', 'number', 'number'],
    );
    assert.match(task.name, /_node_task_/);
  });

  it('reads `total` although it is a string: stops after a full page when that was all', async () => {
    const list = await client(ctx.emu).client.listHosts(idOf(ctx.emu, 'analytics-prod'), { pageSize: 11 });
    assert.equal(list.length, 11);
    assert.deepEqual(route(ctx.emu, 'listHosts').statuses, { 200: 1 });
  });

  it('reads 500 hosts in pages of 100 (the default page size)', async () => {
    const list = await client(ctx.emu).client.listHosts(idOf(ctx.emu, 'bigscale-batch'));
    assert.equal(list.length, 500);
    assert.equal(sent(ctx.emu, 'listHosts'), 5);
  });

  it('shows a stopped host, an empty list for a terminated cluster, notFound for an unknown one', async () => {
    const { client: c } = client(ctx.emu);
    const degraded = await c.listHosts(idOf(ctx.emu, 'hdfs-degraded'));
    assert.deepEqual(
      degraded.filter((h) => h.status !== 'ACTIVE').map((h) => [h.type, h.status]),
      [['Core', 'SHUTOFF']],
    );
    assert.deepEqual(await c.listHosts(idOf(ctx.emu, 'old-sandbox')), []);
    await apiError(c.listHosts('no-such-cluster'), { kind: 'notFound', status: 400, code: '12000003' });
  });
}

describe('contract: read endpoints', () => {
  const ctx = useEmulator();
  describe('cluster list paging', () => listPages(ctx));
  describe('cluster list filters', () => listFilters(ctx));
  describe('cluster details', () => details(ctx));
  describe('host list', () => hosts(ctx));
});

describe('contract: read endpoints, 2,000 clusters (seed "many")', () => manyClusters());
