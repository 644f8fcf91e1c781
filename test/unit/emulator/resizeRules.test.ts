// Every rule and error code of the v1.1 resize, at and beyond its edge.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../emulator';
import { allHosts, call, clusterByName, getToken, resizeBody, type Call } from './helpers';

describe('emulator resize rules (PUT /v1.1/{project_id}/cluster_infos/{cluster_id})', () => {
  const T0 = Date.UTC(2026, 2, 1);
  const clock = { t: T0 };
  let emu: Emulator;
  let token: string;
  before(async () => {
    emu = await startEmulator({ quiet: true, scaleSeconds: 3600, now: () => clock.t });
    token = await getToken(emu);
  });
  after(() => emu.close());
  beforeEach(() => {
    clock.t = T0;
    emu.reset();
  });

  const put = (cluster: string, body: unknown): Promise<Call> =>
    call(emu, 'PUT', `/v1.1/{p}/cluster_infos/${emu.clusterIdByName(cluster) ?? cluster}`, { token }, body);
  const resize = (cluster: string, parameters: Record<string, unknown>): Promise<Call> =>
    put(cluster, resizeBody(parameters));

  function assertError(res: Call, status: number, code: string): void {
    assert.equal(res.status, status, res.text);
    const body = res.json as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['error_code', 'error_msg']);
    assert.equal(body.error_code, code);
    assert.ok(typeof body.error_msg === 'string' && body.error_msg.length > 10);
  }

  function assertAccepted(res: Call): void {
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { result: 'succeeded' });
  }

  it('accepts the doc example (instances "1") and the SDK form (instances 1)', async () => {
    assertAccepted(
      await resize('analytics-prod', {
        scale_type: 'scale_out',
        node_group: 'core_node_default_group',
        instances: '1',
      }),
    );
    emu.reset();
    assertAccepted(
      await resize('analytics-prod', { scale_type: 'scale_out', node_group: 'core_node_default_group', instances: 1 }),
    );
  });

  for (const instances of [0, -1, 1.5, 'x', '1.5', '', '0', '-1', ' 1', null, true, [1]]) {
    it(`refuses instances ${JSON.stringify(instances)} with 400 12000002`, async () => {
      assertError(await resize('analytics-prod', { scale_type: 'scale_out', instances }), 400, '12000002');
    });
  }

  it('refuses a missing instances, a bad scale_type and a node_id other than node_orderadd', async () => {
    assertError(await resize('analytics-prod', { scale_type: 'scale_out' }), 400, '12000002');
    assertError(await resize('analytics-prod', { scale_type: 'scale_up', instances: 1 }), 400, '12000002');
    assertError(await resize('analytics-prod', { instances: 1 }), 400, '12000002');
    assertError(
      await resize('analytics-prod', { scale_type: 'scale_out', node_id: 'node_x', instances: 1 }),
      400,
      '12000002',
    );
  });

  it('refuses a body that is not JSON or has no parameters object with 12000009', async () => {
    assertError(await put('analytics-prod', '{"parameters":'), 400, '12000009');
    assertError(await put('analytics-prod', { scale_type: 'scale_out', instances: 1 }), 400, '12000009');
  });

  it('an unknown cluster gives 400 12000003', async () => {
    assertError(
      await resize('00000000-0000-4000-8000-000000000000', { scale_type: 'scale_out', instances: 1 }),
      400,
      '12000003',
    );
  });

  it('node_group: unknown → 12000002, master → 12000054, wrong cluster type → 12000002', async () => {
    assertError(
      await resize('analytics-prod', { scale_type: 'scale_out', node_group: 'core_node_foo_group', instances: 1 }),
      400,
      '12000002',
    );
    assertError(
      await resize('analytics-prod', {
        scale_type: 'scale_out',
        node_group: 'master_node_default_group',
        instances: 1,
      }),
      400,
      '12000054',
    );
    assertError(
      await resize('stream-events', { scale_type: 'scale_out', node_group: 'task_node_analysis_group', instances: 1 }),
      400,
      '12000002',
    );
  });

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
        const c = await clusterByName(emu, token, cluster);
        return c.nodeGroups.find((g) => g.GroupName === scaled)?.NodeNum ?? -1;
      };
      const before = await nodeNum();
      assertAccepted(await resize(cluster, params));
      clock.t += 3600_000;
      assert.equal(await nodeNum(), before + 1);
      assert.equal((await clusterByName(emu, token, cluster)).clusterState, 'running');
    });
  }

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
    assertError(
      await resize('hdfs-degraded', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 1 }),
      400,
      '12000068',
    );
  });

  it('a cluster in scale "scaling-error" (running) can be resized again', async () => {
    assertAccepted(await resize('retry-scaleout', { scale_type: 'scale_out', instances: 1 }));
  });

  it('core + task may reach 500 but not exceed it: 12000028', async () => {
    assertAccepted(
      await resize('bigscale-batch', { scale_type: 'scale_out', node_group: 'task_node_default_group', instances: 2 }),
    );
    emu.reset();
    assertError(
      await resize('bigscale-batch', { scale_type: 'scale_out', node_group: 'task_node_default_group', instances: 3 }),
      400,
      '12000028',
    );
    assertError(await resize('bigscale-batch', { scale_type: 'scale_out', instances: '3' }), 400, '12000028');
    assertAccepted(await resize('analytics-prod', { scale_type: 'scale_out', instances: 491 }));
    emu.reset();
    assertError(await resize('analytics-prod', { scale_type: 'scale_out', instances: 492 }), 400, '12000028');
  });

  it('core scale-in must leave at least 3 core nodes: 12000013', async () => {
    assertError(await resize('etl-nightly', { scale_type: 'scale_in', instances: 1 }), 400, '12000013');
    assertError(await resize('analytics-prod', { scale_type: 'scale_in', instances: 3 }), 400, '12000013');
    assertAccepted(await resize('analytics-prod', { scale_type: 'scale_in', instances: 2 }));
  });

  it("task scale-in: at most the group's nodes; a cluster without task nodes: 12000013", async () => {
    assertError(
      await resize('analytics-prod', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 5 }),
      400,
      '12000013',
    );
    assertError(
      await resize('etl-nightly', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 1 }),
      400,
      '12000013',
    );
    assertError(
      await resize('reporting-warehouse', {
        scale_type: 'scale_in',
        node_group: 'task_node_default_group',
        instances: 1,
      }),
      400,
      '12000013',
    );
    assertAccepted(
      await resize('analytics-prod', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 4 }),
    );
  });

  const info = {
    node_size: 'c6.xlarge.4.linux.bigdata',
    data_volume_type: 'SATA',
    data_volume_count: 2,
    data_volume_size: 200,
  };

  it('task_node_info is refused when the cluster has task nodes (12000002)', async () => {
    assertError(
      await resize('analytics-prod', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 1,
        task_node_info: info,
      }),
      400,
      '12000002',
    );
    assertError(
      await resize('analytics-prod', {
        scale_type: 'scale_in',
        node_group: 'task_node_default_group',
        instances: 1,
        task_node_info: info,
      }),
      400,
      '12000002',
    );
  });

  it('task_node_info is required when there is no task group (no known flavor); accepted with it', async () => {
    assertError(
      await resize('etl-nightly', { scale_type: 'scale_out', node_group: 'task_node_default_group', instances: 1 }),
      400,
      '12000002',
    );
    assertAccepted(
      await resize('etl-nightly', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 1,
        task_node_info: info,
      }),
    );
  });

  it('an empty task group (flavor known) scales out with or without task_node_info', async () => {
    assertAccepted(
      await resize('reporting-warehouse', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 2,
      }),
    );
    emu.reset();
    assertAccepted(
      await resize('reporting-warehouse', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 2,
        task_node_info: info,
      }),
    );
  });

  for (const [field, bad, good] of [
    ['data_volume_count', [0, 11, 1.5, '2'], [1, 10]],
    ['data_volume_size', [99, 32001, 150.5], [100, 32000]],
    ['data_volume_type', ['NVME', 1], ['SATA', 'SAS', 'SSD']],
    ['node_size', ['', 7], ['c6.2xlarge.4.linux.bigdata']],
  ] as const) {
    it(`task_node_info.${field}: ${JSON.stringify(bad)} refused, ${JSON.stringify(good)} accepted`, async () => {
      for (const v of bad) {
        const res = await resize('etl-nightly', {
          scale_type: 'scale_out',
          node_group: 'task_node_default_group',
          instances: 1,
          task_node_info: { ...info, [field]: v },
        });
        assertError(res, 400, '12000002');
      }
      for (const v of good) {
        emu.reset();
        assertAccepted(
          await resize('etl-nightly', {
            scale_type: 'scale_out',
            node_group: 'task_node_default_group',
            instances: 1,
            task_node_info: { ...info, [field]: v },
          }),
        );
      }
    });
  }

  it('server_ids on a task scale-in: count must equal instances; ids must be task hosts of this group', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const hosts = await allHosts(emu, token, id);
    const task = hosts.filter((h) => h.type === 'Task').map((h) => h.id);
    const core = hosts.filter((h) => h.type === 'Core').map((h) => h.id);
    const otherTask = (await allHosts(emu, token, emu.clusterIdByName('stream-events') ?? '')).filter(
      (h) => h.type === 'Task',
    )[0].id;
    const scaleIn = (instances: unknown, server_ids: unknown): Promise<Call> =>
      resize('analytics-prod', {
        scale_type: 'scale_in',
        node_group: 'task_node_default_group',
        instances,
        server_ids,
      });
    assertError(await scaleIn(1, task.slice(0, 2)), 400, '12000002');
    assertError(await scaleIn('3', task.slice(0, 2)), 400, '12000002');
    assertError(await scaleIn(2, [task[0], task[0]]), 400, '12000002');
    assertError(await scaleIn(1, [core[0]]), 400, '12000013');
    assertError(await scaleIn(1, [otherTask]), 400, '12000013');
    assertError(await scaleIn(1, 'not-a-list'), 400, '12000002');
    assertAccepted(await scaleIn('2', task.slice(1, 3)));
  });

  it('server_ids has no effect on a scale-out (ignored, as the doc says)', async () => {
    assertAccepted(
      await resize('analytics-prod', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 1,
        server_ids: ['not-a-host'],
      }),
    );
  });
});
