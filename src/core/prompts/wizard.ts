// Runs a list of steps with Back: each step asks one thing and writes it into the state.
import { BACK, type Back, type Prompter } from './Prompter';

export interface StepPosition {
  readonly step: number;
  readonly totalSteps: number;
}

export interface WizardStep<S> {
  /** Leave the step out for this state (e.g. SK when the method is a token). */
  readonly skip?: (state: S) => boolean;
  /** Asks and updates `state`; returns BACK to go to the previous step. */
  readonly run: (state: S, prompter: Prompter, position: StepPosition) => Promise<void | Back>;
}

function activeSteps<S>(steps: readonly WizardStep<S>[], state: S): WizardStep<S>[] {
  return steps.filter((s) => !s.skip?.(state));
}

/**
 * Runs the steps in order; Back returns to the previous step that applies, Back on the first step
 * is ignored. The total is recomputed at each step because answers can add or drop steps.
 * @throws CancelledError when the prompter is cancelled (nothing is saved by the wizard itself).
 */
export async function runWizard<S>(steps: readonly WizardStep<S>[], state: S, prompter: Prompter): Promise<S> {
  let index = 0;
  for (;;) {
    const active = activeSteps(steps, state);
    if (index >= active.length) {
      return state;
    }
    const result = await active[index].run(state, prompter, { step: index + 1, totalSteps: active.length });
    index = result === BACK ? Math.max(0, index - 1) : index + 1;
  }
}
