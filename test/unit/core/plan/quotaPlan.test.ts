// The quota pre-flight in the one plan: a shortfall is an error naming MRS's code and the numbers,
// a read that fails is one info and never a refusal, the reads go beside the cluster's (one each),
// a scale-in reads none, a cached read is not asked again, and the send does not read the quota.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { preparePlan, type ResizeOrder } from '../../../../src/core/plan';
import { CachedQuotaReads } from '../../../../src/core/quota/reader';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { FakeQuotaReads, ample } from '../../../support/unit/fakeQuota';
import { T0 } from '../../../support/unit/fakes';
import { FakeClient } from '../operations/fakeClient';
import { harness } from '../operations/lifecycleHarness';
import { CORE, TASK, clusterOf, coreHosts, taskHosts } from '../resize/clusters';

const order = (
  draft: ResizeOrder['ask'] extends infer A ? (A extends { draft: infer D } ? Partial<D> : never) : never,
) =>
  ({
    connection: 'prod',
    clusterId: CLUSTER_ID,
    wayIn: 'cli',
    ask: { draft: { scaleType: 'scale_out', group: CORE, instances: 3, ...draft } },
  }) as ResizeOrder;

/** Core nodes of 8 vCPUs, 16 GiB, one 100 GB data disk and a 40 GB system disk; subnet `subnet-1`. */
function coreClient(): FakeClient {
  const client = new FakeClient([clusterOf({ cluster: { subnetId: 'subnet-1' } })]);
  client.hosts = coreHosts(3);
  return client;
}

describe('plan: the quota pre-flight', () => {
  it('refuses a scale-out the vCPU quota cannot hold, naming 12000031, the numbers and how many fit', async () => {
    const quota = new FakeQuotaReads({ ecs: { instances: ample(), cores: { max: 100, used: 80 }, ramMb: ample() } });
    const plan = await preparePlan(coreClient(), order({}), { t, nowMs: T0, quota });
    assert.equal(plan.ready, false);
    assert.deepEqual(
      plan.problems.map((p) => [p.severity, p.code, p.path.join('.')]),
      [['error', 'quota.cores', 'parameters.instances']],
    );
    assert.equal(
      plan.problems[0].message,
      'Needs 24 vCPUs, 20 free: MRS would refuse with 12000031. Ask for a higher quota or add fewer nodes (at most 2 fit).',
    );
    assert.deepEqual([plan.quota?.fits, plan.quota?.limiting, plan.quota?.nodes], [2, 'cores', 3]);
  });

  it('names every short resource: memory in GiB, disks, capacity, servers and subnet IPs', async () => {
    const quota = new FakeQuotaReads({
      ecs: { instances: { max: 10, used: 9 }, cores: ample(), ramMb: { max: 40_000, used: 0 } },
      evs: { volumes: { max: 5, used: 0 }, gigabytes: { max: 300, used: 0 } },
      freeIps: 1,
    });
    const plan = await preparePlan(coreClient(), order({}), { t, nowMs: T0, quota });
    assert.deepEqual(
      plan.problems.map((p) => p.code),
      ['quota.instances', 'quota.ram', 'quota.volumes', 'quota.gigabytes', 'quota.ips'],
    );
    assert.match(plan.problems[1].message, /^Needs 48 GiB of memory, 39 GiB free: MRS would refuse with 12000032\./);
    assert.match(
      plan.problems[4].message,
      /^Needs 3 IP addresses in the subnet, 1 free: .* MRS\.105\. .*at most 1 fit/,
    );
  });

  it("counts the first task nodes' disks from task_node_info, and says the vCPUs are estimated from the flavor name", async () => {
    const client = new FakeClient([clusterOf({ cluster: { subnetId: 'subnet-1' } })]);
    client.hosts = coreHosts(3);
    const quota = new FakeQuotaReads({
      ecs: { instances: ample(), cores: { max: 20, used: 0 }, ramMb: ample() },
      evs: { volumes: { max: 9, used: 0 }, gigabytes: ample() },
    });
    const taskNodeInfo = {
      nodeSize: 'c6.2xlarge.4.linux.bigdata',
      dataVolumeType: 'SSD',
      dataVolumeCount: 3,
      dataVolumeSize: 100,
    };
    const plan = await preparePlan(client, order({ group: 'task_node_default_group', instances: 3, taskNodeInfo }), {
      t,
      nowMs: T0,
      quota,
    });
    assert.deepEqual(
      plan.problems.filter((p) => p.severity === 'error').map((p) => p.code),
      ['quota.cores', 'quota.volumes'],
      JSON.stringify(plan.problems),
    );
    assert.match(
      plan.problems[0].message,
      /Needs 24 vCPUs, 20 free.*\(Estimated from the flavor name c6\.2xlarge\.4\.linux\.bigdata\.\)$/,
    );
    assert.match(plan.problems[1].message, /^Needs 12 disks, 9 free: MRS would refuse with 12000033\./);
  });

  it('never refuses for a read that failed: one info says which read and why, and the rest is still compared', async () => {
    const denied = new MrsApiError("Policy doesn't allow ecs:cloudServerQuotas:get to be performed.", {
      kind: 'forbidden',
      status: 403,
      code: 'Pdp.0001',
    });
    const gone = new MrsApiError('Not Found', { kind: 'notFound', status: 404 });
    const quota = new FakeQuotaReads({ ecs: denied, freeIps: gone });
    const plan = await preparePlan(coreClient(), order({}), { t, nowMs: T0, quota });
    assert.ok(plan.ready, JSON.stringify(plan.problems));
    assert.deepEqual(
      plan.problems.map((p) => [p.severity, p.code]),
      [['info', 'quota.notChecked']],
    );
    assert.equal(
      plan.problems[0].message,
      'Quota not checked (ECS quota: no permission (HTTP 403, Pdp.0001); subnet IPs (VPC): the endpoint does not serve this API (HTTP 404)). The resize can be sent; MRS checks the quota itself.',
    );
    assert.deepEqual(
      plan.quota?.resources.map((r) => r.resource),
      ['volumes', 'gigabytes'],
    );
  });

  it('reads each quota once per plan, beside the cluster; a scale-in reads none', async () => {
    const quota = new FakeQuotaReads();
    const client = coreClient();
    await preparePlan(client, order({}), { t, nowMs: T0, quota });
    assert.deepEqual([...quota.calls].sort(), ['ecs', 'evs', 'vpc:subnet-1']);
    assert.equal(client.getClusterCalls, 1);
    const scaleIn = new FakeClient([clusterOf({ task: 3 })]);
    scaleIn.hosts = taskHosts(3);
    const fresh = new FakeQuotaReads();
    const plan = await preparePlan(scaleIn, order({ scaleType: 'scale_in', group: TASK, instances: 1 }), {
      t,
      nowMs: T0,
      quota: fresh,
    });
    assert.ok(plan.ready);
    assert.deepEqual(fresh.calls, []);
    assert.equal(plan.quota, undefined);
  });

  it('asks a cached read again only after 30 s, and does not keep a cancelled one', async () => {
    let now = T0;
    const inner = new FakeQuotaReads();
    const quota = new CachedQuotaReads(inner, () => now);
    await preparePlan(coreClient(), order({}), { t, nowMs: T0, quota });
    await preparePlan(coreClient(), order({}), { t, nowMs: T0, quota });
    assert.equal(inner.calls.length, 3);
    now += 30_001;
    await preparePlan(coreClient(), order({}), { t, nowMs: T0, quota });
    assert.equal(inner.calls.length, 6);
    const failing = new FakeQuotaReads({ ecs: Object.assign(new Error('x'), { name: 'CancelledError' }) });
    const cancelled = new CachedQuotaReads(failing, () => now);
    await assert.rejects(cancelled.ecsLimits());
    await new Promise((r) => setImmediate(r));
    await assert.rejects(cancelled.ecsLimits(), /x/);
    assert.equal(failing.calls.length, 2, 'a cancelled read is asked again');
  });

  it('does not read the quota again for the check right before the PUT', async () => {
    const client = new FakeClient([clusterOf()]);
    client.hosts = coreHosts(3);
    const h = harness(client);
    const result = await h.start({ instances: 2 });
    assert.notEqual(result.status, 'declined');
    assert.deepEqual([...h.quota.calls].sort(), ['ecs', 'evs']);
    assert.ok(client.getClusterCalls >= 2, 'the cluster was read again before the PUT');
  });
});
