// The Clusters view's model on a custom cluster: its groups' roles and billing and its hosts' node
// status and components come from ListNodes, read once per reading of the cluster, only for custom
// clusters; a failed ListNodes leaves the cluster as its details say, with the error kept.
import * as assert from 'node:assert/strict';
import type { ListClustersQuery, ListNodesOptions, MrsClient } from '../../../../src/core/api/MrsClient';
import { MrsApiError } from '../../../../src/core/api/errors';
import { ExplorerModel, type Change } from '../../../../src/core/explorer/ExplorerModel';
import type { Cluster, ClusterNode } from '../../../../src/core/model/cluster';
import { aCluster } from '../../../support/builders';
import { customLake, LAKE_ID, lakeHosts, lakeNodes } from '../../../support/customLake';
import { pageOf } from '../../../support/explorer';
import { FakeClient } from '../operations/fakeClient';

/** The FakeClient with the list call the model makes, and ListNodes' options kept (or a failure). */
class TreeClient extends FakeClient {
  readonly nodeOptions: Array<{ clusterId: string; options: ListNodesOptions }> = [];
  nodesFailure: Error | undefined;

  constructor(private readonly listed: Cluster[]) {
    super(listed);
  }

  listClustersPage(q: ListClustersQuery) {
    return Promise.resolve(pageOf(this.listed, q));
  }

  override getCluster(clusterId: string): Promise<Cluster> {
    this.getClusterCalls += 1;
    const found = this.listed.find((c) => c.id === clusterId);
    return found ? Promise.resolve(found) : Promise.reject(new Error(`no ${clusterId}`));
  }

  override listNodes(clusterId = '', options: ListNodesOptions = {}): Promise<ClusterNode[]> {
    this.nodeOptions.push({ clusterId, options });
    const answer = super.listNodes();
    return this.nodesFailure ? Promise.reject(this.nodesFailure) : answer;
  }
}

function setup(clusters: Cluster[]) {
  const client = new TreeClient(clusters);
  client.nodes = lakeNodes();
  client.hosts = lakeHosts();
  const changes: Change[] = [];
  /** custom-lake's task count as each change saw it. */
  const seen: Array<number | undefined> = [];
  const model: ExplorerModel = new ExplorerModel({
    clientFor: () => Promise.resolve(client as unknown as MrsClient),
    pageSize: () => 50,
    filter: () => ({}),
    now: () => new Date(1000),
    onChange: (c) => {
      changes.push(c);
      seen.push(model.cluster('conn', LAKE_ID)?.taskCount);
    },
  });
  return { model, client, changes, seen };
}

const rolesOf = (c: Cluster | undefined) => (c?.nodeGroups ?? []).map((g) => `${g.name} ${g.role} ${g.billing ?? '-'}`);

describe('ExplorerModel on custom clusters', () => {
  it('completes a custom cluster with ListNodes before it reports the page: roles and billing of its groups, the counts', async () => {
    const { model, client, changes, seen } = setup([customLake()]);
    await model.load('conn');
    assert.deepEqual(seen, [4], 'one change, with the task groups counted as task');
    const cluster = model.cluster('conn', LAKE_ID);
    assert.deepEqual(rolesOf(cluster), [
      'master_node_default_group master payPerUse',
      'node_group_data core payPerUse',
      'node_group_hbase core payPerUse',
      'node_group_compute task payPerUse',
      'node_group_reserved task yearlyMonthly',
    ]);
    assert.deepEqual([cluster?.coreCount, cluster?.taskCount], [5, 4]);
    assert.equal(model.cluster('conn', LAKE_ID), cluster, 'the same object on every call');
    assert.deepEqual(changes, [{ connection: 'conn' }]);
    assert.deepEqual(client.nodeOptions, [{ clusterId: LAKE_ID, options: { detail: true } }]);
  });

  it('reads ListNodes once per reading of the cluster (a page, a refresh), hosts included', async () => {
    const { model, client, seen } = setup([customLake()]);
    await model.load('conn');
    assert.equal(client.listNodesCalls, 1, 'read with the page, for the row to count the roles');
    await Promise.all([model.readNodes('conn', LAKE_ID), model.hosts('conn', LAKE_ID)]);
    await model.readNodes('conn', LAKE_ID);
    await model.hosts('conn', LAKE_ID);
    assert.equal(client.listNodesCalls, 1);
    await model.refreshCluster('conn', LAKE_ID);
    assert.equal(seen.at(-1), 4, 'the refresh reported the cluster with its nodes read');
    await model.readNodes('conn', LAKE_ID);
    await model.hosts('conn', LAKE_ID);
    assert.equal(client.listNodesCalls, 2);
    await model.load('conn');
    await model.readNodes('conn', LAKE_ID);
    assert.equal(client.listNodesCalls, 3);
    await model.refreshClusters('conn', [LAKE_ID]);
    await model.readNodes('conn', LAKE_ID);
    assert.equal(client.listNodesCalls, 4);
  });

  it('never calls ListNodes for analysis, streaming or hybrid clusters', async () => {
    const others = [0, 1, 2, undefined].map((clusterType, i) => aCluster({ id: `c${i}`, clusterType }));
    const { model, client } = setup(others);
    await model.load('conn');
    for (const c of others) {
      await model.readNodes('conn', c.id);
      await model.hosts('conn', c.id);
      assert.equal(model.cluster('conn', c.id), c);
    }
    assert.equal(client.listNodesCalls, 0);
    assert.equal(client.listHostsCalls, 4);
  });

  it('gives the hosts their node status, resource id and components from ListNodes', async () => {
    const { model, client } = setup([customLake()]);
    client.nodes = lakeNodes().map((n) => (n.serverId === 'srv-node_group_hbase-0' ? { ...n, status: 'abnormal' } : n));
    await model.load('conn');
    const hosts = await model.hosts('conn', LAKE_ID);
    const host = hosts.find((h) => h.id === 'srv-node_group_compute-0');
    assert.deepEqual(
      [host?.nodeGroupName, host?.resourceId, host?.nodeStatus, host?.components, host?.status],
      ['node_group_compute', 'res-node_group_compute-0', 'running', ['DataNode', 'NodeManager'], 'ACTIVE'],
    );
    assert.equal(hosts.find((h) => h.id === 'srv-node_group_hbase-0')?.nodeStatus, 'abnormal');
    assert.equal(hosts.length, 12, 'no host twice');
  });

  it('keeps a custom cluster as its details say when ListNodes fails, with the error, until the next reading', async () => {
    const { model, client } = setup([customLake()]);
    const failure = new MrsApiError('denied', { kind: 'forbidden', status: 403, code: 'MRS.0011' });
    client.nodesFailure = failure;
    await model.load('conn');
    const listed = model.cluster('conn', LAKE_ID);
    await model.readNodes('conn', LAKE_ID);
    assert.equal(model.cluster('conn', LAKE_ID), listed, 'the details stand');
    assert.equal(model.nodesError('conn', LAKE_ID), failure);
    const hosts = await model.hosts('conn', LAKE_ID);
    assert.equal(hosts.length, 12, 'the host list still shows');
    assert.equal(hosts[0].nodeStatus, undefined);
    await model.readNodes('conn', LAKE_ID);
    assert.equal(client.listNodesCalls, 1, 'not read again before a refresh');
    client.nodesFailure = undefined;
    await model.refreshCluster('conn', LAKE_ID);
    await model.readNodes('conn', LAKE_ID);
    assert.equal(model.nodesError('conn', LAKE_ID), undefined);
    assert.equal(model.cluster('conn', LAKE_ID)?.taskCount, 4);
  });
});
