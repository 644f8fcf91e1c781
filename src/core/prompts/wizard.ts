// Runs a list of steps with Back: each step asks one thing and writes it into the state.
import { BACK, type Back, type Prompter } from './Prompter';

export interface StepPosition {
  readonly step: number;
  /** Steps of the path as far as known: the steps that apply, plus those not decided yet. */
  readonly totalSteps: number;
  /** False while a later answer may still add or drop steps: then no total is shown. */
  readonly totalKnown: boolean;
}

export interface WizardStep<S> {
  /**
   * Leave the step out for this state (e.g. SK when the method is a token); undefined while an
   * answer still to come decides it (e.g. the options of a scale-out before the direction is chosen).
   */
  readonly skip?: (state: S) => boolean | undefined;
  /** Asks and updates `state`; returns BACK to go to the previous step. */
  readonly run: (state: S, prompter: Prompter, position: StepPosition) => Promise<void | Back>;
}

/** The step number and the total to show: no total while it may still change, so "1/5" never turns into "4/6". */
export function shownPosition(position: StepPosition): { step: number; totalSteps: number | undefined } {
  return { step: position.step, totalSteps: position.totalKnown ? position.totalSteps : undefined };
}

/**
 * Runs the steps in order; Back returns to the previous step that applies, Back on the first step
 * is ignored. The path is recomputed at each step because answers can add or drop steps; the steps
 * before the current one are always decided (their answers were given).
 * @throws CancelledError when the prompter is cancelled (nothing is saved by the wizard itself).
 */
export async function runWizard<S>(steps: readonly WizardStep<S>[], state: S, prompter: Prompter): Promise<S> {
  let index = 0;
  for (;;) {
    const skips = steps.map((s) => (s.skip ? s.skip(state) : false));
    const active = steps.filter((_, i) => skips[i] !== true);
    if (index >= active.length) {
      return state;
    }
    const position = { step: index + 1, totalSteps: active.length, totalKnown: !skips.includes(undefined) };
    const result = await active[index].run(state, prompter, position);
    index = result === BACK ? Math.max(0, index - 1) : index + 1;
  }
}
