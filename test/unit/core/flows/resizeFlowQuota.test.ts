// The palette flow and the quota (issue 23): on a scale-out the count step says how many nodes fit and
// what limits them, refuses a count the quota cannot hold with MRS's code and the numbers, says "quota
// not checked (why)" once and blocks nothing when a read failed; the summary shows the quota line.
// The quota is read once per flow, beside the hosts, through the reads the flow is handed; a flow
// opened to scale in reads none.
import * as assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { initialState, runResizeFlow, type ResizeFlowDeps } from '../../../../src/core/flows/resizeFlow';
import { aHost } from '../../../support/builders';
import { paletteScript } from '../../../support/paletteScript';
import { ScriptedPrompter } from '../../../support/ScriptedPrompter';
import { FakeQuotaReads, ample } from '../../../support/unit/fakeQuota';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { deps, flow, taskHosts, withTask } from './flowFixtures';

/** Core nodes of 8 vCPUs and 16 GiB (the hosts say so); the cluster's subnet `subnet-1`. */
const cluster = { ...withTask, subnetId: 'subnet-1' };
const coreHosts = [1, 2, 3, 4, 5].map((i) =>
  aHost({ id: `k${i}`, name: `c1_node_core_${i}`, type: 'Core', nodeGroupName: 'core_node_analysis_group' }),
);

function quotaDeps(quota: FakeQuotaReads): ResizeFlowDeps {
  return { ...deps([cluster], [...coreHosts, ...taskHosts]), quotaReads: () => Promise.resolve(quota) };
}

/** 20 vCPUs free: 2 core nodes fit, limited by vCPUs. */
const shortOfCores = () =>
  new FakeQuotaReads({ ecs: { instances: ample(), cores: { max: 100, used: 80 }, ramMb: ample() } });

describe('resize palette flow: the quota', () => {
  it('refuses a count the quota cannot hold with MRS’s code and the numbers, and says how many fit', async () => {
    const quota = shortOfCores();
    const { p } = await flow(
      paletteScript('with-task', 'Core', 'Scale out', [{ rejected: '3' }, { input: '2' }, { pickMany: [] }]),
      quotaDeps(quota),
    );
    const input = p.asked.find((a) => a.kind === 'input');
    assert.equal(input?.text, 'Nodes to add (1–491) · Quota: at most 2 more nodes fit (vCPUs: 20 free)');
    assert.deepEqual(input?.validation, [
      'Needs 24 vCPUs, 20 free: MRS would refuse with 12000031. Ask for a higher quota or add fewer nodes (at most 2 fit).',
    ]);
    assert.deepEqual(input?.hints, [
      '5 → 7 core nodes (allowed: 1–491) · Quota: at most 2 more nodes fit (vCPUs: 20 free)',
    ]);
    assert.deepEqual([...quota.calls].sort(), ['ecs', 'evs', 'vpc:subnet-1'], 'read once per flow, not per keystroke');
  });

  it('shows the quota line among the summary’s notes', async () => {
    const { p } = await flow(
      paletteScript('with-task', 'Core', 'Scale out', [{ input: '1' }, { pickMany: [] }]),
      quotaDeps(shortOfCores()),
    );
    const summary = p.asked[p.asked.length - 1];
    assert.ok(summary.labels.includes('Quota: at most 2 more nodes fit (vCPUs: 20 free)'), summary.labels.join(' | '));
    assert.ok(summary.unselectable.includes('Quota: at most 2 more nodes fit (vCPUs: 20 free)'));
  });

  it('says "quota not checked" and why once, and lets any count the rules allow be sent', async () => {
    const denied = new MrsApiError("Policy doesn't allow ecs:cloudServerQuotas:get to be performed.", {
      kind: 'forbidden',
      status: 403,
      code: 'Pdp.0001',
    });
    const quota = new FakeQuotaReads({ ecs: denied, evs: { volumes: ample(), gigabytes: ample() } });
    const { p } = await flow(
      paletteScript('with-task', 'Core', 'Scale out', [{ input: '40' }, { pickMany: [] }]),
      quotaDeps(quota),
    );
    const why =
      'Quota not checked (ECS quota: no permission (HTTP 403, Pdp.0001)). The resize can be sent; MRS checks the quota itself.';
    const input = p.asked.find((a) => a.kind === 'input');
    assert.equal(input?.validation.length, 0);
    assert.equal(input?.hints?.length, 1);
    assert.equal(input?.hints?.[0].split(why).length, 2, 'once in the hint');
    assert.equal(input?.text?.split(why).length, 2, 'once in the prompt');
    const summary = p.asked[p.asked.length - 1];
    assert.equal(summary.labels.filter((l) => l === why).length, 1, 'once in the summary');
  });

  it('does not hold the count step for a quota read still under way: it says so, and blocks nothing', async () => {
    const quota = shortOfCores();
    quota.ecsLimits = () => new Promise(() => undefined); // an endpoint that never answers
    const p = new ScriptedPrompter(paletteScript('with-task', 'Core', 'Scale out', [{ input: '40' }], 'cancel'));
    // Cancelled at the step after the count: the summary, which waits for the quota, is not reached.
    await assert.rejects(runResizeFlow(initialState(), p, { ...quotaDeps(quota), quotaWaitMs: 1 }), /Cancelled/);
    const input = p.asked.find((a) => a.kind === 'input');
    assert.equal(input?.text, 'Nodes to add (1–491) · Quota still being read: the summary shows it');
    assert.deepEqual(input?.validation, [], 'no quota error on a quota not read');
  });

  it('reads no quota for a flow opened to scale in', async () => {
    const quota = shortOfCores();
    const state = initialState({
      connection: 'prod',
      cluster,
      group: 'task_node_analysis_group',
      scaleType: 'scale_in',
    });
    const { p } = await flow([{ input: '1' }, { pickMany: [] }, { pick: 'Scale In' }], quotaDeps(quota), state);
    assert.deepEqual(quota.calls, []);
    assert.ok(!p.asked.some((a) => (a.text ?? '').includes('Quota')));
  });

  it('says the quota in Chinese with the glossary’s words', async () => {
    const state = initialState({
      connection: 'prod',
      cluster,
      group: 'core_node_analysis_group',
      scaleType: 'scale_out',
    });
    const { p } = await flow(
      [{ rejected: '3' }, { input: '2' }, { pickMany: [] }, { pick: '扩容' }],
      { ...quotaDeps(shortOfCores()), t: zhTranslate },
      state,
    );
    const input = p.asked.find((a) => a.kind === 'input');
    assert.equal(input?.text, '扩容节点数（1～491） · 配额：最多还可加2个节点（vCPU：可用20）');
    assert.match(input?.validation[0] ?? '', /^需要24个vCPU，可用20个：MRS会以12000031拒绝。/);
  });
});
