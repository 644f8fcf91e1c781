import assert from 'node:assert/strict';
import { signRequest } from '../../../../src/core/auth/signer';
import {
  CLUSTER_ID,
  PROJECT_ID,
  aClusterDto,
  aClusterListDto,
  aHostListDto,
  aResizeRequestDto,
  someHostDtos,
} from '../../../support/builders';
import { fixtureJson, fixtureText } from '../../../fixtures/examples';
import { AKSK, CLUSTERS_PATH, MRS_HOST, TOKEN, clusterPath, harness, hostsPath } from '../../../support/unit/harness';

const clusters = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => aClusterDto({ clusterId: `c-${from + i}`, clusterName: `n${from + i}` }));

describe('MrsClient', () => {
  describe('list clusters', () => {
    it('asks one page with filters and reports whether more exist', async () => {
      const h = harness();
      h.server.on('GET', CLUSTERS_PATH, { status: 200, body: aClusterListDto(clusters(10), '25') });
      const page = await h.client.listClustersPage({ page: 2, pageSize: 10, state: 'running', name: 'ana lytics' });
      const [req] = h.server.requests;
      assert.equal(req.url.host, MRS_HOST);
      assert.equal(req.url.search, '?pageSize=10&currentPage=2&clusterState=running&clusterName=ana%20lytics');
      assert.deepEqual([page.clusters.length, page.total, page.page, page.hasMore], [10, 25, 2, true]);
      const last = await h.client.listClustersPage({ page: 3, pageSize: 10 });
      assert.equal(last.hasMore, false);
    });

    it('sends X-Language, X-Project-Id, an AK/SK signature and no Content-Type on GET', async () => {
      const h = harness(AKSK, { language: () => 'zh-cn' });
      h.server.on('GET', CLUSTERS_PATH, { status: 200, body: aClusterListDto([]) });
      await h.client.listClustersPage();
      const { headers } = h.server.requests[0];
      assert.equal(headers['X-Language'], 'zh-cn');
      assert.equal(headers['X-Project-Id'], PROJECT_ID);
      assert.equal(headers['X-Sdk-Date'], '20240101T000000Z');
      assert.equal(headers['Content-Type'], undefined);
      assert.match(
        headers.Authorization,
        /^SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=accept;host;x-language;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
      );
    });

    it('reads all pages until clusterTotal', async () => {
      const h = harness();
      h.server.on(
        'GET',
        CLUSTERS_PATH,
        { status: 200, body: aClusterListDto(clusters(2, 0), 5) },
        { status: 200, body: aClusterListDto(clusters(2, 2), 5) },
        { status: 200, body: aClusterListDto(clusters(1, 4), 5) },
      );
      const all = await h.client.listClusters({ pageSize: 2 });
      assert.deepEqual(
        all.map((c) => c.id),
        ['c-0', 'c-1', 'c-2', 'c-3', 'c-4'],
      );
      assert.deepEqual(
        h.server.requests.map((r) => r.url.searchParams.get('currentPage')),
        ['1', '2', '3'],
      );
    });

    it('stops on a server that ignores currentPage and claims a huge total', async () => {
      const h = harness();
      h.server.on('GET', CLUSTERS_PATH, { status: 200, body: aClusterListDto(clusters(2), 1_000_000) });
      const all = await h.client.listClusters({ pageSize: 2 });
      assert.equal(all.length, 2);
      assert.equal(h.server.requests.length, 2);
    });

    it('refuses bad paging before sending anything', async () => {
      const h = harness();
      await assert.rejects(h.client.listClustersPage({ page: 0 }), RangeError);
      await assert.rejects(h.client.listClustersPage({ pageSize: 1.5 }), RangeError);
      assert.equal(h.server.requests.length, 0);
    });
  });

  describe('details and hosts', () => {
    it('gets cluster details with the pasted token', async () => {
      const h = harness(TOKEN);
      h.server.on('GET', clusterPath(CLUSTER_ID), { status: 200, body: fixtureText('cluster-details.response.json') });
      const cluster = await h.client.getCluster(CLUSTER_ID);
      assert.equal(cluster.state, 'scaling-in');
      assert.equal(h.server.requests[0].headers['X-Auth-Token'], TOKEN.token);
      assert.equal(h.server.requests[0].headers.Authorization, undefined);
    });

    it('reports a deleted cluster as notFound (12000003 or 404)', async () => {
      const h = harness();
      h.server.on('GET', clusterPath('gone'), {
        status: 400,
        body: { error_code: '12000003', error_msg: 'Cluster does not exist' },
      });
      h.server.on('GET', clusterPath('gone404'), { status: 404, body: 'Not Found' });
      await assert.rejects(h.client.getCluster('gone'), { name: 'MrsApiError', kind: 'notFound', code: '12000003' });
      await assert.rejects(h.client.getCluster('gone404'), { kind: 'notFound', status: 404 });
      await assert.rejects(h.client.getCluster(' '), RangeError);
    });

    it('reads every host page (100 a page by default) and stops at total', async () => {
      const h = harness();
      h.server.on(
        'GET',
        hostsPath(CLUSTER_ID),
        { status: 200, body: aHostListDto(someHostDtos(100, 0), '150') },
        { status: 200, body: aHostListDto(someHostDtos(50, 100), 150) },
      );
      const hosts = await h.client.listHosts(CLUSTER_ID);
      assert.equal(hosts.length, 150);
      assert.deepEqual(
        h.server.requests.map((r) => r.url.search),
        ['?pageSize=100&currentPage=1', '?pageSize=100&currentPage=2'],
      );
    });

    it('does not loop forever when the host total lies', async () => {
      const h = harness();
      h.server.on(
        'GET',
        hostsPath(CLUSTER_ID),
        { status: 200, body: aHostListDto(someHostDtos(3, 0), 999) },
        { status: 200, body: aHostListDto([], 999) },
      );
      assert.equal((await h.client.listHosts(CLUSTER_ID, { pageSize: 3 })).length, 3);
      assert.equal(h.server.requests.length, 2);
    });

    it('stops after the pages that total implies even if each brings new hosts', async () => {
      const h = harness();
      let n = 0;
      h.server.on(
        'GET',
        hostsPath(CLUSTER_ID),
        ...Array.from({ length: 5 }, () => ({ status: 200, body: aHostListDto(someHostDtos(1, n++), 4) })),
      );
      assert.equal((await h.client.listHosts(CLUSTER_ID, { pageSize: 2 })).length, 2);
      assert.equal(h.server.requests.length, 2);
    });
  });

  describe('resize', () => {
    it('PUTs the body once, as JSON with charset, bytes identical to the signed ones', async () => {
      const h = harness();
      h.server.on('PUT', clusterPath(CLUSTER_ID), {
        status: 200,
        body: fixtureText('resize.response.json'),
        headers: { 'X-Request-Id': 'r-1' },
      });
      const body = aResizeRequestDto({ instances: 2 });
      assert.deepEqual(await h.client.resize(CLUSTER_ID, body), { result: 'succeeded', requestId: 'r-1' });
      assert.equal(h.server.requests.length, 1);
      const req = h.server.requests[0];
      assert.equal(req.headers['Content-Type'], 'application/json;charset=UTF-8');
      assert.equal(req.body?.toString('utf8'), JSON.stringify(body));
      const { Authorization, ...rest } = req.headers;
      assert.equal(
        signRequest({ method: 'PUT', url: req.url, headers: rest, body: req.body }, AKSK).authorization,
        Authorization,
      );
      assert.match(Authorization, /SignedHeaders=accept;content-type;host;x-language;x-project-id;x-sdk-date,/);
    });

    for (const name of [
      'resize.scale-out-core.request.json',
      'resize.scale-out-task.request.json',
      'resize.scale-out-task-from-zero.request.json',
      'resize.scale-out-task-from-zero.request.otc.json',
      'resize.scale-in-core.request.json',
      'resize.scale-in-task.request.json',
      'resize.scale-in-task-hosts.request.json',
    ]) {
      it(`sends the doc example ${name} unchanged`, async () => {
        const h = harness();
        h.server.on('PUT', clusterPath(CLUSTER_ID), { status: 200, body: { result: 'succeeded' } });
        const example = fixtureJson(name) as Parameters<typeof h.client.resize>[1];
        await h.client.resize(CLUSTER_ID, example);
        assert.deepEqual(JSON.parse(h.server.requests[0].body?.toString('utf8') ?? ''), example);
      });
    }
  });

  describe('project id', () => {
    it('resolves the project id through IAM once when not configured', async () => {
      const h = harness(AKSK, { projectId: undefined });
      h.server.on('GET', '/v3/projects', {
        status: 200,
        body: { projects: [{ id: 'pid-from-iam', name: 'cn-north-4', enabled: true }] },
      });
      h.server.on('GET', '/v1.1/pid-from-iam/cluster_infos', { status: 200, body: aClusterListDto([]) });
      await h.client.listClustersPage();
      await h.client.listClustersPage();
      const iam = h.server.requestsTo('GET', '/v3/projects');
      assert.equal(iam.length, 1);
      assert.equal(iam[0].url.href, 'https://iam.cn-north-4.myhuaweicloud.com/v3/projects?name=cn-north-4');
      assert.equal(iam[0].headers['X-Project-Id'], undefined);
      assert.equal(
        h.server.requestsTo('GET', '/v1.1/pid-from-iam/cluster_infos')[0].headers['X-Project-Id'],
        'pid-from-iam',
      );
    });
  });
});
