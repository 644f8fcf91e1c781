// A UserInterface that records what the user would be shown and answers modal confirmations
// from a queue (an unscripted confirmation is declined, as Escape would).
import type { UserInterface } from '../../src/vscode/ui';

interface Shown {
  readonly kind: 'error' | 'warning' | 'info' | 'alert' | 'confirm';
  readonly message: string;
  readonly detail?: string;
  readonly actions: readonly string[];
}

export class RecordingUi implements UserInterface {
  readonly shown: Shown[] = [];

  constructor(private readonly confirmations: boolean[] = []) {}

  answerNext(...answers: boolean[]): void {
    this.confirmations.push(...answers);
  }

  private record(kind: Shown['kind'], message: string, actions: string[]): Thenable<string | undefined> {
    this.shown.push({ kind, message, actions });
    return Promise.resolve(undefined);
  }

  error(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('error', message, actions);
  }

  warning(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('warning', message, actions);
  }

  info(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('info', message, actions);
  }

  alert(message: string, detail: string, ...actions: string[]): Thenable<string | undefined> {
    this.shown.push({ kind: 'alert', message, detail, actions });
    return Promise.resolve(undefined);
  }

  confirm(message: string, detail: string, action: string): Thenable<boolean> {
    this.shown.push({ kind: 'confirm', message, detail, actions: [action] });
    return Promise.resolve(this.confirmations.shift() ?? false);
  }

  last(kind: Shown['kind']): Shown | undefined {
    return [...this.shown].reverse().find((s) => s.kind === kind);
  }
}
