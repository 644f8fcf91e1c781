// The CLI's confirmation policy for the one resize lifecycle: a scale-out goes without a question
// (the plan was printed); every scale-in asks on the terminal, or needs --yes; without a terminal
// and without --yes a scale-in is refused (nothing is sent).
import readline from 'node:readline';
import type { ConfirmPolicy } from '../core/operations/ResizeLifecycle';
import type { Translate } from '../core/translate';
import type { Output } from './output';

export type Ask = (question: string) => Promise<string>;

export interface ConfirmOptions {
  readonly yes: boolean;
  /** stdin is a terminal. */
  readonly interactive: boolean;
  readonly ask: Ask;
  readonly out: Output;
  readonly t: Translate;
}

export interface CliConfirmation {
  readonly policy: ConfirmPolicy;
  /** Why the policy said no: 'declined' at the prompt, or 'noTerminal'. */
  readonly refusal: () => 'declined' | 'noTerminal' | undefined;
}

const YES = /^(y|yes|是|确认)$/i;

export function cliConfirmation(o: ConfirmOptions): CliConfirmation {
  let refusal: 'declined' | 'noTerminal' | undefined;
  const policy: ConfirmPolicy = async (c) => {
    if (!c.modal) {
      return true;
    }
    if (o.yes) {
      o.out.note(o.t('Confirmed with --yes: {0}', c.title));
      return true;
    }
    if (!o.interactive) {
      refusal = 'noTerminal';
      return false;
    }
    o.out.note(c.title, 'bold');
    o.out.note(c.detail);
    // Modal: every scale-in, and master nodes added (for good: MRS never removes them).
    const question =
      c.target?.scaleType === 'scale_out'
        ? o.t('Type "yes" to add master nodes, anything else cancels: ')
        : o.t('Type "yes" to scale in, anything else cancels: ');
    const answer = await o.ask(question);
    refusal = YES.test(answer.trim()) ? undefined : 'declined';
    return refusal === undefined;
  };
  return { policy, refusal: () => refusal };
}

/** One question on the terminal (stderr, so that stdout stays the result); Ctrl+C or EOF answers no. */
export function askOnTerminal(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Ask {
  return (question) =>
    new Promise((resolve) => {
      const rl = readline.createInterface({ input, output, terminal: true });
      let answered = false;
      const finish = (answer: string): void => {
        if (!answered) {
          answered = true;
          rl.close();
          resolve(answer);
        }
      };
      rl.on('SIGINT', () => finish(''));
      rl.on('close', () => finish(''));
      rl.question(question, finish);
    });
}
