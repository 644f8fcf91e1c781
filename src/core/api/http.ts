// The seams of the HTTP layer: the fetch function (cross-fetch by default, a fake in tests), the
// clock and an abortable sleep (so retry tests take no real time).
import crossFetch from 'cross-fetch';
import { CancelledError } from '../errors';

export interface FetchHeadersLike {
  get(name: string): string | null;
}

export interface FetchResponseLike {
  readonly status: number;
  readonly headers: FetchHeadersLike;
  text(): Promise<string>;
  /**
   * The decoded body as a stream (node-fetch: a Node Readable; Node's fetch: a web stream), read
   * chunk by chunk when it is async-iterable so that a size cap can stop it (bodyLimits.ts).
   */
  readonly body?: unknown;
}

export interface FetchInitLike {
  method: string;
  headers: Record<string, string>;
  /** The exact bytes that were hashed for the signature. */
  body?: Uint8Array<ArrayBuffer>;
  signal: AbortSignal;
  /** Never follow redirects: a replayed PUT or a forwarded token would be worse than an error. */
  redirect: 'manual';
}

/** The subset of fetch the client uses. */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

/** Milliseconds since the epoch. */
export type Clock = () => number;

/** Waits, or rejects with CancelledError when the signal aborts. */
export type Sleep = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

export const defaultFetch: FetchLike = (url, init) => crossFetch(url, init);

export const systemClock: Clock = () => Date.now();

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The methods the client sends. */
export type HttpMethod = 'GET' | 'PUT' | 'POST';
