// Messages of the wrong shape from the resize form's webview (the unit tests of the guard and the
// panel's integration test share them): missing fields, wrong types, arrays for objects, huge
// strings, prototype keys (__proto__, constructor), fields only inherited, extra junk.
import type { FormDraft } from '../../src/shared/resizeForm';

export const HUGE = 'x'.repeat(5_000_000);
const timings = { fetch: 1, script: 2, ready: 3, init: 4, painted: 5 };

/** `JSON.parse` keeps `__proto__` as an own key, as a message that crossed the boundary would. */
export const parsed = (json: string): unknown => JSON.parse(json);
/** An object whose fields are only inherited. */
export const inheriting = (proto: object): unknown => Object.create(proto) as unknown;

/** [title, message] pairs that parseFormMessage must refuse, around a good draft. */
export function wrongFormMessages(draft: FormDraft): readonly [string, unknown][] {
  const cyclic: Record<string, unknown> = { type: 'send' };
  cyclic.draft = cyclic;
  return [
    ['a cycle', cyclic],
    ['a BigInt', { type: 'send', draft: { ...draft, instances: BigInt(2) } }],
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ready'],
    ['a number', 42],
    ['an array', [{ type: 'ready' }]],
    ['an array with a type', Object.assign([], { type: 'ready' })],
    ['no type', {}],
    ['a type of another case', { type: 'READY' }],
    ['an unknown type', { type: 'eval', code: 'alert(1)' }],
    ['a number type', { type: 1 }],
    ['a huge type', { type: HUGE }],
    ['a type only inherited', inheriting({ type: 'ready' })],
    ['a type in __proto__', parsed('{"__proto__":{"type":"ready"}}')],
    ['a type in constructor', { constructor: { type: 'ready' } }],
    ['send without draft', { type: 'send' }],
    ['send with a null draft', { type: 'send', draft: null }],
    ['send with an array draft', { type: 'send', draft: [draft] }],
    ['send with a string draft', { type: 'send', draft: JSON.stringify(draft) }],
    ['send with a huge string draft', { type: 'send', draft: HUGE }],
    ['send with an empty draft', { type: 'send', draft: {} }],
    ['send with a draft only inherited', { type: 'send', draft: inheriting(draft) }],
    ['send with the draft in __proto__', { type: 'send', draft: parsed(`{"__proto__":${JSON.stringify(draft)}}`) }],
    ['send with a draft field missing', { type: 'send', draft: { ...draft, instances: undefined } }],
    ['send with numeric instances', { type: 'send', draft: { ...draft, instances: 2 } }],
    ['send with an array of instances', { type: 'send', draft: { ...draft, instances: ['2'] } }],
    ['send with an object group', { type: 'send', draft: { ...draft, group: { name: 'core' } } }],
    ['send with an unknown scale type', { type: 'send', draft: { ...draft, scaleType: 'scale_up' } }],
    ['send with a huge scale type', { type: 'send', draft: { ...draft, scaleType: HUGE } }],
    ['send with a string boolean', { type: 'send', draft: { ...draft, chooseHosts: 'false' } }],
    ['send with server ids as a string', { type: 'send', draft: { ...draft, serverIds: 'a,b' } }],
    ['send with numbers among server ids', { type: 'send', draft: { ...draft, serverIds: ['a', 1] } }],
    ['send with an object among server ids', { type: 'send', draft: { ...draft, serverIds: [{}] } }],
    ['send without resource ids', { type: 'send', draft: { ...draft, resourceIds: undefined } }],
    ['send with resource ids as a string', { type: 'send', draft: { ...draft, resourceIds: 'r1,r2' } }],
    ['send with a number among resource ids', { type: 'send', draft: { ...draft, resourceIds: ['r1', 2] } }],
    ['copyBody with an array draft', { type: 'copyBody', draft: [] }],
    ['openAsRequestFile without draft', { type: 'openAsRequestFile' }],
    ['rendered without timings', { type: 'rendered' }],
    ['rendered with an array of timings', { type: 'rendered', timings: [1, 2, 3, 4, 5] }],
    ['rendered with a string timing', { type: 'rendered', timings: { ...timings, painted: '5' } }],
    ['rendered with an infinite timing', { type: 'rendered', timings: { ...timings, init: Infinity } }],
    ['rendered with a NaN timing', { type: 'rendered', timings: { ...timings, init: NaN } }],
    ['rendered with a missing timing', { type: 'rendered', timings: { fetch: 1, script: 2, ready: 3, init: 4 } }],
  ];
}
