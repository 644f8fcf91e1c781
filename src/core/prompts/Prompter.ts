// What a multi-step flow asks of the user, without VS Code: the extension implements it with
// QuickPick / InputBox (Back button, live validation); tests script it.
import { CancelledError } from '../errors';

/** Returned when the user presses Back. Escape throws CancelledError instead. */
// Symbol.for: the bundled extension and tests compiled apart must agree on it.
export const BACK = Symbol.for('mrs.prompt.back');
export type Back = typeof BACK;

export interface PickItem<T> {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  readonly value: T;
  /** Shown but not selectable (e.g. a cluster that is not running, with why). */
  readonly disabled?: boolean;
  /**
   * 'note': a line of information (a field of a request body), shown plainly, not selectable;
   * 'separator': a heading above the items that follow (its value is never returned).
   */
  readonly kind?: 'note' | 'separator';
}

export interface StepBase {
  readonly title: string;
  /** 1-based position and count, shown as "2/6"; "2" alone while the count is not known yet. */
  readonly step: number;
  readonly totalSteps?: number | undefined;
}

export interface PickOptions<T> extends StepBase {
  readonly placeholder?: string;
  readonly items: readonly PickItem<T>[];
  /** The item to highlight (the previous answer when going back); else the first selectable one. */
  readonly active?: T;
  readonly matchOnDescription?: boolean;
}

export interface PickManyOptions<T> extends StepBase {
  readonly placeholder?: string;
  readonly items: readonly PickItem<T>[];
  /** Values checked when the step opens (the previous answer when going back). */
  readonly selected?: readonly T[];
  /** Live validation of the selection: a message blocks accepting. */
  readonly validate?: (selected: readonly T[]) => string | undefined;
}

export interface InputOptions extends StepBase {
  readonly prompt?: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly password?: boolean;
  /** Live validation: a message blocks accepting; a hint (e.g. "3 → 5 core nodes") is shown and accepts. */
  readonly validate?: (value: string) => string | InputHint | undefined;
}

/** A non-blocking note shown under an input box. */
interface InputHint {
  readonly hint: string;
}

export interface Prompter {
  /** @throws CancelledError on Escape. */
  pick<T>(options: PickOptions<T>): Promise<T | Back>;
  /** Several items (check boxes); accepting with none checked is allowed unless validate says no. @throws CancelledError on Escape. */
  pickMany<T>(options: PickManyOptions<T>): Promise<T[] | Back>;
  /** @throws CancelledError on Escape. */
  input(options: InputOptions): Promise<string | Back>;
}

/**
 * One question on its own, not a step of a wizard (a command's connection or cluster).
 * @throws CancelledError on Escape.
 */
export async function pickOne<T>(prompter: Prompter, options: Omit<PickOptions<T>, 'step' | 'totalSteps'>): Promise<T> {
  const answer = await prompter.pick({ ...options, step: 1, totalSteps: 1 });
  if (answer === BACK) {
    throw new CancelledError();
  }
  return answer;
}
