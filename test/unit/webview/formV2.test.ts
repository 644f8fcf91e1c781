// The resize form on a custom cluster and on master groups (the v2 expand and shrink): every group by
// name and role, master scale-out with its warning, master scale-in refused, the abnormal nodes a
// shrink may force-delete, the call line above the body, and an expand that ends as an order to pay.
import * as assert from 'node:assert/strict';
import { clusterFactsOf, hostFactsOf, type ClusterFacts } from '../../../src/core/resize/rules';
import {
  FORM_LABEL_KEYS,
  initialFormDraft,
  toResizeDraft,
  type FormDraft,
  type FormHost,
  type FormLabels,
} from '../../../src/shared/resizeForm';
import { parseFormMessage, parseHostMessage } from '../../../src/shared/resizeFormGuards';
import { englishTranslate } from '../../../src/core/translate';
import { formView, type FormState } from '../../../webview/resize/formModel';
import { outcomeOf } from '../../../webview/resize/tones';
import { formLabels } from '../../../src/vscode/webviews/formLabels';
import { aCluster, aNodeGroup } from '../../support/builders';
import { completedDegraded, completedLake, degradedEtlHosts } from '../../support/customLake';

const labels = {
  ...Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])),
  range: 'allowed {0}–{1}',
  rangeOpen: 'allowed {0}+',
  orderId: 'order {0}',
} as FormLabels;

const MASTER = 'master_node_default_group';
const group = (role: 'master' | 'core' | 'task', name: string, nodeCount: number) =>
  aNodeGroup({ role, name, nodeCount, flavor: 'c6.xlarge' });
/** The emulator's custom-lake, as ListNodes completes it. */
const lake = clusterFactsOf(completedLake());
/** The emulator's custom-degraded: one node of node_group_etl is abnormal. */
const degraded = clusterFactsOf(completedDegraded());
const etlHosts: FormHost[] = degradedEtlHosts().map((h) => ({ ...hostFactsOf(h), ip: h.ip }));
const analysis = clusterFactsOf(
  aCluster({ nodeGroups: [group('master', MASTER, 2), group('core', 'core_node_analysis_group', 3)] }),
);

function state(facts: ClusterFacts, change: Partial<FormDraft> = {}, hosts: FormHost[] = []): FormState {
  return { facts, hosts, draft: { ...initialFormDraft(facts), ...change }, labels, sendState: { kind: 'idle' } };
}
const view = (s: FormState) => formView(s, englishTranslate);
const codes = (problems: readonly { severity: string; code: string }[]) =>
  problems.map((p) => `${p.severity} ${p.code}`);

describe('resize form: custom clusters and master groups (v2 expand and shrink)', () => {
  it('lists every group of a custom cluster by name with its role, and offers no new task group', () => {
    const v = view(state(lake));
    assert.deepEqual(
      v.groups.map((g) => g.label),
      [
        'master_node_default_group (master, 3 × c6.xlarge)',
        'node_group_data (core, 3 × c6.xlarge)',
        'node_group_hbase (core, 2 × c6.xlarge)',
        'node_group_compute (task, 2 × c6.xlarge)',
        'node_group_reserved (task, 2 × c6.xlarge)',
      ],
    );
  });

  it('shows the expand call above its body for a custom core group, with both switches sent', () => {
    const v = view(state(lake, { group: 'node_group_data', instances: '1' }));
    assert.equal(v.previewCall, 'POST /v2/{project_id}/clusters/{cluster_id}/expand');
    assert.deepEqual(JSON.parse(v.preview ?? ''), {
      node_group_name: 'node_group_data',
      count: 1,
      skip_bootstrap_scripts: false,
      scale_without_start: false,
    });
    assert.equal(v.send.enabled, true);
    assert.equal(v.visible.taskNodeInfo, false);
  });

  it('shows the PUT call above the body of a v1.1 resize', () => {
    assert.equal(view(state(analysis)).previewCall, 'PUT /v1.1/{project_id}/cluster_infos/{cluster_id}');
    assert.equal(view(state(analysis, { instances: 'x' })).previewCall, undefined, 'no call while an error stands');
  });

  it('offers master nodes for a scale-out with their warning, an open range and a master bar in the picture', () => {
    const v = view(state(analysis, { group: MASTER, instances: '2' }));
    assert.ok(codes(v.problems.group).includes('warning group.masterScaleOut'), JSON.stringify(v.problems));
    assert.equal(v.range, 'allowed 1+');
    assert.equal(v.previewCall, 'POST /v2/{project_id}/clusters/{cluster_id}/expand');
    assert.equal(v.send.enabled, true);
    assert.deepEqual(
      v.picture.map((b) => [b.name, b.role, b.current, b.target]),
      [
        [MASTER, 'master', 2, 4],
        ['core_node_analysis_group', 'core', 3, 3],
      ],
    );
    assert.ok(!view(state(analysis)).picture.some((b) => b.role === 'master'), 'no master bar when untouched');
  });

  it('refuses a master scale-in before anything is sent: an error on the group, Send off', () => {
    const v = view(state(lake, { group: MASTER, scaleType: 'scale_in', instances: '1' }));
    assert.deepEqual(codes(v.problems.group), ['error group.masterScaleIn']);
    assert.equal(v.send.enabled, false);
    assert.equal(v.preview, undefined);
  });

  it('scales in a custom core group down to the core minimum of 3, and no further', () => {
    const ok = view(state(lake, { group: 'node_group_data', scaleType: 'scale_in', instances: '2' }));
    assert.equal(ok.range, 'allowed 1–2');
    assert.equal(ok.previewCall, 'POST /v2/{project_id}/clusters/{cluster_id}/shrink');
    assert.deepEqual(JSON.parse(ok.preview ?? ''), { node_group_name: 'node_group_data', count: 2 });
    const tooMany = view(state(lake, { group: 'node_group_data', scaleType: 'scale_in', instances: '3' }));
    assert.equal(tooMany.send.enabled, false);
    assert.ok(tooMany.problems.instances.some((p) => p.severity === 'error'));
  });

  it('refuses a scale-in of a yearly/monthly group, and warns that its scale-out is an order to pay', () => {
    const shrink = view(state(lake, { group: 'node_group_reserved', scaleType: 'scale_in', instances: '1' }));
    assert.deepEqual(codes(shrink.problems.group), ['error group.yearlyMonthlyShrink']);
    assert.equal(shrink.send.enabled, false);
    const expand = view(state(lake, { group: 'node_group_reserved', instances: '1' }));
    assert.deepEqual(codes(expand.problems.group), ['warning group.orderToPay']);
  });

  it('offers the abnormal nodes of a group to force-delete only when it has some, and says so', () => {
    const healthy = view(state(lake, { group: 'node_group_compute', scaleType: 'scale_in', instances: '1' }));
    assert.equal(healthy.visible.resourceIds || healthy.visible.serverIds, false, 'MRS chooses, no choice offered');
    const s = state(degraded, { group: 'node_group_etl', scaleType: 'scale_in', instances: '1' }, etlHosts);
    const offered = view(s);
    assert.equal(offered.visible.resourceIds, true);
    assert.equal(offered.visible.serverIds, false);
    assert.equal(offered.hostChoice, 'resourceIds');
    assert.deepEqual(
      offered.taskHosts.map((h) => [h.name, h.resourceId]),
      [['deg_node_etl_0', 'res-0']],
    );
    assert.deepEqual(JSON.parse(offered.preview ?? ''), { node_group_name: 'node_group_etl', count: 1 });
    const chosen = view({ ...s, draft: { ...s.draft, chooseHosts: true, resourceIds: ['res-0'] } });
    assert.deepEqual(JSON.parse(chosen.preview ?? ''), { node_group_name: 'node_group_etl', resource_ids: ['res-0'] });
    assert.deepEqual(codes(chosen.problems.resourceIds), ['warning resourceIds.forceDeleted']);
    assert.match(chosen.problems.resourceIds[0]?.message ?? '', /Force-deleted, without moving their data/);
  });

  it('sends the chosen nodes of a v2 group as resource ids, never as server ids', () => {
    const draft = { ...initialFormDraft(degraded, 'node_group_etl'), scaleType: 'scale_in' as const };
    const chosen = { ...draft, chooseHosts: true, serverIds: ['ecs-0'], resourceIds: ['res-0'] };
    assert.deepEqual(toResizeDraft(chosen, degraded).resourceIds, ['res-0']);
    assert.equal(toResizeDraft(chosen, degraded).serverIds, undefined);
    assert.equal(toResizeDraft({ ...chosen, chooseHosts: false }, degraded).resourceIds, undefined);
  });

  it('starts on the master group the command was run on', () => {
    assert.equal(initialFormDraft(lake, MASTER).group, MASTER);
  });

  it('shows the order id of an expand that ended as an order, and says to pay it in the console', () => {
    const real = formLabels(englishTranslate);
    const outcome = outcomeOf({ kind: 'ordered', message: 'Order created for custom-lake', orderId: 'CS2612' }, real);
    assert.equal(outcome.tone, 'warning');
    assert.deepEqual(outcome.lines, [
      'Order created: pay it in the console to start the resize',
      'Order: CS2612',
      'Order created for custom-lake',
    ]);
  });

  it('guards the new fields: resource ids in a draft, an order id in a send state', () => {
    const draft = initialFormDraft(degraded);
    assert.deepEqual(parseFormMessage({ type: 'send', draft: { ...draft, resourceIds: ['res-0'] } }), {
      type: 'send',
      draft: { ...draft, resourceIds: ['res-0'] },
    });
    assert.equal(parseFormMessage({ type: 'send', draft: { ...draft, resourceIds: 'res-0' } }), undefined);
    assert.equal(parseFormMessage({ type: 'send', draft: { ...draft, resourceIds: [1] } }), undefined);
    assert.equal(parseFormMessage({ type: 'send', draft: { ...draft, resourceIds: undefined } }), undefined);
    const ordered = { kind: 'ordered', message: 'm', orderId: 'CS2612' };
    assert.deepEqual(parseHostMessage({ type: 'sendState', state: ordered }), { type: 'sendState', state: ordered });
    assert.equal(parseHostMessage({ type: 'sendState', state: { ...ordered, orderId: 7 } }), undefined);
  });
});
