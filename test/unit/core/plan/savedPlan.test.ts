// A saved plan (mrs-resize plan --out) is read back whole and unedited, or refused with why.
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import assert from 'node:assert/strict';
import { loadSavedPlan, planDigest, preparePlan, savedPlanText, type ReadyPlan } from '../../../../src/core/plan';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { FakeClient } from '../operations/fakeClient';
import { clusterOf } from '../resize/clusters';

async function aPlan(): Promise<ReadyPlan> {
  const order = {
    connection: 'Environment',
    clusterId: CLUSTER_ID,
    wayIn: 'cli',
    ask: { draft: { scaleType: 'scale_out', group: '', instances: 2 } },
  } as const;
  const plan = await preparePlan(new FakeClient([clusterOf()]), order, { t, nowMs: T0 });
  assert.ok(plan.ready);
  return plan;
}

describe('plan: saved plans', () => {
  it('reads back exactly the plan that was saved, also with a BOM', async () => {
    const plan = await aPlan();
    const text = savedPlanText(plan);
    assert.deepEqual(loadSavedPlan(text), { ok: true, plan: JSON.parse(JSON.stringify(plan)) as ReadyPlan });
    assert.equal(loadSavedPlan(`\uFEFF${text}`).ok, true);
  });

  it('refuses a plan edited after it was saved (its digest), whatever the edit', async () => {
    const saved = JSON.parse(savedPlanText(await aPlan())) as { plan: ReadyPlan };
    const edits: Array<(p: ReadyPlan) => unknown> = [
      (p) => ({
        ...p,
        request: {
          ...p.request,
          body: { parameters: { ...(p.request.body as ResizeRequestDto).parameters, instances: 20 } },
        },
      }),
      (p) => ({ ...p, expect: { ...p.expect, group: { ...p.expect.group, nodeCount: 4 } } }),
      (p) => ({ ...p, clusterId: 'another' }),
    ];
    for (const edit of edits) {
      const text = JSON.stringify({ ...saved, plan: edit(saved.plan) });
      assert.deepEqual(loadSavedPlan(text), { ok: false, problem: 'edited' });
    }
  });

  it('refuses, without throwing, a plan with a value nested 100,000 levels deep', async () => {
    const saved = JSON.parse(savedPlanText(await aPlan())) as { plan: ReadyPlan };
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify({ ...saved, plan: { ...saved.plan, extra: 0 } }).replace(
      '"extra":0',
      `"extra":${deep}`,
    );
    assert.deepEqual(loadSavedPlan(text), { ok: false, problem: 'edited' });
  });

  it('does not depend on the order of keys', async () => {
    const plan = await aPlan();
    const reversed = Object.fromEntries(Object.entries(plan).reverse());
    assert.equal(planDigest(reversed), planDigest(plan));
  });

  it('names what is wrong with a file that is not a usable plan', async () => {
    const plan = await aPlan();
    const saved = JSON.parse(savedPlanText(plan)) as Record<string, unknown>;
    assert.equal(loadSavedPlan('{').ok ? '' : (loadSavedPlan('{') as { problem: string }).problem, 'notJson');
    assert.deepEqual(loadSavedPlan('{"target":{}}'), { ok: false, problem: 'notAPlan' });
    assert.deepEqual(loadSavedPlan(JSON.stringify({ ...saved, version: 2 })), {
      ok: false,
      problem: 'newerVersion',
      detail: '2',
    });
    const broken = { ...plan, request: { ...plan.request, method: 'DELETE' } };
    const resigned = JSON.stringify({ ...saved, plan: broken, digest: planDigest(broken) });
    assert.deepEqual(loadSavedPlan(resigned), { ok: false, problem: 'malformed', detail: 'request' });
  });
});
