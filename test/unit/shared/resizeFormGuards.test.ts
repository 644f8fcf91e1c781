// Both guards of the resize form's boundary against a table of wrong shapes: missing fields, wrong
// types, arrays for objects, huge strings, prototype keys (__proto__, constructor), fields that are
// only inherited, and extra junk. A good message must come back with its known fields only.
import * as assert from 'node:assert/strict';
import { clusterFactsOf } from '../../../src/core/resize/rules';
import { FORM_LABEL_KEYS, initialFormDraft, type FormLabels } from '../../../src/shared/resizeForm';
import { parseFormMessage, parseHostMessage } from '../../../src/shared/resizeFormGuards';
import { aCluster, aNodeGroup } from '../../support/builders';
import { HUGE, inheriting, parsed, wrongFormMessages } from '../../support/wrongFormMessages';

const facts = clusterFactsOf(
  aCluster({
    nodeGroups: [
      aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
      aNodeGroup({ name: 'core_node_analysis_group', nodeCount: 3, flavor: 'c6.xlarge' }),
    ],
  }),
);
const draft = initialFormDraft(facts);
const labels = Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])) as FormLabels;
const hosts = [{ id: 'h1', name: 'core-1', type: 'Core', nodeGroupName: 'core_node_analysis_group', ip: '10.0.0.1' }];
const timings = { fetch: 1, script: 2, ready: 3, init: 4, painted: 5 };
const init = { type: 'init', facts, hosts, draft, labels, sendState: { kind: 'idle' } };

const WRONG_FORM_MESSAGES = wrongFormMessages(draft);

const WRONG_HOST_MESSAGES: readonly [string, unknown][] = [
  ['null', null],
  ['an array', [init]],
  ['an unknown type', { type: 'run', script: 'x' }],
  ['a type only inherited', inheriting({ type: 'notice', message: 'hi' })],
  ['a type in __proto__', parsed('{"__proto__":{"type":"notice","message":"hi"}}')],
  ['a huge type', { type: HUGE, message: 'hi' }],
  ['notice without message', { type: 'notice' }],
  ['notice with an object message', { type: 'notice', message: { text: 'hi' } }],
  ['notice with an array message', { type: 'notice', message: ['hi'] }],
  ['notice with an inherited message', Object.assign(inheriting({ message: 'hi' }) as object, { type: 'notice' })],
  ['sendState without state', { type: 'sendState' }],
  ['sendState with an array state', { type: 'sendState', state: [{ kind: 'idle' }] }],
  ['sendState with an unknown kind', { type: 'sendState', state: { kind: 'exploded' } }],
  ['sendState with a huge kind', { type: 'sendState', state: { kind: HUGE } }],
  ['sendState with a kind in __proto__', { type: 'sendState', state: parsed('{"__proto__":{"kind":"idle"}}') }],
  ['sendState refused without message', { type: 'sendState', state: { kind: 'refused', code: '1' } }],
  ['sendState with a number code', { type: 'sendState', state: { kind: 'refused', message: 'm', code: 12000017 } }],
  ['init without facts', { ...init, facts: undefined }],
  ['init with facts as an array', { ...init, facts: [facts] }],
  ['init with facts only inherited', { ...init, facts: inheriting(facts) }],
  ['init with node groups as an object', { ...init, facts: { ...facts, nodeGroups: { 0: facts.nodeGroups[0] } } }],
  [
    'init with a string node count',
    { ...init, facts: { ...facts, nodeGroups: [{ name: 'g', role: 'core', nodeCount: '3' }] } },
  ],
  [
    'init with an unknown role',
    { ...init, facts: { ...facts, nodeGroups: [{ name: 'g', role: 'admin', nodeCount: 3 }] } },
  ],
  ['init with billing missing', { ...init, facts: { ...facts, billing: undefined } }],
  ['init with hosts as an object', { ...init, hosts: { h1: hosts[0] } }],
  ['init with a host without id', { ...init, hosts: [{ name: 'core-1' }] }],
  ['init with a number host ip', { ...init, hosts: [{ ...hosts[0], ip: 10 }] }],
  ['init with a wrong draft', { ...init, draft: { ...draft, volumeCount: 1 } }],
  ['init with labels missing one', { ...init, labels: { ...labels, send: undefined } }],
  ['init with labels as an array', { ...init, labels: Object.values(labels) }],
  ['init with a bundle of numbers', { ...init, bundle: { a: 1 } }],
  ['init with a bundle as an array', { ...init, bundle: ['a'] }],
  ['init with prefilled as a string', { ...init, prefilled: 'true' }],
  ['init without send state', { ...init, sendState: undefined }],
  ['clusterChanged with a number note', { type: 'clusterChanged', facts, hosts, note: 1 }],
  ['clusterChanged without hosts', { type: 'clusterChanged', facts }],
];

describe('resize form guards: wrong shapes', () => {
  describe('parseFormMessage (the host side) refuses', () => {
    for (const [title, message] of WRONG_FORM_MESSAGES) {
      it(title, () => assert.equal(parseFormMessage(message), undefined));
    }
  });

  describe('parseHostMessage (the webview side) refuses', () => {
    for (const [title, message] of WRONG_HOST_MESSAGES) {
      it(title, () => assert.equal(parseHostMessage(message), undefined));
    }
  });

  it('keeps only the known fields of a good message from the webview', () => {
    const junk = { ...draft, extra: { deep: [1, { more: 'junk' }] }, constructor: 'x' };
    const withProto = parsed(`{"type":"send","__proto__":{"polluted":true},"draft":${JSON.stringify(junk)}}`);
    for (const message of [{ type: 'send', draft: junk, extra: 1 }, withProto]) {
      const got = parseFormMessage(message);
      assert.deepEqual(got, { type: 'send', draft });
      assert.deepEqual(Object.keys(got ?? {}), ['type', 'draft']);
      assert.deepEqual(Object.keys(got?.type === 'send' ? got.draft : {}).sort(), Object.keys(draft).sort());
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype polluted');
    const rendered = parseFormMessage({ type: 'rendered', timings: { ...timings, extra: 'x' } });
    assert.deepEqual(rendered, { type: 'rendered', timings });
  });

  it('accepts huge strings where a string goes (the rules judge them), without copying junk', () => {
    const got = parseFormMessage({ type: 'send', draft: { ...draft, instances: HUGE } });
    assert.equal(got?.type === 'send' && got.draft.instances.length, HUGE.length);
  });

  it('accepts good host messages, with their known fields only', () => {
    assert.deepEqual(parseHostMessage(init), init);
    assert.deepEqual(parseHostMessage({ ...init, junk: { a: 1 } }), init);
    assert.deepEqual(parseHostMessage({ type: 'notice', message: 'hi', junk: 1 }), { type: 'notice', message: 'hi' });
    const changed = { type: 'clusterChanged', facts, hosts, note: 'n' };
    assert.deepEqual(parseHostMessage({ ...changed, junk: [] }), changed);
  });
});
