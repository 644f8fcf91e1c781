// The resize form in the webview: waits for the host's init, keeps the draft in the webview's
// state (it survives hiding the panel), re-renders on every change, and sends only on Send.
import { isFormDraft, parseHostMessage } from '../../src/shared/resizeFormGuards';
import { assertNever, type FormDraft, type FormToHost, type HostToForm } from '../../src/shared/resizeForm';
import { bundleTranslate, type Translate } from '../../src/core/translate';
import { registerComponents } from '../lib/components';
import { hostChannel } from '../lib/hostChannel';
import { formView, type FormState } from './formModel';
import { render } from './render';
import { buildForm, wire, type Actions, type FormElements } from './view';

interface Saved {
  readonly draft: FormDraft;
}
const isSaved = (v: unknown): v is Saved => typeof v === 'object' && v !== null && isFormDraft((v as Saved).draft);

const scriptStarted = performance.now();
registerComponents();
const channel = hostChannel<FormToHost, HostToForm, Saved>(parseHostMessage, isSaved);
const root = document.getElementById('app') as HTMLElement;
let state: FormState | undefined;
let t: Translate = bundleTranslate(undefined);
let form: FormElements | undefined;
let readyAt = 0;

const actions: Actions = {
  change: (patch) => update(state && { ...state, draft: { ...state.draft, ...patch } }),
  send: () => state && channel.post({ type: 'send', draft: state.draft }),
  copy: () => state && channel.post({ type: 'copyBody', draft: state.draft }),
  openAsRequestFile: () => state && channel.post({ type: 'openAsRequestFile', draft: state.draft }),
};

function update(next: FormState | undefined): void {
  if (!next) {
    return;
  }
  state = next;
  channel.save({ draft: next.draft });
  if (!form) {
    form = buildForm(root, next.labels);
    wire(form, actions);
  }
  render(form, formView(next, t), next, actions);
  root.setAttribute('aria-busy', 'false');
}

function receive(m: HostToForm): void {
  switch (m.type) {
    case 'init': {
      const init = performance.now();
      t = bundleTranslate(m.bundle);
      const draft = m.prefilled ? m.draft : (channel.saved()?.draft ?? m.draft);
      update({ facts: m.facts, hosts: m.hosts, draft, labels: m.labels, sendState: m.sendState });
      // After the toolkit's elements have rendered their shadow DOM.
      requestAnimationFrame(() => {
        const bundle = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/resize.js'));
        const fetch = bundle?.startTime ?? scriptStarted;
        const timings = { fetch, script: scriptStarted, ready: readyAt, init, painted: performance.now() };
        channel.post({ type: 'rendered', timings });
      });
      return;
    }
    case 'clusterChanged':
      return update(state && { ...state, facts: m.facts, hosts: m.hosts, note: m.note ?? state.note });
    case 'sendState':
      return update(state && { ...state, sendState: m.state });
    case 'notice':
      return update(state && { ...state, note: m.message });
    default:
      return assertNever(m);
  }
}

channel.listen(receive);
readyAt = performance.now();
channel.post({ type: 'ready' });
