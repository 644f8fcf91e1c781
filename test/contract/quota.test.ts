// The quota pre-flight against the emulator (docs/quota-api.md): the ECS, EVS and VPC reads in their
// documented shapes, a read that is refused or not there → "quota not checked" (never a refusal), one
// read per resource per plan, and for each resource the scale-out the pre-flight refuses, sent anyway
// through the client, answered by the emulator with the very code the pre-flight named.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import { preparePlan, type ResizePlan } from '../../src/core/plan';
import type { ResizeDraft } from '../../src/core/resize/types';
import { englishTranslate as t } from '../../src/core/translate';
import { akskOf, apiError, connect, idOf, sent, useEmulator, type TestConnection } from './support';

function client(emu: Emulator): TestConnection {
  return connect(emu, akskOf(emu));
}

async function planOf(emu: Emulator, conn: TestConnection, cluster: string, draft: ResizeDraft): Promise<ResizePlan> {
  const order = { connection: 'emu', clusterId: idOf(emu, cluster), wayIn: 'cli' as const, ask: { draft } };
  return preparePlan(conn.client, order, { t, nowMs: Date.now(), quota: conn.quota });
}

const scaleOut = (group: string, instances: number): ResizeDraft => ({ scaleType: 'scale_out', group, instances });

describe('contract: the quota pre-flight against the emulator', function () {
  this.timeout(20_000);
  const ctx = useEmulator();

  it('reads ECS limits, the EVS quota set and a subnet’s free addresses as the emulator’s control says', async () => {
    const conn = client(ctx.emu);
    const state = ctx.emu.quotas();
    const ecs = await conn.quota.ecsLimits();
    const evs = await conn.quota.evsQuota();
    assert.deepEqual(
      [ecs.instances.max, ecs.instances.used, ecs.cores.max, ecs.cores.used, ecs.ramMb.max, ecs.ramMb.used],
      [
        state.limits.instances,
        state.used.instances,
        state.limits.cores,
        state.used.cores,
        state.limits.ramMb,
        state.used.ramMb,
      ],
    );
    assert.deepEqual(
      [evs.volumes.max, evs.volumes.used, evs.gigabytes.max, evs.gigabytes.used],
      [state.limits.volumes, state.used.volumes, state.limits.gigabytes, state.used.gigabytes],
    );
    const branch = state.subnets.find((s) => s.cluster === 'branch-subnet');
    assert.ok(branch);
    assert.equal(await conn.quota.subnetFreeIps(branch.subnetId), branch.freeIps);
    assert.deepEqual([sent(ctx.emu, 'ecsLimits'), sent(ctx.emu, 'evsQuota'), sent(ctx.emu, 'vpcSubnet')], [1, 1, 1]);
  });

  it('reads each resource once for a plan, and none for a scale-in', async () => {
    const conn = client(ctx.emu);
    const plan = await planOf(ctx.emu, conn, 'analytics-prod', scaleOut('core_node_analysis_group', 1));
    assert.equal(plan.ready, true, JSON.stringify(plan.problems));
    assert.deepEqual([sent(ctx.emu, 'ecsLimits'), sent(ctx.emu, 'evsQuota'), sent(ctx.emu, 'vpcSubnet')], [1, 1, 1]);
    await planOf(ctx.emu, conn, 'analytics-prod', {
      ...scaleOut('task_node_analysis_group', 1),
      scaleType: 'scale_in',
    });
    assert.deepEqual([sent(ctx.emu, 'ecsLimits'), sent(ctx.emu, 'evsQuota'), sent(ctx.emu, 'vpcSubnet')], [1, 1, 1]);
  });

  for (const [what, fault] of [
    ['a 403 (no permission)', { kind: 'status', status: 403, errorCode: 'Pdp.0001', errorMsg: 'Policy doesn’t allow' }],
    ['an endpoint that is not there (404 web page)', { kind: 'html', status: 404 }],
  ] as const) {
    it(`${what} on the ECS read: "quota not checked", said once, and the plan stays ready`, async () => {
      ctx.emu.addFault({ route: 'ecsLimits', times: 'always', ...fault });
      const conn = client(ctx.emu);
      const plan = await planOf(ctx.emu, conn, 'analytics-prod', scaleOut('core_node_analysis_group', 1));
      assert.equal(plan.ready, true);
      const notChecked = plan.problems.filter((p) => p.code === 'quota.notChecked');
      assert.equal(notChecked.length, 1);
      assert.equal(notChecked[0].severity, 'info');
      assert.match(notChecked[0].message, /ECS/);
      ctx.emu.clearFaults();
    });
  }

  // The seed's blocked clusters (emulator/README.md): one fewer node fits in each case.
  const blocked = [
    ['hpc-simulation', 'core_node_analysis_group', 41, 'quota.cores', '12000031'],
    ['memory-analytics', 'core_node_analysis_group', 41, 'quota.ram', '12000032'],
    ['edge-collectors', 'task_node_analysis_group', 311, 'quota.instances', '12000030'],
    ['branch-subnet', 'core_node_analysis_group', 4, 'quota.ips', 'MRS.105'],
  ] as const;
  for (const [cluster, group, count, code, mrsCode] of blocked) {
    it(`${cluster}: ${count} nodes → ${code} before sending, and MRS answers ${mrsCode} when it is sent anyway`, async () => {
      const conn = client(ctx.emu);
      const plan = await planOf(ctx.emu, conn, cluster, scaleOut(group, count));
      assert.equal(plan.ready, false);
      const problem = plan.problems.find((p) => p.code === code);
      assert.ok(problem, JSON.stringify(plan.problems.map((p) => p.code)));
      assert.match(problem.message, new RegExp(`MRS would refuse with ${mrsCode.replace('.', '\\.')}`));
      assert.match(problem.message, new RegExp(`at most ${count - 1} fit`));
      const fits = await planOf(ctx.emu, conn, cluster, scaleOut(group, count - 1));
      assert.ok(!fits.problems.some((p) => p.code.startsWith('quota.') && p.severity === 'error'));
      const body = {
        parameters: { scale_type: 'scale_out' as const, node_id: 'node_orderadd', node_group: group, instances: count },
      };
      await apiError(conn.client.resize(idOf(ctx.emu, cluster), body), { kind: 'validation', code: mrsCode });
      assert.equal(sent(ctx.emu, 'resize'), 1);
    });
  }
});
