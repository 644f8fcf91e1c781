// mrs_listClusters, mrs_showCluster and mrs_explainError over fakes: they read what the Clusters view
// has (no request for a page it holds), the journal's operations, the error catalog in the host's
// language; every answer is scrubbed of the connections' secrets.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { moveTo, newOperationRecord } from '../../../../src/core/journal';
import { aCluster, aNodeGroup } from '../../../support/builders';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { clusterOf, coreHosts } from '../resize/clusters';
import { agentHarness, ListingClient } from './agentHarness';

function clustersOf(n: number) {
  return Array.from({ length: n }, (_, i) =>
    aCluster({
      id: `c${i}`,
      name: `cluster-${i}`,
      nodeGroups: [
        aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2, flavor: 'm.flavor' }),
        aNodeGroup({ role: 'core', name: 'core_node_analysis_group', nodeCount: 3 + i, flavor: 'c.flavor' }),
      ],
    }),
  );
}

const ME_AT_0 = { window: 'w', pid: 1, at: new Date(0).toISOString() };

describe('agent tools: reading', () => {
  it('lists the clusters the Clusters view has loaded without a request, with state, groups, counts and flavors', async () => {
    const client = new ListingClient(clustersOf(3), []);
    const h = agentHarness(client);
    await h.model.load('prod');
    assert.equal(client.listRequests, 1);
    const answer = await h.run('mrs_listClusters', {});
    assert.equal(client.listRequests, 1, 'the tree had them: no request');
    const lines = answer.split('\n');
    assert.equal(lines[0], 'Connection prod (region cn-north-4): clusters 1–3 of 3.');
    assert.equal(lines[1], '- cluster-0 (ID c0): running; Master 2, Core 3, Task 0');
    assert.equal(
      lines[2],
      '  Node groups: master_node_default_group (Master, 2 nodes, flavor m.flavor); core_node_analysis_group (Core, 3 nodes, flavor c.flavor)',
    );
  });

  it('pages: loads only as many of the view’s pages as the page asked for reaches, and says what follows', async () => {
    const client = new ListingClient(clustersOf(7), []);
    const h = agentHarness(client, { pageSize: 2 });
    const first = await h.run('mrs_listClusters', { pageSize: 3 });
    assert.equal(client.listRequests, 2, 'two pages of the view for three clusters');
    assert.match(first, /^Connection prod \(region cn-north-4\): clusters 1–3 of 7\./);
    assert.match(first, /More clusters: call this tool again with page 2\.$/);
    const last = await h.run('mrs_listClusters', { pageSize: 3, page: 3 });
    assert.match(last, /clusters 7–7 of 7\./);
    assert.ok(!last.includes('More clusters'));
    assert.equal(h.model.view('prod').clusters.length, 7, 'the view has them too');
  });

  it('says when the list it shows could not be refreshed', async () => {
    const client = new ListingClient(clustersOf(2), []);
    const h = agentHarness(client);
    await h.model.load('prod');
    client.listClustersPage = () => Promise.reject(new MrsApiError('down', { kind: 'unavailable', status: 503 }));
    await h.model.load('prod');
    const lines = (await h.run('mrs_listClusters', {})).split('\n');
    assert.equal(
      lines[1],
      'The list could not be refreshed (The service is unavailable or failed internally.); these clusters may be out of date.',
    );
    assert.equal(lines[2], '- cluster-0 (ID c0): running; Master 2, Core 3, Task 0');
  });

  it('shows one cluster: groups, hosts, the resize under way and the last operations of the journal', async () => {
    const cluster = clusterOf({ core: 3 });
    const client = new ListingClient([cluster], [cluster]);
    client.hosts = coreHosts(3);
    const h = agentHarness(client);
    const target = {
      clusterId: cluster.id,
      clusterName: cluster.name,
      groupName: 'core_node_analysis_group',
      role: 'core',
      scaleType: 'scale_out',
      from: 3,
      to: 5,
    } as const;
    const base = { wayIn: 'agent', connection: 'prod', target, follower: ME_AT_0 } as const;
    const old = newOperationRecord({ ...base, id: 'old', startedAtMs: 0, message: 'Sending…' });
    await h.lifecycle.history.put(moveTo(old, 'refused', { message: 'MRS refused it.' }, 1000));
    await h.lifecycle.history.put(newOperationRecord({ ...base, id: 'now', startedAtMs: 5000, message: 'Sending…' }));
    const answer = await h.run('mrs_showCluster', { cluster: 'analytics' });
    assert.deepEqual(answer.split('\n'), [
      'Cluster on connection prod:',
      `- analytics (ID ${cluster.id}): running; Master 2, Core 3, Task 0`,
      '  Node groups: master_node_default_group (Master, 2 nodes, flavor s3.xlarge.2.linux.bigdata); core_node_analysis_group (Core, 3 nodes, flavor s3.xlarge.2.linux.bigdata)',
      'Hosts (3):',
      '- node_core_0 (192.168.0.169, ACTIVE), ECS ID core-0, node group core_node_analysis_group',
      '- node_core_1 (192.168.0.169, ACTIVE), ECS ID core-1, node group core_node_analysis_group',
      '- node_core_2 (192.168.0.169, ACTIVE), ECS ID core-2, node group core_node_analysis_group',
      'Resize under way:',
      '- analytics: core 3 → 5 (scale out 2): sending, since 1970-01-01T00:00:05.000Z, connection prod. Sending…',
      'Last operations:',
      '- analytics: core 3 → 5 (scale out 2): refused, 1970-01-01T00:00:00.000Z to 1970-01-01T00:00:01.000Z, connection prod. MRS refused it.',
    ]);
    assert.equal(client.getClusterCalls, 0, 'the listed cluster, not read again');
  });

  it('explains an error code from the catalog in Chinese in a zh-cn host', async () => {
    const h = agentHarness(new ListingClient([], []), { t: zhTranslate, language: 'zh-cn' });
    const answer = await h.run('mrs_explainError', { code: '12000017' });
    assert.equal(
      answer,
      '错误码：12000017\n说明：集群状态不是运行中，不允许执行扩容/缩容操作。\n提示：请等待集群变为运行中状态，刷新后重试。',
    );
  });

  it('scrubs every secret of the connections from an answer', async () => {
    const secret = 'SK-abcdefghijklmnop';
    const client = new ListingClient([aCluster({ id: 'c0', name: `leak-${secret}` })], []);
    const h = agentHarness(client, { secrets: [secret] });
    const answer = await h.run('mrs_listClusters', {});
    assert.ok(!answer.includes(secret), answer);
    assert.ok(answer.includes('leak-***'), answer);
  });
});
