// The resize form session's dependencies that a unit test of one concern does not look at: a form that
// records what is posted, no tree, a lifecycle that refuses to start, every Send confirmed, an empty
// journal, no-op actions, English. A test spreads what it looks at over them.
import { englishTranslate } from '../../../src/core/translate';
import { FORM_LABEL_KEYS, type FormLabels, type HostToForm } from '../../../src/shared/resizeForm';
import { RenderMarks } from '../../../src/vscode/webviews/firstRender';
import type { FormSessionDeps } from '../../../src/vscode/webviews/formSessionTypes';

/** Each label is its own key. */
export const keyLabels = Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])) as FormLabels;

/** A ready form that keeps what the session posts to it. */
export function recordingForm() {
  const form = { isReady: true, posted: [] as HostToForm[], post: (m: HostToForm) => void form.posted.push(m) };
  return form;
}

export function quietFormDeps(
  deps: Pick<FormSessionDeps, 'form' | 'read'> & Partial<FormSessionDeps>,
): FormSessionDeps {
  return {
    inTree: () => undefined,
    lifecycle: { knownBusy: () => undefined, start: () => Promise.reject(new Error('not here')) },
    confirm: () => Promise.resolve(true),
    history: { get: () => undefined, active: () => [] },
    actions: { copyBody: () => Promise.resolve(undefined), openAsRequestFile: () => Promise.resolve(undefined) },
    words: { labels: keyLabels },
    marks: new RenderMarks(() => 0),
    t: englishTranslate,
    language: 'en',
    log: { warn: () => undefined, error: () => undefined },
    ...deps,
  };
}
