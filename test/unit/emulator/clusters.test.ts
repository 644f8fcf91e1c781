// Read endpoints: list (paging, filters), details (PascalCase node groups), hosts (paging, string total).
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../emulator';
import { DEFAULT_SPECS } from '../../../emulator/seeds/defaultSeed';
import { allHosts, call, errorOf, getToken, type ClusterSummary, type HostSummary } from './helpers';

interface ListBody {
  clusterTotal: number;
  clusters: (Omit<ClusterSummary, 'nodeGroups'> & {
    masterNodeNum: string;
    nodeGroups: Record<string, unknown>[];
    taskNodeGroups: Record<string, unknown>[];
  })[];
}

describe('emulator MRS read endpoints', () => {
  let emu: Emulator;
  let token: string;
  before(async () => {
    emu = await startEmulator({ quiet: true });
    token = await getToken(emu);
  });
  after(() => emu.close());

  const list = async (query: string): Promise<ListBody> => {
    const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos${query}`, { token });
    assert.equal(res.status, 200, res.text);
    return res.json as ListBody;
  };

  it('lists {clusterTotal, clusters} with counts as strings; default page size is 10', async () => {
    const body = await list('');
    assert.equal(body.clusterTotal, DEFAULT_SPECS.length);
    assert.equal(body.clusters.length, 10);
    const prod = (await list('?clusterName=analytics-prod')).clusters[0];
    assert.deepEqual([prod.masterNodeNum, prod.coreNodeNum, prod.totalNodeNum], ['2', '5', '11']);
  });

  it('pages with pageSize/currentPage: pages are disjoint, complete, and past the end is empty', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(DEFAULT_SPECS.length / 5); page++) {
      const body = await list(`?pageSize=5&currentPage=${page}`);
      assert.equal(body.clusterTotal, DEFAULT_SPECS.length);
      seen.push(...body.clusters.map((c) => c.clusterId));
    }
    assert.equal(seen.length, DEFAULT_SPECS.length);
    assert.equal(new Set(seen).size, DEFAULT_SPECS.length);
    assert.deepEqual((await list('?pageSize=5&currentPage=99')).clusters, []);
  });

  it('refuses invalid paging values with 400 12000002', async () => {
    for (const q of ['?pageSize=0', '?pageSize=abc', '?currentPage=-1', '?pageSize=2147483647']) {
      const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos${q}`, { token });
      assert.equal(res.status, 400, q);
      assert.equal(errorOf(res).error_code, '12000002');
    }
  });

  it('filters by clusterState, including existing and history', async () => {
    const states = async (q: string): Promise<string[]> =>
      (await list(`${q}&pageSize=100`)).clusters.map((c) => c.clusterState);
    assert.deepEqual(await states('?clusterState=history'), ['terminated']);
    const existing = await states('?clusterState=existing');
    assert.equal(existing.length, DEFAULT_SPECS.length - 1);
    assert.ok(!existing.includes('terminated'));
    for (const s of [
      'running',
      'scaling-out',
      'scaling-in',
      'abnormal',
      'frozen',
      'failed',
      'starting',
      'terminating',
    ]) {
      const got = await states(`?clusterState=${s}`);
      assert.ok(got.length > 0 && got.every((x) => x === s), s);
    }
    const bad = await call(emu, 'GET', '/v1.1/{p}/cluster_infos?clusterState=stopped', { token });
    assert.equal(bad.status, 400);
  });

  it('filters by clusterName (substring), combined with clusterState', async () => {
    assert.deepEqual(
      (await list('?clusterName=stream')).clusters.map((c) => c.clusterName),
      ['stream-events'],
    );
    assert.equal((await list('?clusterName=stream&clusterState=frozen')).clusterTotal, 0);
    assert.equal((await list('?clusterName=no-such-cluster')).clusterTotal, 0);
  });

  it('list node groups are camelCase; task groups appear in nodeGroups and taskNodeGroups', async () => {
    const c = (await list('?clusterName=analytics-prod')).clusters[0];
    assert.deepEqual(
      c.nodeGroups.map((g) => g.groupName),
      ['master_node_default_group', 'core_node_analysis_group', 'task_node_analysis_group'],
    );
    assert.deepEqual(
      c.taskNodeGroups.map((g) => [g.groupName, g.nodeNum]),
      [['task_node_analysis_group', 4]],
    );
  });

  it('details answer {cluster} with PascalCase node-group keys and the cluster fields', async () => {
    const id = emu.clusterIdByName('stream-events') ?? '';
    const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${id}`, { token });
    assert.equal(res.status, 200);
    const c = (
      res.json as {
        cluster: Record<string, unknown> & {
          nodeGroups: Record<string, unknown>[];
          taskNodeGroups: Record<string, unknown>[];
        };
      }
    ).cluster;
    assert.equal(c.clusterId, id);
    assert.equal(c.clusterType, 1);
    assert.equal(c.scale, '');
    assert.equal(c.ismrsManagerFinish, true);
    const core = c.nodeGroups[1];
    assert.deepEqual(
      [
        core.GroupName,
        core.NodeNum,
        core.NodeSize,
        core.DataVolumeType,
        core.DataVolumeCount,
        core.DataVolumeSize,
        core.RootVolumeSize,
      ],
      ['core_node_streaming_group', 3, 'c6.2xlarge.4.linux.bigdata', 'SATA', 2, 600, 480],
    );
    assert.equal(core.groupName, undefined);
    assert.deepEqual(
      c.taskNodeGroups.map((g) => [g.GroupName, g.NodeNum, g.AutoScalingPolicy]),
      [['task_node_streaming_group', 2, null]],
    );
  });

  it('lists the bootstrap actions a cluster was created with (bootstrapScripts), [] for none, in both answers', async () => {
    const scripts = async (name: string) => {
      const id = emu.clusterIdByName(name) ?? '';
      const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos/${id}`, { token });
      const listed = (await list(`?clusterName=${name}&pageSize=50`)).clusters.find((c) => c.clusterId === id);
      const details = (res.json as { cluster: { bootstrapScripts: Record<string, unknown>[] } }).cluster;
      assert.deepEqual((listed as unknown as typeof details).bootstrapScripts, details.bootstrapScripts, name);
      return details.bootstrapScripts;
    };
    assert.deepEqual(await scripts('analytics-prod'), []);
    const [action, ...more] = await scripts('etl-nightly');
    assert.deepEqual(more, []);
    assert.deepEqual(
      [action.name, action.nodes, action.fail_action, action.state],
      ['install-python-libs', ['Master', 'Core', 'Task'], 'errorout', 'SUCCESS'],
    );
    assert.equal(
      (await scripts('adhoc-queries')).length,
      1,
      "the doc's scale-out examples send skip_bootstrap_scripts",
    );
  });

  it('an unknown cluster id gives 400 12000003 on details and hosts', async () => {
    for (const path of [
      '/v1.1/{p}/cluster_infos/00000000-0000-4000-8000-000000000000',
      '/v1.1/{p}/clusters/00000000-0000-4000-8000-000000000000/hosts',
    ]) {
      const res = await call(emu, 'GET', path, { token });
      assert.equal(res.status, 400);
      assert.equal(errorOf(res).error_code, '12000003');
    }
  });

  it('hosts: {total: "N" (string), hosts} paged by 10 by default, with group name and type', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const first = await call(emu, 'GET', `/v1.1/{p}/clusters/${id}/hosts`, { token });
    const body = first.json as {
      total: unknown;
      hosts: (HostSummary & { mem: string; cpu: string })[];
    };
    assert.equal(body.total, '11');
    assert.equal(body.hosts.length, 10);
    const second = (await call(emu, 'GET', `/v1.1/{p}/clusters/${id}/hosts?currentPage=2`, { token }))
      .json as typeof body;
    assert.equal(second.hosts.length, 1);
    const hosts = [...body.hosts, ...second.hosts];
    assert.deepEqual(
      hosts.map((h) => h.type),
      ['Master', 'Master', 'Core', 'Core', 'Core', 'Core', 'Core', 'Task', 'Task', 'Task', 'Task'],
    );
    assert.ok(hosts.every((h) => h.status === 'ACTIVE' && /^192\.168\.\d+\.\d+$/.test(h.ip)));
    assert.match(hosts[0].name, new RegExp(`^${id}_node_master1_[A-Za-z]{5}$`));
    assert.match(hosts[2].name, new RegExp(`^${id}_node_core_[A-Za-z]{5}$`));
    assert.equal(hosts[2].node_group_name, 'core_node_analysis_group');
    assert.deepEqual([hosts[2].cpu, hosts[2].mem], ['16', '65536']);
    assert.equal(new Set(hosts.map((h) => h.id)).size, 11);
    const small = (await call(emu, 'GET', `/v1.1/{p}/clusters/${id}/hosts?pageSize=4&currentPage=3`, { token }))
      .json as typeof body;
    assert.deepEqual(
      small.hosts.map((h) => h.id),
      hosts.slice(8, 11).map((h) => h.id),
    );
  });

  it('the near-limit cluster has 3 core + 495 task hosts', async () => {
    const hosts = await allHosts(emu, token, emu.clusterIdByName('bigscale-batch') ?? '');
    assert.equal(hosts.filter((h) => h.type === 'Core').length, 3);
    assert.equal(hosts.filter((h) => h.type === 'Task').length, 495);
    assert.equal(new Set(hosts.map((h) => h.ip)).size, hosts.length);
  });

  it('unknown paths and methods give 404 APIGW.0101; every answer carries X-Request-Id', async () => {
    for (const [method, path] of [
      ['GET', '/v1.1/{p}/nothing'],
      ['DELETE', '/v1.1/{p}/cluster_infos/x'],
      ['GET', '/'],
    ]) {
      const res = await call(emu, method, path, { token });
      assert.equal(res.status, 404, path);
      assert.equal(errorOf(res).error_code, 'APIGW.0101');
      assert.equal(errorOf(res).request_id, res.headers.get('x-request-id'));
    }
  });
});
