// The resize form's quota (issue 23): the host sends the free amounts and what a node takes once per
// reading; the form model runs the arithmetic as the count changes: the most nodes that fit and the
// resource that limits them beside the count, an error on the count naming MRS's code with Send
// disabled and why, and "quota not checked" as a note that blocks nothing.
import * as assert from 'node:assert/strict';
import type { LiveQuota } from '../../../src/core/quota/live';
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
const master = aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 });
const core = aNodeGroup({ name: 'core_node_analysis_group', nodeCount: 3, flavor: 'c6.2xlarge.4.linux.bigdata' });
const facts: ClusterFacts = clusterFactsOf(aCluster({ nodeGroups: [master, core] }));

/** 8 vCPUs and 32 GiB a core node; 20 vCPUs free: 2 nodes fit, limited by vCPUs. */
const quota: LiveQuota = {
  basis: {
    subnetId: 'subnet-1',
    groups: {
      core_node_analysis_group: { flavor: 'c6.2xlarge.4.linux.bigdata', cores: 8, ramMb: 32768, rootVolumeSizeGb: 100 },
    },
    flavors: {},
  },
  free: { instances: 100, cores: 20, ramMb: 1_000_000, volumes: 'unlimited', gigabytes: 'unlimited', ips: 50 },
  notRead: [],
};

function state(change: Partial<FormDraft> = {}, q: LiveQuota | null = quota): FormState {
  return {
    facts,
    hosts: [],
    draft: { ...initialFormDraft(facts), ...change },
    labels,
    sendState: { kind: 'idle' },
    ...(q ? { quota: q } : {}),
  };
}

describe('resize form: the quota beside the count', () => {
  it('shows the most nodes that fit and the resource that limits them, and lets a count that fits be sent', () => {
    const v = formView(state({ instances: '2' }), englishTranslate);
    assert.equal(v.quota?.line, 'Quota: at most 2 more nodes fit (vCPUs: 20 free)');
    assert.equal(v.quota?.note, undefined);
    assert.deepEqual(v.problems.instances, []);
    assert.equal(v.send.enabled, true);
  });

  it('puts the quota error on the count, naming MRS’s code and the numbers, and disables Send with it', () => {
    const v = formView(state({ instances: '3' }), englishTranslate);
    assert.deepEqual(
      v.problems.instances.map((p) => `${p.severity} ${p.code}`),
      ['error quota.cores'],
    );
    assert.match(v.problems.instances[0].message, /Needs 24 vCPUs, 20 free: MRS would refuse with 12000031/);
    assert.match(v.problems.instances[0].message, /at most 2 fit/);
    assert.equal(v.send.enabled, false);
    assert.match(v.send.reason ?? '', /^Cannot send: parameters\.instances: Needs 24 vCPUs.*12000031/);
    assert.equal(v.send.tone, 'error');
    assert.equal(v.change?.tone, 'error');
  });

  it('shows the limit before a count is typed, and no quota for a scale-in or before the quota is read', () => {
    assert.equal(
      formView(state({ instances: '' }), englishTranslate).quota?.line,
      'Quota: at most 2 more nodes fit (vCPUs: 20 free)',
    );
    assert.equal(formView(state({ scaleType: 'scale_in', instances: '1' }), englishTranslate).quota, undefined);
    const unread = formView(state({ instances: '3' }, null), englishTranslate);
    assert.equal(unread.quota, undefined);
    assert.equal(unread.send.enabled, true, 'MRS remains the judge while the quota is not known');
  });

  it('says "quota not checked" and why as a note when a read failed, and blocks nothing', () => {
    const q: LiveQuota = {
      ...quota,
      free: { volumes: 5, gigabytes: 10_000, ips: 50 },
      notRead: [{ read: 'ecs', reason: 'no permission (HTTP 403, Pdp.0001)' }],
    };
    const v = formView(state({ instances: '5' }, q), englishTranslate);
    assert.equal(
      v.quota?.note,
      'Quota not checked (ECS quota: no permission (HTTP 403, Pdp.0001)). The resize can be sent; MRS checks the quota itself.',
    );
    assert.equal(v.quota?.line, 'Quota: at most 5 more nodes fit (disks: 5 free)');
    assert.equal(v.send.enabled, true);
  });

  it('names the limit in Chinese with the glossary’s words', () => {
    const v = formView(
      state({ instances: '1' }, { ...quota, free: { ...quota.free, cores: 'unlimited', ips: 1 } }),
      zhTranslate,
    );
    assert.equal(v.quota?.line, '配额：最多还可加1个节点（子网IP：可用1）');
  });

  it('takes the quota the host sends after the init, and keeps it when the cluster changes', () => {
    const none = state({ instances: '3' }, null);
    const withQuota = received(none, { type: 'quota', quota });
    assert.equal(formView(withQuota, englishTranslate).send.enabled, false);
    const changed = received(withQuota, { type: 'clusterChanged', facts, hosts: [] });
    assert.deepEqual(changed.quota, quota);
  });
});

describe('resize form: the quota message’s guard', () => {
  it('passes the quota with its known fields only', () => {
    const sent = { type: 'quota', quota: { ...quota, extra: 1, basis: { ...quota.basis, secret: 'x' } } };
    assert.deepEqual(parseHostMessage(JSON.parse(JSON.stringify(sent))), { type: 'quota', quota });
  });

  it('refuses a malformed quota: a negative or textual amount, an unknown resource or read, a group that is not an object', () => {
    const bad: unknown[] = [
      { ...quota, free: { cores: -1 } },
      { ...quota, free: { cores: '20' } },
      { ...quota, free: { bananas: 1 } },
      { ...quota, notRead: [{ read: 'iam', reason: 'x' }] },
      { ...quota, notRead: 'no' },
      { ...quota, basis: { groups: { core: 5 }, flavors: {} } },
      { ...quota, basis: { groups: {}, flavors: { f: { cores: 1 } } } },
      { ...quota, basis: { groups: { g: { cores: Infinity } }, flavors: {} } },
      { free: {}, notRead: [] },
    ];
    for (const q of bad) {
      assert.equal(parseHostMessage({ type: 'quota', quota: q }), undefined, JSON.stringify(q));
    }
  });

  it('refuses an init whose quota is malformed, and passes one without a quota', () => {
    const init = {
      type: 'init',
      facts,
      hosts: [],
      draft: initialFormDraft(facts),
      labels,
      sendState: { kind: 'idle' },
    };
    assert.equal(parseHostMessage({ ...init, quota: { free: {} } }), undefined);
    assert.deepEqual(parseHostMessage({ ...init, quota })?.type, 'init');
    const plain = parseHostMessage(init);
    assert.ok(plain?.type === 'init' && !('quota' in plain));
  });
});
