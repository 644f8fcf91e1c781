// The seeded quota and subnets block the documented scale-outs with 12000030–12000032 and MRS.105; the v1.1 PUT
// and v2 expand refuse in the doc's order; an accepted scale-out consumes quota and addresses, a scale-in gives
// them back; the quota control endpoint.
import assert from 'node:assert/strict';
import { QuotaLimitsError } from '../../../emulator';
import { call, errorOf } from './helpers';
import { assertAccepted, assertError, RESIZE_MS, TASK_GROUP, useResizeEmulator } from './resizeHarness';

/** README's table: the cluster, the group, the first count refused, the code. */
const BLOCKED = [
  ['hpc-simulation', 'core_node_analysis_group', 41, '12000031'],
  ['memory-analytics', 'core_node_analysis_group', 41, '12000032'],
  ['edge-collectors', 'task_node_analysis_group', 311, '12000030'],
  ['branch-subnet', 'core_node_analysis_group', 4, 'MRS.105'],
] as const;

describe('emulator quota: the seed, the refusals, what a scale-out takes', () => {
  const h = useResizeEmulator();
  const expand = (cluster: string, group: string, count: number) =>
    call(
      h.emu,
      'POST',
      `/v2/{p}/clusters/${h.emu.clusterIdByName(cluster) ?? ''}/expand`,
      { token: h.token },
      { node_group_name: group, count },
    );

  for (const [cluster, group, count, code] of BLOCKED) {
    it(`${cluster}: ${count - 1} nodes of ${group} fit, ${count} are refused with ${code} (v1.1 and v2)`, async () => {
      assertError(await h.scaleOut(cluster, group, count), 400, code);
      assertError(await expand(cluster, group, count), 400, code);
      assertAccepted(await h.scaleOut(cluster, group, count - 1));
    });
  }

  it('MRS.105 and the quota codes come with the doc messages in zh-cn', async () => {
    const id = h.emu.clusterIdByName('branch-subnet') ?? '';
    const res = await fetch(`${h.emu.url}/v1.1/${h.emu.credentials.projectId}/cluster_infos/${id}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': h.token, 'Content-Type': 'application/json', 'X-Language': 'zh-cn' },
      body: JSON.stringify({
        parameters: {
          scale_type: 'scale_out',
          node_id: 'node_orderadd',
          node_group: 'core_node_default_group',
          instances: '4',
        },
      }),
    });
    assert.deepEqual(await res.json(), { error_code: 'MRS.105', error_msg: '现子网IP不足，请稍后重试或联系客服。' });
  });

  it('the codes come in the doc order: instances, cores, RAM, disks, capacity, then the subnet', async () => {
    // One analytics-prod core node: 16 vCPUs, 64 GB, 3 disks, 1,680 GB, 1 address.
    const free = h.emu.quotas().used;
    const leave = (f: Partial<Record<keyof typeof free, number>>) =>
      h.emu.setQuotas({
        limits: Object.fromEntries(Object.entries(f).map(([k, v]) => [k, free[k as keyof typeof free] + v])),
      });
    const steps = [
      [{ instances: 0, cores: 0, ramMb: 0, volumes: 0, gigabytes: 0 }, '12000030'],
      [{ instances: 1, cores: 15, ramMb: 0, volumes: 0, gigabytes: 0 }, '12000031'],
      [{ instances: 1, cores: 16, ramMb: 65535, volumes: 0, gigabytes: 0 }, '12000032'],
      [{ instances: 1, cores: 16, ramMb: 65536, volumes: 2, gigabytes: 0 }, '12000033'],
      [{ instances: 1, cores: 16, ramMb: 65536, volumes: 3, gigabytes: 1679 }, '12000034'],
    ] as const;
    for (const [f, code] of steps) {
      leave(f);
      assertError(await h.scaleOut('analytics-prod', 'core_node_analysis_group', 1), 400, code);
    }
    leave({ instances: 3, cores: 48, ramMb: 3 * 65536, volumes: 9, gigabytes: 3 * 1680 });
    h.emu.setQuotas({ subnets: { 'analytics-prod': 13 } }); // its 11 nodes leave 2 addresses
    assertError(await h.scaleOut('analytics-prod', 'core_node_analysis_group', 3), 400, 'MRS.105');
    assertAccepted(await h.scaleOut('analytics-prod', 'core_node_analysis_group', 1));
  });

  it('an accepted scale-out takes its quota and addresses at once; a scale-in gives them back when done', async () => {
    const before = h.emu.quotas();
    const subnet = (q: typeof before) => q.subnets.find((s) => s.cluster === 'etl-nightly');
    assertAccepted(await h.scaleOut('etl-nightly', 'core_node_analysis_group', 2)); // c6.2xlarge.4: 8 vCPUs, 32 GB
    const during = h.emu.quotas();
    assert.deepEqual([during.used.instances - before.used.instances, during.used.cores - before.used.cores], [2, 16]);
    assert.equal(during.used.ramMb - before.used.ramMb, 2 * 32 * 1024);
    assert.equal(during.free.cores, before.free.cores - 16);
    assert.equal(subnet(during)?.freeIps, (subnet(before)?.freeIps ?? 0) - 2);
    h.clock.t += RESIZE_MS;
    assert.deepEqual(h.emu.quotas().used, during.used, 'the nodes that joined are what was taken');
    assertAccepted(await h.scaleIn('etl-nightly', 'core_node_analysis_group', 2));
    assert.deepEqual(h.emu.quotas().used, during.used, 'held until the scale-in is done');
    h.clock.t += RESIZE_MS;
    assert.deepEqual(h.emu.quotas().used, before.used);
    assert.equal(subnet(h.emu.quotas())?.freeIps, subnet(before)?.freeIps);
  });

  it('a failed scale-out gives its quota back; a yearly/monthly expand (an order) takes none', async () => {
    const before = h.emu.quotas().used;
    h.emu.failNextResize('etl-nightly');
    assertAccepted(await h.scaleOut('etl-nightly', 'core_node_analysis_group', 1));
    h.clock.t += RESIZE_MS;
    assert.deepEqual(h.emu.quotas().used, before);
    const order = await expand('custom-lake', 'node_group_reserved', 1);
    assert.equal(order.status, 200, order.text);
    assert.deepEqual(h.emu.quotas().used, before);
  });

  it('a first task group is measured by its task_node_info', async () => {
    const info = {
      node_size: 'm6.2xlarge.8.linux.bigdata',
      data_volume_type: 'SATA',
      data_volume_count: 1,
      data_volume_size: 100,
    };
    const free = h.emu.quotas().free;
    assert.equal(free.ramMb, 10240 * 1024);
    assertError(await h.scaleOut('etl-nightly', TASK_GROUP, 161, { task_node_info: info }), 400, '12000032');
    assertAccepted(await h.scaleOut('etl-nightly', TASK_GROUP, 160, { task_node_info: info }));
    assert.equal(h.emu.quotas().free.ramMb, 0);
  });

  it('POST/GET /__emulator/quotas: limits and subnet sizes; invalid → 400; reset restores the seed', async () => {
    const control = async (method: string, body?: unknown) => {
      const res = await fetch(`${h.emu.url}/__emulator/quotas`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const seeded = await control('GET');
    assert.equal(seeded.status, 200);
    assert.deepEqual(Object.keys(seeded.json), ['limits', 'used', 'free', 'subnets']);
    const set = await control('POST', { limits: { cores: -1, instances: 1000 }, subnets: { 'hpc-simulation': 5 } });
    assert.equal(set.status, 200);
    assert.equal((set.json.limits as { cores: number }).cores, -1);
    assert.equal((set.json.free as { cores: number }).cores, -1);
    assertAccepted(await h.scaleOut('edge-collectors', 'task_node_analysis_group', 311));
    assertError(await h.scaleOut('hpc-simulation', 'core_node_analysis_group', 1), 400, 'MRS.105');
    for (const bad of [
      { limits: { cores: -2 } },
      { limits: { cpus: 1 } },
      { subnets: { nowhere: 1 } },
      { quota: 1 },
      [1],
    ]) {
      assert.equal((await control('POST', bad)).status, 400, JSON.stringify(bad));
    }
    assert.throws(() => h.emu.setQuotas({ limits: { cores: 1.5 } }), QuotaLimitsError);
    h.emu.reset();
    assert.deepEqual((await control('GET')).json, seeded.json);
    const refused = await h.scaleOut('hpc-simulation', 'core_node_analysis_group', 41);
    assert.equal(errorOf(refused).error_code, '12000031');
  });
});
