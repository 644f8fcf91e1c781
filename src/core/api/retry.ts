// Retry policy of idempotent calls: network errors, 429 and 500/502/503/504, at most 3 tries,
// exponential backoff with jitter, Retry-After honoured (seconds or HTTP date).

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

export interface RetryPolicy {
  /** Total tries, the first one included. */
  readonly maxAttempts: number;
  /** Backoff before the 2nd try; doubles each time. */
  readonly baseDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error goes to the caller. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxRetryAfterMs: 60_000 };

/**
 * Milliseconds asked by a Retry-After header: delta-seconds or an HTTP date.
 * @returns undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const v = value?.trim() ?? '';
  if (v === '') {
    return undefined;
  }
  if (/^\d+$/.test(v)) {
    return Number(v) * 1000;
  }
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * Backoff after `failedTries` failures: between half and all of base·2^(failedTries−1).
 * @param random a value in [0, 1).
 */
export function backoffDelay(failedTries: number, baseDelayMs: number, random: number): number {
  const ceiling = baseDelayMs * 2 ** Math.max(0, failedTries - 1);
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
