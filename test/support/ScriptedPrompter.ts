// A Prompter that plays a script, for unit tests and for integration tests in the extension host.
// Inputs go through the step's own validation: a rejected value fails the test unless the script
// says it expects the rejection (then the next answer is tried on the same prompt).
import { CancelledError } from '../../src/core/errors';
import { BACK, type Back, type InputOptions, type PickOptions, type Prompter } from '../../src/core/prompts/Prompter';

export type Answer =
  | { readonly pick: string } // the label of the item (exact, or its start)
  | { readonly input: string }
  | { readonly rejected: string } // an input the step must refuse
  | typeof BACK
  | 'cancel';

export interface Asked {
  readonly kind: 'pick' | 'input';
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
  readonly text: string | undefined;
  readonly labels: readonly string[];
  readonly details: readonly (string | undefined)[];
  readonly validation: string[];
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];

  constructor(private readonly answers: Answer[]) {}

  get remaining(): number {
    return this.answers.length;
  }

  private next(where: string): Exclude<Answer, 'cancel'> {
    const a = this.answers.shift();
    if (a === undefined) throw new Error(`script ran out of answers at: ${where}`);
    if (a === 'cancel') throw new CancelledError();
    return a;
  }

  pick<T>(o: PickOptions<T>): Promise<T | Back> {
    const labels = o.items.map((i) => i.label);
    this.asked.push({ kind: 'pick', title: o.title, step: o.step, totalSteps: o.totalSteps, text: o.placeholder, labels, details: o.items.map((i) => i.detail), validation: [] });
    const a = this.next(`pick "${o.placeholder ?? o.title}"`);
    if (a === BACK) return Promise.resolve(BACK);
    if (!('pick' in a)) throw new Error(`expected a pick answer at "${o.placeholder ?? o.title}", script has ${JSON.stringify(a)}`);
    const item = o.items.find((i) => i.label === a.pick) ?? o.items.find((i) => i.label.startsWith(a.pick));
    if (!item) throw new Error(`no item "${a.pick}" in [${labels.join(', ')}]`);
    if (item.disabled) throw new Error(`item "${item.label}" is disabled`);
    return Promise.resolve(item.value);
  }

  input(o: InputOptions): Promise<string | Back> {
    const asked: Asked = { kind: 'input', title: o.title, step: o.step, totalSteps: o.totalSteps, text: o.prompt, labels: [], details: [], validation: [] };
    this.asked.push(asked);
    for (;;) {
      const a = this.next(`input "${o.prompt ?? o.title}"`);
      if (a === BACK) return Promise.resolve(BACK);
      if ('pick' in a) throw new Error(`expected an input at "${o.prompt ?? o.title}", script has a pick of "${a.pick}"`);
      const value = 'input' in a ? a.input : a.rejected;
      const message = o.validate?.(value);
      if (message) asked.validation.push(message);
      if ('rejected' in a) {
        if (!message) throw new Error(`"${value}" was accepted at "${o.prompt ?? o.title}" but should be refused`);
        continue;
      }
      if (message) throw new Error(`"${value}" refused at "${o.prompt ?? o.title}": ${message}`);
      return Promise.resolve(value);
    }
  }
}
