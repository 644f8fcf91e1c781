// How the form's state moves in the webview, as pure functions: the host's init and messages, the
// user's edits, and what the webview keeps across hiding (setState). main.ts only wires them to the DOM.
import { isFormDraft } from '../../src/shared/resizeFormGuards';
import type { FormDraft, HostToForm, SendState } from '../../src/shared/resizeForm';
import type { FormState } from './formModel';

/** What the webview keeps while the panel is hidden. */
export interface Saved {
  readonly draft: FormDraft;
  /** The outcome the user moved on from (JSON of its SendState). */
  readonly dismissed?: string;
}

export function isSaved(v: unknown): v is Saved {
  const saved = v as Saved;
  return (
    typeof v === 'object' &&
    v !== null &&
    isFormDraft(saved.draft) &&
    (saved.dismissed === undefined || typeof saved.dismissed === 'string')
  );
}

export function savedOf(state: FormState): Saved {
  return { draft: state.draft, ...(state.dismissed ? { dismissed: state.dismissed } : {}) };
}

type Init = Extract<HostToForm, { type: 'init' }>;
const IDLE: SendState = { kind: 'idle' };

/**
 * The state of a fresh init: the draft the webview kept wins, unless the host's is a request file's
 * or the fresh start after the form's resize; an outcome the user already moved on from stays gone.
 */
export function started(m: Init, saved: Saved | undefined): FormState {
  const wins = m.prefilled === true || m.restarted === true;
  const draft = wins ? m.draft : (saved?.draft ?? m.draft);
  const dismissed = saved?.dismissed === JSON.stringify(m.sendState) ? saved.dismissed : undefined;
  return {
    facts: m.facts,
    hosts: m.hosts,
    draft,
    labels: m.labels,
    sendState: dismissed ? IDLE : m.sendState,
    ...(m.quota ? { quota: m.quota } : {}),
    ...(m.flavorOffer ? { flavorOffer: m.flavorOffer } : {}),
    ...(m.restarted ? { fresh: true } : {}),
    ...(dismissed ? { dismissed } : {}),
  };
}

/** What a message of the host (after the init) makes of the state. */
export function received(state: FormState, m: Exclude<HostToForm, Init>): FormState {
  switch (m.type) {
    case 'clusterChanged': {
      const next = { ...state, facts: m.facts, hosts: m.hosts, note: m.note ?? state.note };
      return m.draft ? { ...next, draft: m.draft, fresh: true } : next;
    }
    case 'quota':
      return { ...state, quota: m.quota };
    case 'flavors':
      return { ...state, flavorOffer: m.offer };
    case 'sendState':
      return { ...state, sendState: m.state, dismissed: undefined };
    case 'notice':
      return { ...state, note: m.message };
  }
}

/** Outcomes whose news is over once the user edits: the draft is a new change now. */
const OVER_ON_EDIT: readonly SendState['kind'][] = ['succeeded', 'declined'];

/**
 * The user changed the draft: it is no longer the fresh start, the note of the moment is gone, and a
 * "Done" (or "not sent: declined") stops standing over the new change. A failure stays: it says what to fix.
 */
export function edited(state: FormState, patch: Partial<FormDraft>): FormState {
  const over = OVER_ON_EDIT.includes(state.sendState.kind);
  return {
    ...state,
    draft: { ...state.draft, ...patch },
    fresh: false,
    note: undefined,
    ...(over ? { sendState: IDLE, dismissed: JSON.stringify(state.sendState) } : {}),
  };
}
