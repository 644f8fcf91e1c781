// The resize form in the webview: waits for the host's init, keeps the draft in the webview's
// state (it survives hiding the panel), re-renders on every change, and sends only on Send. How the
// state moves is in formUpdates.ts, what the live region says in announce.ts.
import { parseHostMessage } from '../../src/shared/resizeFormGuards';
import { assertNever, type FormToHost, type HostToForm } from '../../src/shared/resizeForm';
import { bundleTranslate, type Translate } from '../../src/core/translate';
import { registerComponents } from '../lib/components';
import { hostChannel } from '../lib/hostChannel';
import { announcement, spokenOf, type Spoken } from './announce';
import { formView, type FormState } from './formModel';
import { edited, isSaved, received, savedOf, started, type Saved } from './formUpdates';
import { render } from './render';
import { buildForm, wire, type Actions, type FormElements } from './view';

const scriptStarted = performance.now();
registerComponents();
const channel = hostChannel<FormToHost, HostToForm, Saved>(parseHostMessage, isSaved);
const root = document.getElementById('app') as HTMLElement;
let state: FormState | undefined;
let t: Translate = bundleTranslate(undefined);
let form: FormElements | undefined;
let spoken: Spoken | undefined;
/** Send was clicked in this send state (JSON): focus goes to the outcome once the state moves on. */
let focusAfter: string | undefined;
let readyAt = 0;

const actions: Actions = {
  change: (patch) => update(state && edited(state, patch)),
  send: () => {
    if (state) {
      focusAfter = JSON.stringify(state.sendState);
      channel.post({ type: 'send', draft: state.draft });
    }
  },
  copy: () => state && channel.post({ type: 'copyBody', draft: state.draft }),
  openAsRequestFile: () => state && channel.post({ type: 'openAsRequestFile', draft: state.draft }),
};

/** Renders a state; `first`: a fresh init, on which the live region says nothing. */
function update(next: FormState | undefined, first = false): void {
  if (!next) {
    return;
  }
  state = next;
  channel.save(savedOf(next));
  if (!form) {
    form = buildForm(root, next.labels);
    wire(form, actions);
  }
  const view = formView(next, t);
  render(form, view, next, actions);
  const focused =
    focusAfter !== undefined && focusAfter !== JSON.stringify(next.sendState) && view.outcome.lines.length > 0;
  if (focused) {
    focusAfter = undefined;
    form.outcome.focus();
  }
  const now = spokenOf(view, next);
  const text = announcement(first ? undefined : spoken, now, focused);
  spoken = now;
  if (text) {
    form.live.textContent = text;
  }
  root.setAttribute('aria-busy', 'false');
}

function receive(m: HostToForm): void {
  switch (m.type) {
    case 'init': {
      const init = performance.now();
      t = bundleTranslate(m.bundle);
      update(started(m, channel.saved()), true);
      // After the toolkit's elements have rendered their shadow DOM.
      requestAnimationFrame(() => {
        const bundle = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/resize.js'));
        const fetch = bundle?.startTime ?? scriptStarted;
        const timings = { fetch, script: scriptStarted, ready: readyAt, init, painted: performance.now() };
        channel.post({ type: 'rendered', timings });
      });
      return;
    }
    case 'notice':
      focusAfter = undefined; // a Send the host turned down says why in the notice; focus stays
      return update(state && received(state, m));
    case 'clusterChanged':
    case 'quota':
    case 'flavors':
    case 'sendState':
      return update(state && received(state, m));
    default:
      return assertNever(m);
  }
}

channel.listen(receive);
readyAt = performance.now();
channel.post({ type: 'ready' });
