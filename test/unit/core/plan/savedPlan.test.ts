// A saved plan (mrs-resize plan --out) is read back whole and unedited, or refused with why.
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import assert from 'node:assert/strict';
import { loadSavedPlan, planDigest, preparePlan, savedPlanText, type ReadyPlan } from '../../../../src/core/plan';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import type { ResizeDraft } from '../../../../src/core/resize/types';
import { FakeClient } from '../operations/fakeClient';
import { clusterOf, CORE } from '../resize/clusters';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';

async function aPlan(draft: ResizeDraft = { scaleType: 'scale_out', group: '', instances: 2 }, cluster = clusterOf()) {
  const order = { connection: 'Environment', clusterId: CLUSTER_ID, wayIn: 'cli', ask: { draft } } as const;
  const plan = await preparePlan(new FakeClient([cluster]), order, { t, nowMs: T0, quota: new FakeQuotaReads() });
  assert.ok(plan.ready, JSON.stringify(plan.problems));
  return plan;
}

/** A custom cluster (clusterType 3): its groups are resized with the v2 expand and shrink. */
const custom = clusterOf({ core: 4, cluster: { clusterType: 3 } });

/** The plan edited and its digest made again: only the check of its fields can refuse it. */
function resigned(plan: ReadyPlan, edit: (p: ReadyPlan) => unknown): string {
  const saved = JSON.parse(savedPlanText(plan)) as Record<string, unknown>;
  const edited = edit(JSON.parse(JSON.stringify(plan)) as ReadyPlan);
  return JSON.stringify({ ...saved, plan: edited, digest: planDigest(edited) });
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

  it('reads back a v2 expand and a v2 shrink plan: a POST to the call’s own path', async () => {
    for (const scaleType of ['scale_out', 'scale_in'] as const) {
      const plan = await aPlan({ scaleType, group: CORE, instances: 1 }, custom);
      assert.equal(plan.call.kind, scaleType === 'scale_out' ? 'expand' : 'shrink');
      assert.equal(plan.request.method, 'POST');
      assert.deepEqual(loadSavedPlan(savedPlanText(plan)), {
        ok: true,
        plan: JSON.parse(JSON.stringify(plan)) as ReadyPlan,
      });
    }
  });

  it('refuses a plan whose call and request do not agree, even with its digest made again', async () => {
    const expand = await aPlan({ scaleType: 'scale_out', group: CORE, instances: 1 }, custom);
    const v11 = await aPlan();
    const swaps: Array<[ReadyPlan, (p: ReadyPlan) => unknown, string]> = [
      // The expand's call said to be a shrink: the URL still says expand.
      [expand, (p) => ({ ...p, call: { ...p.call, kind: 'shrink' } }), 'request'],
      // A v1.1 plan turned into a POST to its own path, or into an expand with the same URL.
      [v11, (p) => ({ ...p, request: { ...p.request, method: 'POST' } }), 'request'],
      [v11, (p) => ({ ...p, call: { kind: 'expand', body: { node_group_name: CORE, count: 2 } } }), 'request'],
      // The expand sent to the shrink's path, the body of the request not the call's, no call, an unknown call.
      [
        expand,
        (p) => ({ ...p, request: { ...p.request, url: p.request.url.replace(/expand$/, 'shrink') } }),
        'request',
      ],
      [expand, (p) => ({ ...p, request: { ...p.request, body: { ...p.request.body, count: 9 } } }), 'request'],
      [expand, (p) => ({ ...p, call: undefined }), 'call'],
      [expand, (p) => ({ ...p, call: { ...p.call, kind: 'v2' } }), 'call'],
      [
        expand,
        (p) => ({ ...p, request: { ...p.request, url: p.request.url.replace(CLUSTER_ID, 'other') } }),
        'request',
      ],
    ];
    for (const [plan, edit, field] of swaps) {
      assert.deepEqual(loadSavedPlan(resigned(plan, edit)), { ok: false, problem: 'malformed', detail: field });
    }
  });
});
