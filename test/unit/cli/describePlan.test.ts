// What `mrs-resize plan` and `apply` print of a plan: the headline, the call it makes (the v1.1 PUT or
// the v2 expand/shrink, as the docs name it), then the exact request with its body; and the same in --json.
import assert from 'node:assert/strict';
import { callJson, changeJson, planLines } from '../../../src/cli/describePlan';
import { exitWithoutFollowing } from '../../../src/cli/commands/apply';
import { EXIT } from '../../../src/cli/exitCodes';
import { preparePlan, type ReadyPlan } from '../../../src/core/plan';
import type { ResizeDraft } from '../../../src/core/resize/types';
import { englishTranslate as t } from '../../../src/core/translate';
import { CLUSTER_ID } from '../../support/builders';
import { T0 } from '../../support/unit/fakes';
import { FakeClient } from '../core/operations/fakeClient';
import { clusterOf, CORE } from '../core/resize/clusters';
import { FakeQuotaReads } from '../../support/unit/fakeQuota';

async function aPlan(draft: ResizeDraft, cluster = clusterOf()): Promise<ReadyPlan> {
  const order = { connection: 'Environment', clusterId: CLUSTER_ID, wayIn: 'cli', ask: { draft } } as const;
  const plan = await preparePlan(new FakeClient([cluster]), order, { t, nowMs: T0, quota: new FakeQuotaReads() });
  assert.ok(plan.ready, JSON.stringify(plan.problems));
  return plan;
}

const custom = clusterOf({ core: 4, cluster: { clusterType: 3, name: 'custom-lake' } });

describe('cli: the plan as printed', () => {
  it('names the v2 expand it sends, then the POST with its body', async () => {
    const plan = await aPlan({ scaleType: 'scale_out', group: CORE, instances: 2 }, custom);
    const lines = planLines(plan.confirmation, plan.request, t);
    assert.equal(lines[0], 'custom-lake: core 4 → 6 (scale out 2)');
    assert.equal(lines[2], '  Call: POST /v2/{project_id}/clusters/{cluster_id}/expand');
    const text = lines.join('\n');
    assert.match(text, new RegExp(`\\nPOST https://\\S+/v2/project/clusters/${CLUSTER_ID}/expand\\n`));
    assert.ok(text.includes('"skip_bootstrap_scripts": false'), text);
    assert.ok(text.includes('"count": 2'), text);
    assert.deepEqual(callJson(plan.confirmation), {
      kind: 'expand',
      call: 'POST /v2/{project_id}/clusters/{cluster_id}/expand',
    });
  });

  it('names the v2 shrink, and the v1.1 PUT of any other cluster', async () => {
    const shrink = await aPlan({ scaleType: 'scale_in', group: CORE, instances: 1 }, custom);
    assert.equal(
      planLines(shrink.confirmation, shrink.request, t)[2],
      '  Call: POST /v2/{project_id}/clusters/{cluster_id}/shrink',
    );
    const v11 = await aPlan({ scaleType: 'scale_out', group: CORE, instances: 1 });
    assert.equal(
      planLines(v11.confirmation, v11.request, t)[2],
      '  Call: PUT /v1.1/{project_id}/cluster_infos/{cluster_id}',
    );
  });

  it('says master nodes are added, never "task"', async () => {
    const cluster = clusterOf({ cluster: { name: 'analytics' } });
    const plan = await aPlan({ scaleType: 'scale_out', group: 'master_node_default_group', instances: 1 }, cluster);
    assert.equal(planLines(plan.confirmation, plan.request, t)[0], 'analytics: master 2 → 3 (scale out 1)');
    assert.equal(changeJson(plan.confirmation).role, 'master');
    assert.equal(changeJson(plan.confirmation).text, 'analytics: master 2 → 3 (scale out 1)');
  });

  it('ends an order with exit 10 also without following; a lost answer 5, an accepted one 0', () => {
    const sent = (status: 'accepted' | 'unknown' | 'ordered') => ({ status, operationId: 'op', message: '' });
    assert.equal(exitWithoutFollowing(sent('ordered')), EXIT.orderCreated);
    assert.equal(exitWithoutFollowing(sent('unknown')), EXIT.outcomeUnknown);
    assert.equal(exitWithoutFollowing(sent('accepted')), EXIT.ok);
  });
});
