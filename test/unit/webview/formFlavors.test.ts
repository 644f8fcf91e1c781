// The resize form's flavor choice of the first task nodes (issue 23): the host sends the flavors MRS
// offers once per reading; the form lists them with vCPUs and memory (the cluster's own first), warns on
// a flavor not offered without blocking Send, counts the quota with ECS's sizes, and on a failed read
// lists the cluster's flavors with a note that says why.
import * as assert from 'node:assert/strict';
import type { LiveQuota } from '../../../src/core/quota/live';
import type { FlavorOffer } from '../../../src/core/quota/offeredFlavors';
import { clusterFactsOf, type ClusterFacts } from '../../../src/core/resize/rules';
import { englishTranslate } from '../../../src/core/translate';
import { FORM_LABEL_KEYS, initialFormDraft, type FormDraft, type FormLabels } from '../../../src/shared/resizeForm';
import { parseHostMessage } from '../../../src/shared/resizeFormGuards';
import { formView, type FormState } from '../../../webview/resize/formModel';
import { received } from '../../../webview/resize/formUpdates';
import { aCluster, aNodeGroup } from '../../support/builders';
import { zhTranslate } from '../../support/unit/zhTranslate';

const labels = {
  ...Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])),
  sendBlocked: 'Cannot send: {0}',
} as FormLabels;
const master = aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2, flavor: 'm6.8xlarge.8' });
const core = aNodeGroup({ name: 'core_node_analysis_group', nodeCount: 3, flavor: 'c6.2xlarge.4.linux.bigdata' });
const facts: ClusterFacts = clusterFactsOf(aCluster({ nodeGroups: [master, core] }));

const OFFER: FlavorOffer = {
  ok: true,
  zone: 'az1.dc1',
  flavors: [
    { name: 's3.xlarge.2.linux.bigdata', cores: 4, ramMb: 8192 },
    { name: 'c6.2xlarge.4.linux.bigdata', cores: 8, ramMb: 16384 },
  ],
};

const first: Partial<FormDraft> = { group: 'task_node_default_group', instances: '1' };

function state(change: Partial<FormDraft> = {}, offer?: FlavorOffer, quota?: LiveQuota): FormState {
  return {
    facts,
    hosts: [],
    draft: { ...initialFormDraft(facts), ...first, ...change },
    labels,
    sendState: { kind: 'idle' },
    ...(offer ? { flavorOffer: offer } : {}),
    ...(quota ? { quota } : {}),
  };
}

describe('resize form: the flavor of the first task nodes', () => {
  it('offers the flavors MRS offers with vCPUs and memory, the one the cluster uses first', () => {
    const v = formView(state({}, OFFER), englishTranslate);
    assert.deepEqual(v.flavors, [
      {
        value: 'c6.2xlarge.4.linux.bigdata',
        label: 'c6.2xlarge.4.linux.bigdata (8 vCPUs, 16 GB · used by core_node_analysis_group)',
      },
      { value: 's3.xlarge.2.linux.bigdata', label: 's3.xlarge.2.linux.bigdata (4 vCPUs, 8 GB)' },
    ]);
    assert.equal(v.flavorNote, undefined);
    assert.deepEqual(v.problems.nodeSize, []);
  });

  it('says it in Chinese', () => {
    const v = formView(state({}, OFFER), zhTranslate);
    assert.equal(v.flavors[1].label, 's3.xlarge.2.linux.bigdata（4个vCPU，8 GB内存）');
  });

  it('warns beside the flavor about one MRS does not offer, naming the offered ones, and Send stays enabled', () => {
    const v = formView(state({ nodeSize: 'm6.8xlarge.8' }, OFFER), englishTranslate);
    assert.deepEqual(
      v.problems.nodeSize.map((p) => [p.severity, p.code]),
      [['warning', 'taskNodeInfo.flavorNotOffered']],
    );
    assert.match(
      v.problems.nodeSize[0].message,
      /Offered: s3\.xlarge\.2\.linux\.bigdata, c6\.2xlarge\.4\.linux\.bigdata\.$/,
    );
    assert.equal(v.send.enabled, true);
    assert.equal(v.flavors[v.flavors.length - 1].value, 'm6.8xlarge.8', 'the value chosen stays in the list');
  });

  it("lists the cluster's flavors with a note when MRS's offer could not be read", () => {
    const v = formView(state({}, { ok: false, reason: 'no permission (HTTP 403)' }), englishTranslate);
    assert.deepEqual(
      v.flavors.map((o) => o.value),
      ['c6.2xlarge.4.linux.bigdata', 'm6.8xlarge.8'],
    );
    assert.equal(
      v.flavorNote,
      "MRS's offered flavors could not be read (no permission (HTTP 403)); showing the flavors this cluster uses.",
    );
    assert.deepEqual(v.problems.nodeSize, []);
  });

  it("counts the quota with ECS's memory of the flavor, not the estimate from its name", () => {
    const quota: LiveQuota = {
      basis: { groups: {}, flavors: {} },
      free: { instances: 100, cores: 100, ramMb: 40_000, volumes: 'unlimited', gigabytes: 'unlimited' },
      notRead: [],
    };
    const sized = formView(state({}, OFFER, quota), englishTranslate);
    assert.match(sized.quota?.line ?? '', /at most 2 more nodes fit \(memory/);
    const named = formView(state({}, undefined, quota), englishTranslate);
    assert.match(named.quota?.line ?? '', /at most 1 more nodes fit \(memory/);
  });

  it('takes the offer from the host through the guard', () => {
    const m = parseHostMessage({ type: 'flavors', offer: OFFER });
    assert.deepEqual(m, { type: 'flavors', offer: OFFER });
    assert.equal(parseHostMessage({ type: 'flavors', offer: { ok: true, zone: 1, flavors: [] } }), undefined);
    assert.equal(parseHostMessage({ type: 'flavors', offer: { ok: false } }), undefined);
    const next = received(state(), { type: 'flavors', offer: OFFER });
    assert.deepEqual(next.flavorOffer, OFFER);
  });
});
