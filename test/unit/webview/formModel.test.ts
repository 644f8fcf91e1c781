// The resize form's model in plain Node: which fields show, problems beside their field, the
// preview body, the picture's numbers, and Send's state; plus the message guards of both sides.
import * as assert from 'node:assert/strict';
import { clusterFactsOf, hostFactsOf, type ClusterFacts } from '../../../src/core/resize/rules';
import { FORM_LABEL_KEYS, initialFormDraft, type FormDraft, type FormLabels } from '../../../src/shared/resizeForm';
import { parseFormMessage, parseHostMessage } from '../../../src/shared/resizeFormGuards';
import { bundleTranslate, englishTranslate } from '../../../src/core/translate';
import { formView, type FormState } from '../../../webview/resize/formModel';
import { aCluster, aHost, aNodeGroup } from '../../support/builders';
import { zhTranslate } from '../../support/unit/zhTranslate';

const labels = {
  ...Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])),
  range: 'allowed {0}–{1}',
  sendBlocked: 'Cannot send: {0}',
} as FormLabels;

const master = aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 });
const core = aNodeGroup({ name: 'core_node_analysis_group', nodeCount: 3, flavor: 'c6.xlarge' });
const task = aNodeGroup({ role: 'task', name: 'task_node_analysis_group', nodeCount: 4, flavor: 'c6.xlarge' });
const withTask = clusterFactsOf(aCluster({ nodeGroups: [master, core, task] }));
const noTask = clusterFactsOf(aCluster({ nodeGroups: [master, core] }));
const taskHosts = [1, 2, 3, 4].map((i) =>
  aHost({ id: `t${i}`, name: `task-${i}`, type: 'Task', nodeGroupName: 'task_node_analysis_group', ip: `10.0.0.${i}` }),
);

function state(facts: ClusterFacts, change: Partial<FormDraft> = {}): FormState {
  const hosts = taskHosts.map((h) => ({ ...hostFactsOf(h), ip: h.ip ?? '' }));
  return {
    facts,
    hosts,
    draft: { ...initialFormDraft(facts), ...change },
    labels,
    sendState: { kind: 'idle' },
  };
}
const view = (s: FormState) => formView(s, englishTranslate);
const parametersOf = (preview: string | undefined) =>
  (JSON.parse(preview ?? '{"parameters":{}}') as { parameters: Record<string, unknown> }).parameters;

describe('resize form model', () => {
  it('shows skip bootstrap and scale without start only for a scale-out', () => {
    const out = view(state(withTask));
    assert.equal(out.visible.skipBootstrap && out.visible.scaleWithoutStart, true);
    assert.equal(out.visible.serverIds || out.visible.taskNodeInfo, false);
    const inn = view(state(withTask, { scaleType: 'scale_in' }));
    assert.equal(inn.visible.skipBootstrap || inn.visible.scaleWithoutStart, false);
  });

  it('shows skip bootstrap only where the cluster was created with bootstrap actions, and sends it only there', () => {
    const none = clusterFactsOf(aCluster({ nodeGroups: [master, core, task], bootstrapActions: 0 }));
    const v = view(state(none, { skipBootstrapScripts: true }));
    assert.equal(v.visible.skipBootstrap, false);
    assert.equal(v.visible.scaleWithoutStart, true);
    assert.deepEqual(v.problems.cluster, [], 'no warning about a switch the form does not show');
    assert.ok(!('skip_bootstrap_scripts' in parametersOf(v.preview)));
    const some = clusterFactsOf(aCluster({ nodeGroups: [master, core, task], bootstrapActions: 1 }));
    assert.equal(view(state(some)).visible.skipBootstrap, true);
    assert.equal(view(state(withTask)).visible.skipBootstrap, true, 'details that do not say: shown');
  });

  it('offers GPSSD among the data disk types, as the rules and the schema accept it', () => {
    const v = view(state(noTask, { group: 'task_node_default_group', volumeType: 'GPSSD' }));
    assert.deepEqual(
      v.volumeTypes.map((o) => o.value),
      ['SATA', 'SAS', 'SSD', 'GPSSD'],
    );
    assert.equal(v.volumeTypes[3]?.label, 'GPSSD (General-purpose SSD)');
    assert.equal(v.send.enabled, true);
    assert.deepEqual(parametersOf(v.preview).task_node_info, {
      node_size: 'c6.xlarge',
      data_volume_type: 'GPSSD',
      data_volume_count: 1,
      data_volume_size: 100,
    });
    assert.deepEqual(
      v.problems.volumeType.map((p) => `${p.severity} ${p.code}`),
      ['info taskNodeInfo.volumeTypeNotDocumented'],
    );
  });

  it('shows the range up to the raised limit the reading carries', () => {
    const big = clusterFactsOf(
      aCluster({ nodeGroups: [master, aNodeGroup({ name: core.name, nodeCount: 3 }), { ...task, nodeCount: 517 }] }),
    );
    assert.equal(view(state(big)).range, 'noRange');
    assert.equal(view(state({ ...big, maxCoreAndTaskNodes: 800 })).range, 'allowed 1–280');
  });

  it('shows the host table only for a task scale-in, with the group’s task hosts', () => {
    const coreIn = view(state(withTask, { scaleType: 'scale_in' }));
    assert.equal(coreIn.visible.serverIds, false);
    const taskIn = view(state(withTask, { scaleType: 'scale_in', group: task.name }));
    assert.equal(taskIn.visible.serverIds, true);
    assert.deepEqual(
      taskIn.taskHosts.map((h) => [h.name, h.ip]),
      taskHosts.map((h) => [h.name, h.ip]),
    );
  });

  it('shows the task hosts’ status in Chinese as the ECS console names it', () => {
    const s = state(withTask, { scaleType: 'scale_in', group: task.name });
    const hosts = s.hosts.map((h, i) => ({ ...h, status: ['ACTIVE', 'SHUTOFF', 'ERROR', 'REBOOT'][i] }));
    assert.deepEqual(
      formView({ ...s, hosts }, zhTranslate).taskHosts.map((h) => h.status),
      ['运行中', '已关机', '故障', 'REBOOT'],
    );
  });

  it('offers a first task group and its task node info when the cluster has none', () => {
    const v = view(state(noTask, { group: 'task_node_default_group', instances: '2' }));
    assert.deepEqual(
      v.groups.map((g) => g.value),
      ['master_node_default_group', 'core_node_analysis_group', 'task_node_default_group'],
    );
    assert.equal(v.visible.taskNodeInfo && v.visible.nodeSize && v.visible.volumeSize, true);
    assert.deepEqual(
      v.flavors.map((o) => o.value),
      ['c6.xlarge', 's3.xlarge.2.linux.bigdata'],
      "the cluster's flavors while MRS's offer is not read",
    );
    assert.match(v.preview ?? '', /"task_node_info": \{\n\s+"node_size": "c6.xlarge"/);
    assert.equal(view(state(withTask)).groups.length, 3, 'no new task group when one exists');
  });

  it('puts a rule’s error beside its field and disables Send, saying why', () => {
    const v = view(state(noTask, { group: 'task_node_default_group', volumeSize: '99' }));
    assert.deepEqual(
      v.problems.volumeSize.map((d) => d.code),
      ['taskNodeInfo.volumeSize'],
    );
    assert.equal(v.send.enabled, false);
    assert.match(v.send.reason ?? '', /^Cannot send: parameters\.task_node_info\.data_volume_size: The data disk size/);
    assert.equal(v.preview, undefined);
  });

  it('checks the number against the limits as typed', () => {
    const v = view(state(withTask, { scaleType: 'scale_in', instances: '1' }));
    assert.equal(v.range, 'noRange', 'a 3-node core group cannot shrink');
    assert.deepEqual(
      v.problems.instances.map((d) => d.code),
      ['instances.belowCoreMinimum'],
    );
    const out = view(state(withTask, { instances: '494' }));
    assert.equal(out.range, 'allowed 1–493');
    assert.deepEqual(
      out.problems.instances.map((d) => d.code),
      ['instances.aboveTotalLimit'],
    );
  });

  it('previews the exact body and the change of a core scale-out by 2', () => {
    const v = view(state(withTask, { instances: '2', skipBootstrapScripts: true }));
    assert.deepEqual(v.change, { text: '3 → 5 core nodes', tone: 'valid' });
    assert.deepEqual(JSON.parse(v.preview ?? ''), {
      parameters: {
        scale_type: 'scale_out',
        node_id: 'node_orderadd',
        node_group: 'core_node_analysis_group',
        instances: 2,
        skip_bootstrap_scripts: true,
        scale_without_start: false,
      },
    });
    assert.deepEqual(v.send, { enabled: true, reason: undefined, tone: undefined });
  });

  it('sends chosen task hosts only when the user chooses them', () => {
    const mrs = view(state(withTask, { scaleType: 'scale_in', group: task.name, serverIds: ['t1'] }));
    assert.equal('server_ids' in (JSON.parse(mrs.preview ?? '') as { parameters: object }).parameters, false);
    const chosen = view(
      state(withTask, { scaleType: 'scale_in', group: task.name, chooseHosts: true, serverIds: ['t1'] }),
    );
    assert.match(chosen.preview ?? '', /"server_ids": \[\n\s+"t1"\n\s+\]/);
  });

  it('draws current and target counts of every core and task group', () => {
    const v = view(state(withTask, { scaleType: 'scale_in', group: task.name, instances: '3' }));
    assert.deepEqual(
      v.picture.map((b) => [b.name, b.current, b.target]),
      [
        ['core_node_analysis_group', 3, 3],
        ['task_node_analysis_group', 4, 1],
      ],
    );
    const first = view(state(noTask, { group: 'task_node_default_group', instances: '2' }));
    assert.deepEqual(first.picture[1], { name: 'task_node_default_group', role: 'task', current: 0, target: 2 });
  });

  it('keeps Send disabled while a send is under way', () => {
    const v = view({ ...state(withTask), sendState: { kind: 'sending' } });
    assert.deepEqual(v.send, { enabled: false, reason: 'sending', tone: 'progress' }, 'progress, not an error');
  });

  it('keeps Send disabled while the outcome of its request is unknown (it is never resent)', () => {
    const v = view({ ...state(withTask), sendState: { kind: 'unknown', message: 'lost' } });
    assert.equal(v.send.enabled, false);
  });

  it('shows a change the rules refuse in the colour of an error, and says why Send is off in it too', () => {
    const v = view(state(withTask, { scaleType: 'scale_in', instances: '1' }));
    assert.deepEqual(v.change, { text: '3 → 2 core nodes', tone: 'error' });
    assert.equal(v.send.tone, 'error');
    const fine = view(state(withTask, { scaleType: 'scale_in', group: task.name, instances: '1' }));
    assert.deepEqual(fine.change, { text: '4 → 3 task nodes', tone: 'valid' });
  });

  it('never shows a negative count: no change line while the number exceeds the group', () => {
    const v = view(state(withTask, { scaleType: 'scale_in', group: task.name, instances: '9' }));
    assert.equal(v.change, undefined, JSON.stringify(v.change));
    assert.deepEqual(
      v.problems.instances.map((d) => d.code),
      ['instances.aboveGroupSize'],
    );
  });

  it('starts again after its resize with no count: no error, Send off with the reason, as a note', () => {
    const fresh = { ...state(withTask, { instances: '' }), fresh: true };
    const v = view(fresh);
    assert.deepEqual(v.problems.instances, [], 'an empty count is no mistake yet');
    assert.deepEqual(v.send, { enabled: false, reason: 'noChange', tone: 'info' });
    assert.equal(v.change, undefined);
    assert.equal(v.noBody, 'noChange');
    const typed = view({ ...fresh, fresh: false });
    assert.deepEqual(
      typed.problems.instances.map((d) => d.code),
      ['instances.notPositiveInteger'],
      'once edited, an empty count is an error like any other',
    );
    assert.equal(typed.noBody, 'noBody');
    const blocked = view({
      ...state({ ...withTask, state: 'abnormal', stateText: 'abnormal' }, { instances: '' }),
      fresh: true,
    });
    assert.equal(blocked.send.tone, 'error', 'a real error still says why Send is off');
  });

  it('gives each outcome its tone and lines', () => {
    const outcome = (sendState: FormState['sendState']) => view({ ...state(withTask), sendState }).outcome;
    assert.deepEqual(outcome({ kind: 'idle' }), { tone: undefined, lines: [] });
    assert.deepEqual(outcome({ kind: 'sending' }), { tone: 'progress', lines: ['sending'] });
    assert.deepEqual(outcome({ kind: 'accepted', message: 'm', stage: 'VM' }), {
      tone: 'progress',
      lines: ['accepted', 'm', 'stage'],
    });
    assert.deepEqual(outcome({ kind: 'succeeded', message: 'm' }), { tone: 'valid', lines: ['succeeded', 'm'] });
    assert.equal(outcome({ kind: 'unknown', message: 'm' }).tone, 'warning');
    assert.equal(outcome({ kind: 'declined' }).tone, 'info');
    for (const kind of ['failed', 'notSent'] as const) {
      assert.equal(outcome({ kind, message: 'm' }).tone, 'error', kind);
    }
    assert.deepEqual(outcome({ kind: 'refused', code: '12000028', message: 'm', hint: 'h' }), {
      tone: 'error',
      lines: ['refused (12000028)', 'm', 'hint'],
    });
  });

  it('moves a problem about the cluster to the top', () => {
    const v = view(state({ ...withTask, state: 'abnormal', stateText: 'abnormal' }));
    assert.ok(
      v.problems.cluster.some((d) => d.code === 'cluster.notRunning'),
      JSON.stringify(v.problems.cluster),
    );
  });

  it('translates the rules’ messages with the host’s bundle', () => {
    const t = bundleTranslate({ '{0} → {1} core nodes': '{0} → {1} 个 Core 节点' });
    assert.equal(formView(state(withTask, { instances: '2' }), t).change?.text, '3 → 5 个 Core 节点');
    const zh = bundleTranslate({ running: '运行中' });
    assert.equal(formView(state(withTask), zh).heading, `${withTask.name} · 运行中`);
  });
});

describe('resize form messages', () => {
  const draft = initialFormDraft(withTask);
  it('accepts the form’s messages and refuses anything else', () => {
    assert.deepEqual(parseFormMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFormMessage({ type: 'send', draft }), { type: 'send', draft });
    assert.equal(parseFormMessage({ type: 'send', draft: { ...draft, instances: 2 } }), undefined);
    assert.equal(parseFormMessage({ type: 'send' }), undefined);
    assert.equal(parseFormMessage({ type: 'eval', code: '1' }), undefined);
    assert.equal(parseFormMessage('ready'), undefined);
    const timings = { fetch: 1, script: 2, ready: 3, init: 4, painted: 5 };
    assert.deepEqual(parseFormMessage({ type: 'rendered', timings }), { type: 'rendered', timings });
    assert.equal(parseFormMessage({ type: 'rendered' }), undefined);
    assert.equal(parseFormMessage({ type: 'rendered', timings: { ...timings, painted: 'soon' } }), undefined);
  });

  it('accepts the host’s messages and refuses malformed ones', () => {
    const init = { type: 'init', facts: withTask, hosts: [], draft, labels, sendState: { kind: 'idle' } };
    assert.deepEqual(parseHostMessage(init), init);
    assert.equal(parseHostMessage({ ...init, labels: { ...labels, send: 1 } }), undefined);
    assert.equal(parseHostMessage({ ...init, facts: { ...withTask, nodeGroups: [{}] } }), undefined);
    assert.deepEqual(parseHostMessage({ type: 'sendState', state: { kind: 'sending' } }), {
      type: 'sendState',
      state: { kind: 'sending' },
    });
    assert.equal(parseHostMessage({ type: 'sendState', state: { kind: 'refused' } }), undefined);
    assert.equal(parseHostMessage({ type: 'sendState', state: { kind: 'exploded', message: '' } }), undefined);
    assert.equal(parseHostMessage({ type: 'sendState', state: { kind: 'unknown' } }), undefined);
    const changed = { type: 'clusterChanged', facts: withTask, hosts: [] };
    assert.deepEqual(parseHostMessage(changed), changed, 'a refresh after the form’s own resize has no note');
    assert.equal(parseHostMessage({ ...changed, note: 3 }), undefined);
    const restart = { ...changed, draft: { ...draft, instances: '' } };
    assert.deepEqual(parseHostMessage(restart), restart, 'the fresh start after the form’s own resize');
    assert.equal(parseHostMessage({ ...changed, draft: { ...draft, instances: 2 } }), undefined);
    assert.deepEqual(parseHostMessage({ ...init, restarted: true }), { ...init, restarted: true });
    assert.equal(parseHostMessage({ ...init, restarted: 'yes' }), undefined);
  });
});
