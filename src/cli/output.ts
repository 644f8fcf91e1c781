// Where the CLI writes: results on stdout (or one JSON object with --json), progress, notes and
// errors on stderr. Every line goes through the redactor of the connection's secrets, so that a
// secret echoed by a server or a proxy never reaches a terminal or a CI log. Colours only where
// environment.ts allows them.
import type { Redactor } from '../core/api/redact';
import type { Logger } from '../core/log';

export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export type Paint = 'error' | 'warning' | 'ok' | 'bold' | 'dim';

const ANSI: Readonly<Record<Paint, string>> = { error: '31', warning: '33', ok: '32', bold: '1', dim: '2' };

export interface OutputOptions {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Results as one JSON object on stdout; the human lines go to stderr. */
  readonly json: boolean;
  readonly colour: { readonly stdout: boolean; readonly stderr: boolean };
}

export class Output {
  private redact: Redactor = (text) => text;

  constructor(private readonly o: OutputOptions) {}

  get json(): boolean {
    return this.o.json;
  }

  /** Every later line is scrubbed of these secrets. */
  useRedactor(redact: Redactor): void {
    this.redact = redact;
  }

  /** A result line: stdout, or stderr when stdout carries the JSON object. */
  print(text: string, paint?: Paint): void {
    this.write(this.o.json ? 'stderr' : 'stdout', text, paint);
  }

  /** A note, a warning or an error: always stderr. */
  note(text: string, paint?: Paint): void {
    this.write('stderr', text, paint);
  }

  /** The one machine-readable object of --json. */
  printJson(value: unknown): void {
    this.o.stdout.write(`${this.redact(JSON.stringify(value, null, 2))}\n`);
  }

  private write(stream: 'stdout' | 'stderr', text: string, paint: Paint | undefined): void {
    const clean = this.redact(text);
    const coloured = paint && this.o.colour[stream] ? `\u001b[${ANSI[paint]}m${clean}\u001b[0m` : clean;
    this.o[stream].write(`${coloured}\n`);
  }
}

function argText(arg: unknown): string {
  if (arg instanceof Error) {
    return arg.stack ?? arg.message;
  }
  return typeof arg === 'string' ? arg : JSON.stringify(arg);
}

/**
 * --verbose: the core's log lines (the same lines as the extension's "MRS" log) on stderr, with a
 * time and a level as VS Code prints them; without --verbose, nothing.
 */
export function cliLogger(output: Output, verbose: boolean, clock: () => number = Date.now): Logger {
  const line =
    (level: string) =>
    (message: string | Error, ...args: unknown[]): void => {
      if (!verbose) {
        return;
      }
      const time = new Date(clock()).toISOString().replace('T', ' ').replace('Z', '');
      output.note([`${time} [${level}]`, argText(message), ...args.map(argText)].join(' '), 'dim');
    };
  return { trace: line('trace'), debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
