// The Clusters view's polling end to end in plain Node: ExplorerModel + Poller over a fake client
// that counts requests, on a manual clock. Up to LIST_POLL_THRESHOLD changing clusters cost one
// details request each per interval; more cost one list request.
import * as assert from 'node:assert/strict';
import type { ListClustersQuery, MrsClient } from '../../../../src/core/api/MrsClient';
import { MrsApiError } from '../../../../src/core/api/errors';
import { ExplorerModel, type Change } from '../../../../src/core/explorer/ExplorerModel';
import { LIST_POLL_THRESHOLD, type Poller } from '../../../../src/core/explorer/Poller';
import type { Cluster, ClusterState } from '../../../../src/core/model/cluster';
import { aCluster } from '../../../support/builders';
import { pageOf, pollerOf } from '../../../support/explorer';
import { FakeTimers } from '../../../support/FakeTimers';

const INTERVAL = 15_000;
/** Lets a round's chain of fake requests finish before the clock moves on. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A server-side list (newest first) that the test changes between rounds. */
function fakeServer(clusters: Cluster[]) {
  const calls: string[] = [];
  let failures = 0;
  const maybeFail = () => {
    if (failures > 0) {
      failures -= 1;
      throw new MrsApiError('Service Unavailable', { kind: 'unavailable', status: 503 });
    }
  };
  const client = {
    listClustersPage(q: ListClustersQuery) {
      calls.push(`list p${q.page} n${q.pageSize}`);
      return Promise.resolve().then(() => {
        maybeFail();
        const matching = clusters.filter((c) =>
          q.state === undefined || q.state === 'existing' ? c.state !== 'terminated' : c.state === q.state,
        );
        return pageOf(matching, q);
      });
    },
    getCluster(id: string) {
      calls.push(`get ${id}`);
      return Promise.resolve().then(() => {
        maybeFail();
        const c = clusters.find((x) => x.id === id);
        if (!c) {
          throw new MrsApiError('gone', { kind: 'notFound', status: 400, code: '12000003' });
        }
        return c;
      });
    },
  };
  return {
    client: client as unknown as MrsClient,
    calls,
    clusters,
    failNext: (n: number) => {
      failures = n;
    },
    setState: (id: string, state: ClusterState) => {
      const i = clusters.findIndex((c) => c.id === id);
      clusters[i] = { ...clusters[i], state };
    },
  };
}

/** `changing` clusters scaling out among `stable` running ones, all loaded in one page of `pageSize`. */
async function setup(changing: number, opts: { stable?: number; pageSize?: number } = {}) {
  const list = [
    ...Array.from({ length: changing }, (_, i) =>
      aCluster({ id: `s${i}`, name: `scaling-${i}`, state: 'scaling-out' }),
    ),
    ...Array.from({ length: opts.stable ?? 10 }, (_, i) => aCluster({ id: `r${i}`, name: `running-${i}` })),
  ];
  const server = fakeServer(list);
  const timers = new FakeTimers();
  const changes: Change[] = [];
  const late: { poller?: Poller } = {};
  const model = new ExplorerModel({
    clientFor: () => Promise.resolve(server.client),
    pageSize: () => opts.pageSize ?? 500,
    filter: () => ({}),
    now: () => new Date(timers.now),
    onChange: (c) => {
      changes.push(c);
      late.poller?.update();
    },
  });
  const poller = (late.poller = pollerOf(model, timers, INTERVAL));
  await model.load('conn');
  poller.update();
  server.calls.length = 0;
  changes.length = 0;
  const ids = () => model.view('conn').clusters.map((c) => c.id);
  return { model, poller, server, timers, changes, ids };
}

describe('polling many changing clusters', () => {
  for (const n of [1, 5, 6, 10, 100]) {
    const expected = n > LIST_POLL_THRESHOLD ? 1 : n;
    it(`${n} changing cluster(s): ${expected} request(s) per interval`, async () => {
      const { server, timers } = await setup(n);
      await timers.advance(INTERVAL, settle);
      assert.equal(server.calls.length, expected, server.calls.join(', '));
      assert.ok(
        n > LIST_POLL_THRESHOLD
          ? server.calls[0].startsWith('list p1')
          : server.calls.every((x) => x.startsWith('get ')),
      );
      await timers.advance(2 * INTERVAL, settle);
      assert.equal(server.calls.length, 3 * expected);
    });
  }

  it('the list round updates the changing clusters, and polling stops when they settle', async () => {
    const { model, server, timers, changes } = await setup(8);
    server.setState('s3', 'running');
    await timers.advance(INTERVAL, settle);
    assert.equal(model.cluster('conn', 's3')?.state, 'running');
    assert.equal(model.transitional().length, 7);
    assert.deepEqual(changes, [{ connection: 'conn' }]);
    for (let i = 0; i < 8; i++) {
      server.setState(`s${i}`, 'running');
    }
    await timers.advance(INTERVAL, settle);
    assert.equal(model.transitional().length, 0);
    server.calls.length = 0;
    await timers.advance(10 * INTERVAL, settle);
    assert.deepEqual(server.calls, []);
    assert.deepEqual(timers.pending, []);
  });

  it('asks for a first page that reaches the last changing cluster, no smaller than a page', async () => {
    const { model, server, timers } = await setup(10, { stable: 40, pageSize: 20 });
    await timers.advance(INTERVAL, settle);
    assert.deepEqual(server.calls, ['list p1 n20'], 'the 10 changing clusters are the first 10');
    server.setState('r29', 'scaling-out'); // the 40th cluster, on the view's second page
    await model.loadMore('conn');
    server.calls.length = 0;
    await timers.advance(INTERVAL, settle);
    assert.deepEqual(server.calls, ['list p1 n40']);
    assert.equal(model.transitional().length, 11);
  });

  it('drops a cluster that left a complete list (terminated), without a details request', async () => {
    const { model, server, timers, ids, changes } = await setup(10);
    server.setState('s4', 'terminated');
    await timers.advance(INTERVAL, settle);
    assert.deepEqual(server.calls, ['list p1 n500']);
    assert.ok(!ids().includes('s4'));
    assert.equal(model.cluster('conn', 's4'), undefined);
    assert.deepEqual(changes, [{ connection: 'conn' }]);
    assert.equal(ids().length, 19);
  });

  it('re-reads by details a changing cluster pushed past a truncated answer', async () => {
    // 10 changing + 10 stable, the view loaded the first page of 10: all changing.
    const { model, server, timers } = await setup(10, { pageSize: 10 });
    assert.equal(model.transitional().length, 10);
    server.clusters.unshift(aCluster({ id: 'new', name: 'brand-new' })); // newest first: s9 moves to page 2
    server.setState('s9', 'running');
    await timers.advance(INTERVAL, settle);
    assert.deepEqual(server.calls, ['list p1 n10', 'get s9']);
    assert.equal(model.cluster('conn', 's9')?.state, 'running');
  });

  it('a cluster gone for good past a truncated answer is dropped as the details path drops it', async () => {
    const { model, server, timers } = await setup(10, { pageSize: 10 });
    server.clusters.splice(
      server.clusters.findIndex((c) => c.id === 's2'),
      1,
    );
    server.clusters.unshift(aCluster({ id: 'new1' }), aCluster({ id: 'new2' }));
    await timers.advance(INTERVAL, settle);
    // The answer: new1, new2, s0, s1, s3…s8; s2 is gone, s9 moved to page 2.
    assert.deepEqual(server.calls, ['list p1 n10', 'get s2', 'get s9']);
    assert.equal(model.cluster('conn', 's2'), undefined);
    assert.equal(model.cluster('conn', 's9')?.state, 'scaling-out');
  });

  it('keeps the clusters shown when the list request fails, backs off, then recovers', async () => {
    const { model, server, timers } = await setup(10);
    server.failNext(2);
    server.setState('s0', 'running');
    await timers.advance(INTERVAL, settle);
    assert.equal(model.cluster('conn', 's0')?.state, 'scaling-out');
    assert.deepEqual(timers.pending, [2 * INTERVAL]);
    await timers.advance(2 * INTERVAL, settle);
    assert.deepEqual(timers.pending, [4 * INTERVAL]);
    await timers.advance(4 * INTERVAL, settle);
    assert.equal(model.cluster('conn', 's0')?.state, 'running');
    assert.deepEqual(timers.pending, [INTERVAL]);
    assert.deepEqual(server.calls, ['list p1 n500', 'list p1 n500', 'list p1 n500']);
    assert.equal(model.isStale('conn'), false);
  });
});
