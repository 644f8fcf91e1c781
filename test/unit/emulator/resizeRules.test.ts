// The rules that depend on the cluster (resize doc 表4 and 表9): node group, state, billing, hosts,
// the 500-node limit, the core minimum. The task group's rules are in resizeTaskGroup.test.ts.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../emulator';
import { call, clusterByName, getToken, resizeBody } from './helpers';
import {
  assertAccepted,
  assertError,
  assertRefused,
  RESIZE_MS,
  TASK_GROUP,
  useResizeEmulator,
  type ResizeHarness,
} from './resizeHarness';

function nodeGroups(h: ResizeHarness): void {
  const { scaleOut } = h;
  it('node_group: unknown → 12000002, master → 12000054, wrong cluster type → 12000002', async () => {
    assertRefused(await scaleOut('analytics-prod', 'core_node_foo_group', 1), '12000002');
    assertRefused(await scaleOut('analytics-prod', 'master_node_default_group', 1), '12000054');
    assertRefused(await scaleOut('analytics-prod', 'master_like_core', 1), '12000002');
    assertRefused(await scaleOut('stream-events', 'task_node_analysis_group', 1), '12000002');
  });
}

function groupAliases(h: ResizeHarness): void {
  const { resize } = h;
  for (const [cluster, group, scaled] of [
    ['analytics-prod', undefined, 'core_node_analysis_group'],
    ['analytics-prod', '', 'core_node_analysis_group'],
    ['analytics-prod', 'core_node_default_group', 'core_node_analysis_group'],
    ['analytics-prod', 'core_node_analysis_group', 'core_node_analysis_group'],
    ['analytics-prod', 'task_node_default_group', 'task_node_analysis_group'],
    ['analytics-prod', 'task_node_analysis_group', 'task_node_analysis_group'],
    ['stream-events', 'core_node_streaming_group', 'core_node_streaming_group'],
    ['stream-events', 'task_node_default_group', 'task_node_streaming_group'],
  ] as const) {
    it(`node_group ${JSON.stringify(group)} on ${cluster} scales ${scaled}`, async () => {
      const params: Record<string, unknown> = { scale_type: 'scale_out', instances: 1 };
      if (group !== undefined) {
        params.node_group = group;
      }
      const nodeNum = async (): Promise<number> => {
        const c = await clusterByName(h.emu, h.token, cluster);
        return c.nodeGroups.find((g) => g.GroupName === scaled)?.NodeNum ?? -1;
      };
      const before = await nodeNum();
      assertAccepted(await resize(cluster, params));
      h.clock.t += RESIZE_MS;
      assert.equal(await nodeNum(), before + 1);
      assert.equal((await clusterByName(h.emu, h.token, cluster)).clusterState, 'running');
    });
  }
}

function clusterState(h: ResizeHarness): void {
  const { resize, scaleIn } = h;
  it('yearly/monthly clusters: 12000065', async () => {
    assertError(await resize('billing-yearly', { scale_type: 'scale_out', instances: 1 }), 400, '12000065');
  });

  it('a cluster already scaling: 12000018 (scaling-out and scaling-in)', async () => {
    assertError(await resize('ml-features', { scale_type: 'scale_out', instances: 1 }), 400, '12000018');
    assertError(await resize('log-archive', { scale_type: 'scale_in', instances: 1 }), 400, '12000018');
    assertAccepted(await resize('analytics-prod', { scale_type: 'scale_out', instances: 1 }));
    assertError(await resize('analytics-prod', { scale_type: 'scale_out', instances: 1 }), 400, '12000018');
  });

  for (const cluster of [
    'hbase-online',
    'finance-frozen',
    'poc-failed',
    'old-sandbox',
    'temp-teardown',
    'new-lakehouse',
  ]) {
    it(`a cluster that is not running (${cluster}): 12000017 with 400`, async () => {
      assertError(await resize(cluster, { scale_type: 'scale_out', instances: 1 }), 400, '12000017');
    });
  }

  it('a running cluster with a node that is not ACTIVE: 12000068', async () => {
    assertRefused(await scaleIn('hdfs-degraded', TASK_GROUP, 1), '12000068');
  });

  it('a cluster in scale "scaling-error" (running) can be resized again', async () => {
    assertAccepted(await resize('retry-scaleout', { scale_type: 'scale_out', instances: 1 }));
  });
}

function counts(h: ResizeHarness): void {
  const { resize, scaleOut } = h;
  it('core + task may reach 500 but not exceed it: 12000028', async () => {
    assertAccepted(await scaleOut('bigscale-batch', TASK_GROUP, 2));
    h.emu.reset();
    assertRefused(await scaleOut('bigscale-batch', TASK_GROUP, 3), '12000028');
    assertError(await resize('bigscale-batch', { scale_type: 'scale_out', instances: '3' }), 400, '12000028');
    // 491 c6.4xlarge nodes are far beyond the seeded quota: lift it, the node limit is what is tested here.
    h.emu.clearQuota();
    assertAccepted(await resize('analytics-prod', { scale_type: 'scale_out', instances: 491 }));
    h.emu.reset();
    h.emu.clearQuota();
    assertError(await resize('analytics-prod', { scale_type: 'scale_out', instances: 492 }), 400, '12000028');
  });

  it('core scale-in must leave at least 3 core nodes: 12000013', async () => {
    assertError(await resize('etl-nightly', { scale_type: 'scale_in', instances: 1 }), 400, '12000013');
    assertError(await resize('analytics-prod', { scale_type: 'scale_in', instances: 3 }), 400, '12000013');
    assertAccepted(await resize('analytics-prod', { scale_type: 'scale_in', instances: 2 }));
  });
}
describe('emulator resize rules: a core + task limit technical support raised (nodeLimit)', () => {
  let emu: Emulator;
  let token: string;
  before(async () => {
    emu = await startEmulator({ quiet: true, nodeLimit: 800 });
    token = await getToken(emu);
  });
  after(() => emu.close());
  const scaleOut = (instances: number) =>
    call(
      emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${emu.clusterIdByName('bigscale-batch') ?? ''}`,
      { token },
      resizeBody({ scale_type: 'scale_out', node_group: TASK_GROUP, instances }),
    );

  it('accepts a scale-out up to the raised limit, 12000028 beyond it', async () => {
    emu.clearQuota(); // 302 nodes are beyond the seeded quota; the node limit is what is tested here
    assertRefused(await scaleOut(303), '12000028');
    assertAccepted(await scaleOut(302));
  });
});

describe('emulator resize rules (PUT /v1.1/{project_id}/cluster_infos/{cluster_id})', () => {
  const h = useResizeEmulator();
  describe('node_group', () => nodeGroups(h));
  describe('node_group aliases', () => groupAliases(h));
  describe('billing, state and hosts', () => clusterState(h));
  describe('node counts', () => counts(h));
});
