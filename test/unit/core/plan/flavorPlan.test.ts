// The flavors MRS offers in the one plan of the first task nodes: read beside the cluster (once the
// details name its version and zone), a flavor not offered is a warning on node_size that never blocks,
// ECS's vCPUs and memory replace the estimate from the name in the quota, and a failed read says nothing.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import type { ZoneFlavors } from '../../../../src/core/model/flavors';
import { parseRequestFile } from '../../../../src/core/requests';
import { preparePlan, type ResizeOrder } from '../../../../src/core/plan';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { FakeQuotaReads, ample } from '../../../support/unit/fakeQuota';
import { T0 } from '../../../support/unit/fakes';
import { FakeClient } from '../operations/fakeClient';
import { CORE, clusterOf, coreHosts } from '../resize/clusters';

const ZONES: ZoneFlavors[] = [
  { azCode: 'az1.dc1', azName: 'az1.dc1', master: [], core: [], task: ['c6.2xlarge.4', 's3.xlarge.2'] },
];
const ECS = [
  { name: 'c6.2xlarge.4', cores: 8, ramMb: 16384 },
  { name: 's3.xlarge.2', cores: 4, ramMb: 8192 },
];

function client(): FakeClient {
  const c = new FakeClient([clusterOf({ cluster: { availabilityZone: 'az1.dc1' } })]);
  c.hosts = coreHosts(3);
  return c;
}

const firstTask = (nodeSize: string): ResizeOrder => ({
  connection: 'prod',
  clusterId: CLUSTER_ID,
  wayIn: 'cli',
  ask: {
    draft: {
      scaleType: 'scale_out',
      group: 'task_node_default_group',
      instances: 3,
      taskNodeInfo: { nodeSize, dataVolumeType: 'SATA', dataVolumeCount: 1, dataVolumeSize: 100 },
    },
  },
});

describe('plan: the flavors MRS offers for the first task nodes', () => {
  it('warns about a flavor MRS does not offer, naming the offered ones, and stays ready', async () => {
    const quota = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const plan = await preparePlan(client(), firstTask('m6.8xlarge.8.linux.bigdata'), { t, nowMs: T0, quota });
    assert.ok(plan.ready, JSON.stringify(plan.problems));
    const warning = plan.problems.find((p) => p.code === 'taskNodeInfo.flavorNotOffered');
    assert.equal(warning?.severity, 'warning');
    assert.deepEqual(warning?.path, ['parameters', 'task_node_info', 'node_size']);
    assert.match(warning?.message ?? '', /Offered: c6\.2xlarge\.4\.linux\.bigdata, s3\.xlarge\.2\.linux\.bigdata\.$/);
    assert.deepEqual([...quota.calls].sort(), ['ecs', 'ecsFlavors:az1.dc1', 'evs', 'mrsFlavors:MRS 3.1.0']);
  });

  it('puts the warning on node_size of a request file', async () => {
    const quota = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const text = JSON.stringify({
      target: { cluster_id: CLUSTER_ID },
      request: {
        parameters: {
          scale_type: 'scale_out',
          node_id: 'node_orderadd',
          node_group: 'task_node_default_group',
          instances: 1,
          task_node_info: { node_size: 'm6.8xlarge.8.linux.bigdata' },
        },
      },
    });
    const file = parseRequestFile(text, t);
    const order: ResizeOrder = { connection: 'prod', clusterId: CLUSTER_ID, wayIn: 'requestFile', ask: { file } };
    const plan = await preparePlan(client(), order, { t, nowMs: T0, quota });
    const warning = plan.problems.find((p) => p.code === 'taskNodeInfo.flavorNotOffered');
    assert.ok(plan.ready && warning?.offset !== undefined, JSON.stringify(plan.problems));
    assert.equal(text.slice(warning.offset, warning.offset + (warning.length ?? 0)), '"m6.8xlarge.8.linux.bigdata"');
  });

  it("counts the first task nodes' vCPUs and memory from ECS's flavor, not from its name", async () => {
    const quota = new FakeQuotaReads({
      zones: ZONES,
      ecsFlavorList: ECS,
      ecs: { instances: ample(), cores: { max: 20, used: 0 }, ramMb: ample() },
    });
    const plan = await preparePlan(client(), firstTask('c6.2xlarge.4.linux.bigdata'), { t, nowMs: T0, quota });
    assert.deepEqual(
      [plan.quota?.perNode.cores, plan.quota?.perNode.ramMb, plan.quota?.perNode.estimated],
      [8, 16384, false],
    );
    const cores = plan.problems.find((p) => p.code === 'quota.cores');
    assert.match(cores?.message ?? '', /^Needs 24 vCPUs, 20 free: .*\(at most 2 fit\)\.$/);
    assert.equal(plan.problems.filter((p) => p.code === 'taskNodeInfo.flavorNotOffered').length, 0);
  });

  it('says nothing of flavors when MRS could not be read, and estimates from the name as before', async () => {
    const denied = new MrsApiError('no permission', { kind: 'forbidden', status: 403 });
    const quota = new FakeQuotaReads({ zones: denied, ecsFlavorList: ECS });
    const plan = await preparePlan(client(), firstTask('m6.8xlarge.8.linux.bigdata'), { t, nowMs: T0, quota });
    assert.ok(plan.ready);
    assert.equal(plan.problems.filter((p) => p.code === 'taskNodeInfo.flavorNotOffered').length, 0);
    assert.equal(plan.quota?.perNode.estimated, true);
  });

  it('reads no flavors for a scale-out of an existing group', async () => {
    const quota = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const order: ResizeOrder = {
      connection: 'prod',
      clusterId: CLUSTER_ID,
      wayIn: 'cli',
      ask: { draft: { scaleType: 'scale_out', group: CORE, instances: 1 } },
    };
    await preparePlan(client(), order, { t, nowMs: T0, quota });
    assert.deepEqual([...quota.calls].sort(), ['ecs', 'evs']);
  });
});
