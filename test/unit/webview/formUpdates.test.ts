// How the form's state moves in the webview, in plain Node: what the host's messages and the user's
// edits make of it, what it keeps across hiding, and what its one live region says.
import * as assert from 'node:assert/strict';
import { clusterFactsOf } from '../../../src/core/resize/facts';
import { englishTranslate } from '../../../src/core/translate';
import { FORM_LABEL_KEYS, initialFormDraft, type FormLabels, type HostToForm } from '../../../src/shared/resizeForm';
import { announcement, spokenOf, type Spoken } from '../../../webview/resize/announce';
import { formView, type FormState } from '../../../webview/resize/formModel';
import { edited, received, savedOf, started } from '../../../webview/resize/formUpdates';
import { aCluster, aNodeGroup } from '../../support/builders';

const labels = {
  ...Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])),
  stage: 'Stage: {0}',
  errorWord: 'Error:',
} as FormLabels;
const facts = (core: number) =>
  clusterFactsOf(
    aCluster({
      nodeGroups: [
        aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
        aNodeGroup({ name: 'core_node_analysis_group', nodeCount: core }),
      ],
    }),
  );
type Init = Extract<HostToForm, { type: 'init' }>;
const init = (extra: Partial<Init> = {}): Init => ({
  type: 'init',
  facts: facts(5),
  hosts: [],
  draft: initialFormDraft(facts(5)),
  labels,
  sendState: { kind: 'idle' },
  ...extra,
});
const succeeded = { kind: 'succeeded', message: 'etl: 5 → 7 core nodes.' } as const;

describe('resize form in the webview: state', () => {
  it('starts again from the cluster as it now is when its resize ended: no count, Send off until an edit', () => {
    let s = started(init(), undefined);
    s = edited(s, { instances: '2' });
    s = received(s, { type: 'sendState', state: { kind: 'accepted', message: 'accepted' } });
    const restart = { ...s.draft, instances: '' };
    s = received(s, { type: 'clusterChanged', facts: facts(7), hosts: [], draft: restart });
    s = received(s, { type: 'sendState', state: succeeded });
    const v = formView(s, englishTranslate);
    assert.equal(s.draft.instances, '');
    assert.equal(v.change, undefined, 'no "7 → 9" waiting for one more click');
    assert.deepEqual(v.send, { enabled: false, reason: 'noChange', tone: 'info' });
    assert.deepEqual(v.outcome.lines, ['succeeded', succeeded.message], 'the outcome stays until the user moves on');
    const next = formView(edited(s, { instances: '1' }), englishTranslate);
    assert.deepEqual(next.change, { text: '7 → 8 core nodes', tone: 'valid' });
    assert.equal(next.send.enabled, true, 'a deliberate new choice sends again');
  });

  it('keeps the draft when the cluster changed for another reason', () => {
    const s = received(edited(started(init(), undefined), { instances: '2' }), {
      type: 'clusterChanged',
      facts: facts(6),
      hosts: [],
      note: 'changed',
    });
    assert.equal(s.draft.instances, '2');
    assert.equal(s.note, 'changed');
  });

  it('clears an old "Done" and a note once the user edits; keeps a refusal that says what to fix', () => {
    const done = received(started(init(), undefined), { type: 'sendState', state: succeeded });
    const noted = received(done, { type: 'notice', message: 'Copied.' });
    const after = edited(noted, { instances: '3' });
    assert.deepEqual(after.sendState, { kind: 'idle' });
    assert.equal(after.note, undefined);
    assert.deepEqual(formView(after, englishTranslate).outcome.lines, []);
    const refused = { kind: 'refused', code: '12000028', message: 'too many', hint: 'fewer' } as const;
    const kept = edited(received(done, { type: 'sendState', state: refused }), { instances: '1' });
    assert.deepEqual(kept.sendState, refused);
  });

  it('does not bring a dismissed outcome back when the panel is shown again', () => {
    const done = received(started(init(), undefined), { type: 'sendState', state: succeeded });
    const saved = savedOf(edited(done, { instances: '4' }));
    const again = started(init({ sendState: succeeded }), saved);
    assert.deepEqual(again.sendState, { kind: 'idle' });
    assert.equal(again.draft.instances, '4', 'the kept draft wins');
    const other = started(init({ sendState: { ...succeeded, message: 'another' } }), saved);
    assert.equal(other.sendState.kind, 'succeeded', 'a new outcome is shown');
  });

  it('takes the host’s draft over the kept one when it is a request file’s or a fresh start', () => {
    const saved = { draft: { ...initialFormDraft(facts(5)), instances: '9' } };
    assert.equal(started(init(), saved).draft.instances, '9');
    const restart = { ...initialFormDraft(facts(5)), instances: '' };
    const fresh = started(init({ draft: restart, restarted: true }), saved);
    assert.equal(fresh.draft.instances, '');
    assert.equal(fresh.fresh, true);
    assert.equal(started(init({ draft: restart, prefilled: true }), saved).draft.instances, '');
  });
});

describe('resize form in the webview: the live region', () => {
  const spoken = (s: FormState) => spokenOf(formView(s, englishTranslate), s);
  const say = (before: FormState | undefined, after: FormState, focused = false) =>
    announcement(before && spoken(before), spoken(after), focused);

  it('says nothing on the first render', () => {
    assert.equal(say(undefined, started(init(), undefined)), '');
  });

  it('announces a new change, and nothing for a keystroke that changes nothing it says', () => {
    const s = started(init(), undefined);
    const two = edited(s, { instances: '2' });
    assert.equal(say(s, two), '5 → 7 core nodes');
    assert.equal(say(two, edited(two, { instances: '2' })), '');
  });

  it('says "Done" once: not again on every keystroke, and a stage change says only the stage', () => {
    const s = edited(started(init(), undefined), { instances: '2' });
    const accepted = received(s, { type: 'sendState', state: { kind: 'accepted', message: 'accepted' } });
    const staged = received(accepted, {
      type: 'sendState',
      state: { kind: 'accepted', message: 'accepted', stage: 'Creating VM' },
    });
    assert.equal(say(accepted, staged), 'Stage: Creating VM');
    const done = received(staged, { type: 'sendState', state: succeeded });
    assert.equal(say(staged, done), `succeeded ${succeeded.message}`);
    const refused = { kind: 'refused', code: '12000028', message: 'too many' } as const;
    const r = received(done, { type: 'sendState', state: refused });
    const typed = edited(r, { instances: '3' });
    assert.equal(say(r, typed), '5 → 8 core nodes', 'the refusal is not said again');
  });

  it('never announces a negative count, and says a new error once', () => {
    const s = edited(started(init(), undefined), { scaleType: 'scale_in', instances: '1' });
    const nine = edited(s, { instances: '9' });
    const text = say(s, nine);
    assert.doesNotMatch(text, /-\d/, text);
    assert.match(text, /^Error: Core nodes that can be removed/);
    assert.equal(say(nine, edited(nine, { instances: '8' })).includes('Error:'), false, 'the same error again');
  });

  it('does not read the outcome twice when focus has just moved to it', () => {
    const s = edited(started(init(), undefined), { instances: '2' });
    const sending = received(s, { type: 'sendState', state: { kind: 'sending' } });
    assert.equal(say(s, sending), 'sending');
    assert.equal(say(s, sending, true), '');
  });

  it('tells a note when it arrives', () => {
    const s = started(init(), undefined);
    const before: Spoken = spoken(s);
    assert.equal(announcement(before, spoken(received(s, { type: 'notice', message: 'Copied.' }))), 'Copied.');
  });
});
