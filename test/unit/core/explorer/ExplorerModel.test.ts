import * as assert from 'node:assert/strict';
import type { ListClustersQuery, MrsClient } from '../../../../src/core/api/MrsClient';
import { MrsApiError } from '../../../../src/core/api/errors';
import { ExplorerModel, type Change, type ClusterFilter } from '../../../../src/core/explorer/ExplorerModel';
import type { Cluster } from '../../../../src/core/model/cluster';
import { aCluster, aHost } from '../../../support/builders';
import { pageOf } from '../../../support/explorer';

function fakeClient(clusters: Cluster[], calls: string[]) {
  let failNext: Error | undefined;
  const client = {
    listClustersPage(q: ListClustersQuery) {
      calls.push(`list p${q.page} n${q.pageSize} ${q.name ?? ''} ${q.state ?? ''}`.trim());
      if (failNext) {
        const e = failNext;
        failNext = undefined;
        return Promise.reject(e);
      }
      return Promise.resolve(pageOf(clusters, q));
    },
    getCluster(id: string) {
      calls.push(`get ${id}`);
      const c = clusters.find((x) => x.id === id);
      return c
        ? Promise.resolve(c)
        : Promise.reject(new MrsApiError('gone', { kind: 'notFound', status: 404, code: '12000003' }));
    },
    listHosts(id: string) {
      calls.push(`hosts ${id}`);
      return Promise.resolve([aHost({ id: `${id}-h1` })]);
    },
  };
  return {
    client: client as unknown as MrsClient,
    fail: (e: Error) => {
      failNext = e;
    },
    clusters,
  };
}

function setup(count: number, pageSize = 2, filter: ClusterFilter = {}) {
  const calls: string[] = [];
  const changes: Change[] = [];
  const list = Array.from({ length: count }, (_, i) => aCluster({ id: `c${i}`, name: `cluster-${i}` }));
  const fake = fakeClient(list, calls);
  const model = new ExplorerModel({
    clientFor: () => Promise.resolve(fake.client),
    pageSize: () => pageSize,
    filter: () => filter,
    now: () => new Date(1000),
    onChange: (c) => changes.push(c),
  });
  return { model, calls, changes, fake };
}

describe('ExplorerModel', () => {
  it('loads the first page, then more pages on demand', async () => {
    const { model, calls } = setup(5);
    await model.load('conn');
    assert.deepEqual(
      model.view('conn').clusters.map((c) => c.id),
      ['c0', 'c1'],
    );
    assert.equal(model.view('conn').hasMore, true);
    await model.loadMore('conn');
    await model.loadMore('conn');
    assert.deepEqual(
      model.view('conn').clusters.map((c) => c.id),
      ['c0', 'c1', 'c2', 'c3', 'c4'],
    );
    assert.equal(model.view('conn').hasMore, false);
    await model.loadMore('conn');
    assert.deepEqual(calls, ['list p1 n2', 'list p2 n2', 'list p3 n2']);
  });

  it('lists a cluster that moved on the server between two pages once, at its new place', async () => {
    const { model, fake } = setup(5);
    await model.load('conn');
    // Three newer clusters push c0 and c1 down: page 2 is now [z, c0], with c0 changed, and page 3 [c1, c2].
    fake.clusters.unshift(aCluster({ id: 'x' }), aCluster({ id: 'y' }), aCluster({ id: 'z' }));
    fake.clusters[3] = aCluster({ id: 'c0', state: 'scaling-out' });
    await model.loadMore('conn');
    assert.deepEqual(
      model.view('conn').clusters.map((c) => c.id),
      ['c1', 'z', 'c0'],
    );
    assert.equal(model.cluster('conn', 'c0')?.state, 'scaling-out');
    await model.loadMore('conn');
    assert.deepEqual(
      model.view('conn').clusters.map((c) => c.id),
      ['z', 'c0', 'c1', 'c2'],
    );
  });

  it('finds a listed cluster by id through pages, refreshes, drops and reloads', async () => {
    const { model, fake } = setup(5);
    await model.load('conn');
    await model.loadMore('conn');
    assert.deepEqual(
      ['c0', 'c3', 'c4'].map((id) => model.cluster('conn', id)?.id),
      ['c0', 'c3', undefined],
    );
    await model.loadMore('conn');
    assert.equal(model.cluster('conn', 'c4')?.name, 'cluster-4');
    fake.clusters[2] = aCluster({ id: 'c2', name: 'renamed' });
    await model.refreshCluster('conn', 'c2');
    assert.equal(model.cluster('conn', 'c2')?.name, 'renamed');
    fake.clusters.splice(3, 1);
    await model.refreshCluster('conn', 'c3');
    assert.equal(model.cluster('conn', 'c3'), undefined);
    await model.load('conn');
    assert.deepEqual(
      ['c0', 'c1', 'c2'].map((id) => model.cluster('conn', id)?.id),
      ['c0', 'c1', undefined],
    );
    assert.equal(model.cluster('other', 'c0'), undefined);
  });

  it('names the connections whose view lists a cluster (for an operation of another process)', async () => {
    const { model } = setup(3, 50);
    await model.load('prod');
    await model.load('prod-readonly');
    assert.deepEqual(model.connectionsShowing('c1'), ['prod', 'prod-readonly']);
    assert.deepEqual(model.connectionsShowing('c9'), []);
  });

  it('passes the filter to the server', async () => {
    const { model, calls } = setup(1, 50, { name: 'etl', state: 'running' });
    await model.load('conn');
    assert.deepEqual(calls, ['list p1 n50 etl running']);
  });

  it('shares one request between concurrent loads', async () => {
    const { model, calls } = setup(1);
    await Promise.all([model.load('conn'), model.load('conn'), model.load('conn')]);
    assert.equal(calls.length, 1);
  });

  it('lets a reader wait for the fetch under way instead of seeing an empty list', async () => {
    const { model, calls } = setup(3);
    const loading = model.load('conn');
    assert.equal(model.view('conn').status, 'loading');
    await model.whenLoaded('conn');
    assert.equal(model.view('conn').clusters.length, 2);
    await loading;
    await model.whenLoaded('conn');
    assert.equal(calls.length, 1, 'no second request once loaded');
  });

  it('runs a refresh asked for during "Load more" after it, not instead of it', async () => {
    const { model, calls } = setup(5);
    await model.load('conn');
    await Promise.all([model.loadMore('conn'), model.load('conn')]);
    assert.deepEqual(calls, ['list p1 n2', 'list p2 n2', 'list p1 n2']);
    assert.deepEqual(
      model.view('conn').clusters.map((c) => c.id),
      ['c0', 'c1'],
    );
  });

  it('keeps the list as stale and records the error when a reload fails, and recovers', async () => {
    const { model, fake } = setup(2);
    await model.load('conn');
    assert.equal(model.isStale('conn'), false);
    fake.fail(new MrsApiError('down', { kind: 'unavailable', status: 503 }));
    await model.load('conn');
    assert.equal(model.view('conn').status, 'error');
    assert.equal(model.view('conn').clusters.length, 2);
    assert.equal(model.isStale('conn'), true);
    const retry = model.load('conn');
    assert.equal(model.isStale('conn'), true, 'still stale while the retry runs');
    await retry;
    assert.equal(model.view('conn').status, 'ready');
    assert.equal(model.view('conn').error, undefined);
    assert.equal(model.isStale('conn'), false);
  });

  it('re-reads one cluster and reports the change for that cluster only', async () => {
    const { model, changes, fake, calls } = setup(2);
    await model.load('conn');
    fake.clusters[1] = aCluster({ id: 'c1', name: 'cluster-1', state: 'scaling-out' });
    await model.refreshCluster('conn', 'c1');
    assert.equal(model.cluster('conn', 'c1')?.state, 'scaling-out');
    assert.deepEqual(changes[changes.length - 1], { connection: 'conn', clusterId: 'c1' });
    assert.deepEqual(model.transitional(), [{ connection: 'conn', clusterId: 'c1' }]);
    assert.deepEqual(calls.slice(-1), ['get c1']);
  });

  it('drops a cluster that no longer exists', async () => {
    const { model, fake } = setup(2);
    await model.load('conn');
    fake.clusters.splice(0, 1);
    await model.refreshCluster('conn', 'c0');
    assert.deepEqual(
      model.view('conn').clusters.map((c) => c.id),
      ['c1'],
    );
  });

  it('reads hosts once per cluster until the cluster is refreshed', async () => {
    const { model, calls } = setup(1);
    await model.load('conn');
    await model.hosts('conn', 'c0');
    await model.hosts('conn', 'c0');
    assert.equal(calls.filter((c) => c.startsWith('hosts')).length, 1);
    await model.refreshCluster('conn', 'c0');
    await model.hosts('conn', 'c0');
    assert.equal(calls.filter((c) => c.startsWith('hosts')).length, 2);
  });
});
