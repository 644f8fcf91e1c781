// Fake clock, instant sleep and a recording logger for the client tests.
import type { Sleep } from '../../../src/core/api/http';
import { CancelledError } from '../../../src/core/errors';
import type { Logger } from '../../../src/core/log';

export const T0 = Date.UTC(2024, 0, 1, 0, 0, 0);

export class FakeClock {
  constructor(public nowMs = T0) {}
  readonly clock = (): number => this.nowMs;
  advance(ms: number): void {
    this.nowMs += ms;
  }
}

/** Resolves at once, records the delays, and moves the fake clock forward by them. */
export class FakeSleep {
  readonly delays: number[] = [];
  constructor(private readonly clock?: FakeClock) {}
  readonly sleep: Sleep = (ms, signal) => {
    if (signal?.aborted) {
      return Promise.reject(new CancelledError());
    }
    this.delays.push(ms);
    this.clock?.advance(ms);
    return Promise.resolve();
  };
}

interface LogRecord {
  readonly level: keyof Logger;
  readonly message: string;
  readonly args: readonly unknown[];
}

export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  trace = (message: string, ...args: unknown[]): void => this.add('trace', message, args);
  debug = (message: string, ...args: unknown[]): void => this.add('debug', message, args);
  info = (message: string, ...args: unknown[]): void => this.add('info', message, args);
  warn = (message: string, ...args: unknown[]): void => this.add('warn', message, args);
  error = (message: string | Error, ...args: unknown[]): void =>
    this.add('error', message instanceof Error ? `${message.message}\n${message.stack ?? ''}` : message, args);

  /** Every line with its arguments, as text. */
  text(): string {
    return this.records.map((r) => `${r.level} ${r.message} ${r.args.map((a) => stringify(a)).join(' ')}`).join('\n');
  }

  private add(level: keyof Logger, message: string, args: unknown[]): void {
    this.records.push({ level, message, args });
  }
}

function stringify(value: unknown): string {
  if (value instanceof Error) {
    return `${value.message} ${value.stack ?? ''}`;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
