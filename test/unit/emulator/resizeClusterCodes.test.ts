// The codes of the doc's table (表9) that the state of a cluster or of the account triggers: 12000018
// for a running cluster whose `scale` is in progress, 12000121 (unpaid order), 12000067 (old
// version), and the quota knob (12000030–12000034).
import assert from 'node:assert/strict';
import { QuotaSpecError } from '../../../emulator';
import type { Call } from './helpers';
import { assertAccepted, assertError, useResizeEmulator, type ResizeHarness } from './resizeHarness';

const scaleOutOf =
  (h: ResizeHarness) =>
  (cluster: string, instances = 1, extra: Record<string, unknown> = {}): Promise<Call> =>
    h.resize(cluster, { scale_type: 'scale_out', instances, ...extra });
const scaleInOf =
  (h: ResizeHarness) =>
  (cluster: string): Promise<Call> =>
    h.resize(cluster, { scale_type: 'scale_in', instances: 1 });

function scaleInProgress(h: ResizeHarness): void {
  const [scaleOut, scaleIn] = [scaleOutOf(h), scaleInOf(h)];

  for (const scale of ['scaling-out', 'scaling-in', 'scaling-up', 'scaling_up_first', 'scaled_up_first']) {
    it(`12000018: a running cluster whose scale is "${scale}"`, async () => {
      h.emu.setClusterState('analytics-prod', { clusterState: 'running', scale });
      assertError(await scaleOut('analytics-prod'), 400, '12000018');
      assertError(await scaleIn('analytics-prod'), 400, '12000018');
    });
  }

  it('a running cluster whose scale is final ("scaling-error", "scaled-up-success") is accepted', async () => {
    for (const scale of ['scaling-error', 'scaled-up-success']) {
      h.emu.reset();
      h.emu.setClusterState('analytics-prod', { clusterState: 'running', scale });
      assertAccepted(await scaleOut('analytics-prod'));
    }
  });
}

function scaleOutRefused(h: ResizeHarness): void {
  const [scaleOut, scaleIn] = [scaleOutOf(h), scaleInOf(h)];
  it('12000121: a scale-out of the cluster with an unpaid order; its scale-in is accepted', async () => {
    assertError(await scaleOut('pending-order'), 400, '12000121');
    assertError(await scaleOut('pending-order', 1, { node_group: 'task_node_default_group' }), 400, '12000121');
    assertAccepted(await scaleIn('pending-order'));
  });

  it('12000067: a scale-out of the MRS 1.5.1 cluster; its scale-in is accepted', async () => {
    assertError(await scaleOut('legacy-hadoop'), 400, '12000067');
    assertAccepted(await scaleIn('legacy-hadoop'));
  });

  it('state codes come first: 12000018 beats 12000121 when the unpaid cluster is scaling', async () => {
    h.emu.setClusterState('pending-order', { clusterState: 'scaling-in' });
    assertError(await scaleOut('pending-order'), 400, '12000018');
  });
}

function quotaCodes(h: ResizeHarness): void {
  const scaleOut = scaleOutOf(h);

  it('12000030: more nodes than the node quota; exactly the quota is accepted', async () => {
    h.emu.setQuota({ nodes: 2 });
    assertError(await scaleOut('analytics-prod', 3), 400, '12000030');
    assertAccepted(await scaleOut('analytics-prod', 2));
  });

  // analytics-prod core: c6.4xlarge.4 (16 vCPUs, 64 GB), 2 data disks of 600 GB + a 480 GB root disk.
  for (const [quota, code, fits, over] of [
    [{ vcpus: 32 }, '12000031', 2, 3],
    [{ memoryGb: 128 }, '12000032', 2, 3],
    [{ disks: 6 }, '12000033', 2, 3],
    [{ diskGb: 3360 }, '12000034', 2, 3],
  ] as const) {
    it(`${code}: ${JSON.stringify(quota)} allows ${fits} core nodes of analytics-prod, not ${over}`, async () => {
      h.emu.setQuota(quota);
      assertError(await scaleOut('analytics-prod', over), 400, code);
      assertAccepted(await scaleOut('analytics-prod', fits));
    });
  }
}

function quotaRules(h: ResizeHarness): void {
  const scaleOut = scaleOutOf(h);
  it('a new task group is measured by its task_node_info; a scale-in ignores the quota', async () => {
    h.emu.setQuota({ vcpus: 8, nodes: 0 });
    assertAccepted(await h.resize('analytics-prod', { scale_type: 'scale_in', instances: 1 }));
    h.emu.setQuota({ vcpus: 8 });
    const info = { node_size: 'c6.xlarge.4.linux.bigdata', data_volume_count: 1, data_volume_size: 100 };
    const task = { node_group: 'task_node_default_group', task_node_info: info };
    assertError(await scaleOut('etl-nightly', 3, task), 400, '12000031');
    assertAccepted(await scaleOut('etl-nightly', 2, task));
  });

  it('the codes come in the doc order, after 12000028; reset restores the seeded quota', async () => {
    const seeded = h.emu.quota();
    h.emu.setQuota({ nodes: 0, vcpus: 0 });
    assertError(await scaleOut('analytics-prod', 1), 400, '12000030');
    assertError(await scaleOut('bigscale-batch', 3), 400, '12000028');
    h.emu.reset();
    assert.deepEqual(h.emu.quota(), seeded);
    assert.deepEqual(seeded, { nodes: 310, vcpus: 2560, memoryGb: 10240, disks: 1000, diskGb: 500000 });
    assertAccepted(await scaleOut('analytics-prod', 1));
  });
}

function quotaControl(h: ResizeHarness): void {
  const scaleOut = scaleOutOf(h);
  it('POST/GET/DELETE /__emulator/quota; an invalid quota is refused with 400 or QuotaSpecError', async () => {
    const control = async (method: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
      const res = await fetch(`${h.emu.url}/__emulator/quota`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    };
    assert.deepEqual(await control('POST', { nodes: 1, diskGb: 10 }), {
      status: 200,
      json: { quota: { nodes: 1, diskGb: 10 } },
    });
    assert.deepEqual(await control('GET'), { status: 200, json: { quota: { nodes: 1, diskGb: 10 } } });
    assertError(await scaleOut('analytics-prod', 2), 400, '12000030');
    for (const bad of [{ nodes: -1 }, { nodes: 1.5 }, { cpus: 4 }, [1], 'x']) {
      assert.equal((await control('POST', bad)).status, 400, JSON.stringify(bad));
    }
    assert.throws(() => h.emu.setQuota({ nodes: '2' } as never), QuotaSpecError);
    assert.deepEqual(await control('DELETE'), { status: 200, json: { quota: {} } });
    assertAccepted(await scaleOut('analytics-prod', 2));
  });
}

describe('emulator resize: codes triggered by the cluster or the account', () => {
  const h = useResizeEmulator();
  describe('12000018: a scale in progress, by state or by scale', () => scaleInProgress(h));
  describe('12000121 and 12000067 refuse a scale-out only', () => scaleOutRefused(h));
  describe('the quota knob: 12000030–12000034', () => quotaCodes(h));
  describe('the quota knob: what is measured, and when', () => quotaRules(h));
  describe('the quota knob over HTTP', () => quotaControl(h));
});
