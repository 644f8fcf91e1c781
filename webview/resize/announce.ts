// What the form's one live region says: only what is new since the last render. A keystroke that
// changes nothing said says nothing (no "Done" again), a new stage says only the stage, a count below
// zero is never shown (formView), and nothing is said on the first render.
import type { FormState, FormView } from './formModel';
import { problemWord } from './tones';

/** What the form would say of a render, part by part. */
export interface Spoken {
  readonly change?: string;
  readonly outcome: readonly string[];
  /** Every problem shown, each with its word ("Error: …"). */
  readonly problems: readonly string[];
  readonly note?: string;
}

export function spokenOf(view: FormView, state: FormState): Spoken {
  const problems = Object.values(view.problems).flatMap((list) =>
    list.map((d) => `${problemWord(d.severity, state.labels)} ${d.message}`),
  );
  return {
    ...(view.change ? { change: view.change.text } : {}),
    outcome: view.outcome.lines,
    problems: [...new Set(problems)],
    ...(state.note ? { note: state.note } : {}),
  };
}

/** The outcome's new lines: all of them under a new headline, else only those not said before. */
function newOutcome(before: readonly string[], after: readonly string[]): readonly string[] {
  if (after.length === 0) {
    return [];
  }
  return before[0] !== after[0] ? after : after.filter((line) => !before.includes(line));
}

/**
 * The text for the live region after a render, or '' when nothing new is to be said. `outcomeFocused`:
 * focus has just moved to the outcome, which the screen reader reads anyway.
 */
export function announcement(before: Spoken | undefined, after: Spoken, outcomeFocused = false): string {
  if (!before) {
    return '';
  }
  const parts = [
    ...(outcomeFocused ? [] : newOutcome(before.outcome, after.outcome)),
    ...(after.change !== undefined && after.change !== before.change ? [after.change] : []),
    ...after.problems.filter((p) => !before.problems.includes(p)),
    ...(after.note !== undefined && after.note !== before.note ? [after.note] : []),
  ];
  return parts.join(' ');
}
