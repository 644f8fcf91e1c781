// A Prompter that plays a script, for unit tests and for integration tests in the extension host.
// Inputs go through the step's own validation: a rejected value fails the test unless the script
// says it expects the rejection (then the next answer is tried on the same prompt).
import { CancelledError } from '../../src/core/errors';
import {
  BACK,
  type Back,
  type InputOptions,
  type PickItem,
  type PickManyOptions,
  type PickOptions,
  type Prompter,
} from '../../src/core/prompts/Prompter';

export type Answer =
  | { readonly pick: string } // the label of the item (exact, or its start)
  | { readonly pickMany: readonly string[] } // labels of the checked items
  | { readonly input: string }
  | { readonly rejected: string } // an input the step must refuse
  | typeof BACK
  | 'cancel';

interface Asked {
  readonly kind: 'pick' | 'pickMany' | 'input';
  readonly title: string;
  readonly step: number;
  /** Undefined while the flow does not know its length yet (shown as "2", not "2/6"). */
  readonly totalSteps: number | undefined;
  /** The placeholder of a pick, the prompt of an input. */
  readonly text: string | undefined;
  /** The placeholder of an input. */
  readonly placeholder?: string;
  /** The value an input opens with (prefilled, or the previous answer). */
  readonly value?: string;
  readonly labels: readonly string[];
  readonly descriptions: readonly (string | undefined)[];
  readonly details: readonly (string | undefined)[];
  /** Labels of the items that cannot be picked (disabled, notes, separators). */
  readonly unselectable: readonly string[];
  /** The label of the item that has the focus when the pick opens. */
  readonly activeLabel?: string;
  readonly validation: string[];
  /** Non-blocking hints shown for accepted values. */
  readonly hints?: string[];
}

function isSelectable<T>(item: PickItem<T>): boolean {
  return !item.disabled && item.kind === undefined;
}

/** What a pick shows: labels, descriptions, details, which items cannot be picked, the focus. */
function shown<T>(items: readonly PickItem<T>[], active?: T) {
  const selectable = items.filter(isSelectable);
  return {
    labels: items.map((i) => i.label),
    descriptions: items.map((i) => i.description),
    details: items.map((i) => i.detail),
    unselectable: items.filter((i) => !isSelectable(i)).map((i) => i.label),
    activeLabel: (selectable.find((i) => active !== undefined && i.value === active) ?? selectable[0])?.label,
  };
}

function findItem<T>(items: readonly PickItem<T>[], label: string): PickItem<T> {
  const item = items.find((i) => i.label === label) ?? items.find((i) => i.label.startsWith(label));
  if (!item) {
    throw new Error(`no item "${label}" in [${items.map((i) => i.label).join(', ')}]`);
  }
  if (!isSelectable(item)) {
    throw new Error(`item "${item.label}" is disabled`);
  }
  return item;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];

  constructor(private readonly answers: Answer[]) {}

  get remaining(): number {
    return this.answers.length;
  }

  private next(where: string): Exclude<Answer, 'cancel'> {
    const a = this.answers.shift();
    if (a === undefined) {
      throw new Error(`script ran out of answers at: ${where}`);
    }
    if (a === 'cancel') {
      throw new CancelledError();
    }
    return a;
  }

  pick<T>(o: PickOptions<T>): Promise<T | Back> {
    this.asked.push({
      kind: 'pick',
      title: o.title,
      step: o.step,
      totalSteps: o.totalSteps,
      text: o.placeholder,
      ...shown(o.items, o.active),
      validation: [],
    });
    const a = this.next(`pick "${o.placeholder ?? o.title}"`);
    if (a === BACK) {
      return Promise.resolve(BACK);
    }
    if (!('pick' in a)) {
      throw new Error(`expected a pick answer at "${o.placeholder ?? o.title}", script has ${JSON.stringify(a)}`);
    }
    return Promise.resolve(findItem(o.items, a.pick).value);
  }

  pickMany<T>(o: PickManyOptions<T>): Promise<T[] | Back> {
    const asked: Asked = {
      kind: 'pickMany',
      title: o.title,
      step: o.step,
      totalSteps: o.totalSteps,
      text: o.placeholder,
      ...shown(o.items.filter(isSelectable)),
      validation: [],
    };
    this.asked.push(asked);
    const a = this.next(`pickMany "${o.placeholder ?? o.title}"`);
    if (a === BACK) {
      return Promise.resolve(BACK);
    }
    if (!('pickMany' in a)) {
      throw new Error(`expected a pickMany answer at "${o.placeholder ?? o.title}", script has ${JSON.stringify(a)}`);
    }
    const values = a.pickMany.map((label) => findItem(o.items, label).value);
    const message = o.validate?.(values);
    if (message) {
      throw new Error(`selection [${a.pickMany.join(', ')}] refused: ${message}`);
    }
    return Promise.resolve(values);
  }

  input(o: InputOptions): Promise<string | Back> {
    const asked: Asked = {
      kind: 'input',
      title: o.title,
      step: o.step,
      totalSteps: o.totalSteps,
      text: o.prompt,
      placeholder: o.placeholder,
      value: o.value,
      labels: [],
      descriptions: [],
      details: [],
      unselectable: [],
      validation: [],
      hints: [],
    };
    this.asked.push(asked);
    for (;;) {
      const a = this.next(`input "${o.prompt ?? o.title}"`);
      if (a === BACK) {
        return Promise.resolve(BACK);
      }
      if ('pick' in a || 'pickMany' in a) {
        throw new Error(`expected an input at "${o.prompt ?? o.title}", script has ${JSON.stringify(a)}`);
      }
      const value = 'input' in a ? a.input : a.rejected;
      const result = o.validate?.(value);
      if (typeof result === 'object') {
        (asked.hints as string[]).push(result.hint);
      }
      const message = typeof result === 'string' ? result : undefined;
      if (message) {
        asked.validation.push(message);
      }
      if ('rejected' in a) {
        if (!message) {
          throw new Error(`"${value}" was accepted at "${o.prompt ?? o.title}" but should be refused`);
        }
        continue;
      }
      if (message) {
        throw new Error(`"${value}" refused at "${o.prompt ?? o.title}": ${message}`);
      }
      return Promise.resolve(value);
    }
  }
}
