// The shapes of the HTTP pipeline (HttpTransport.ts): its options, one request, the parser of an answer.
import type { AuthProvider } from '../auth/AuthProvider';
import type { ApiResponse } from './attempt';
import type { Clock, FetchLike, HttpMethod, Sleep } from './http';
import type { Logger } from '../log';
import type { Redactor } from './redact';
import type { RetryPolicy } from './retry';

/** X-Language values: the language of MRS error messages. */
export type ApiLanguage = 'en-us' | 'zh-cn';

export interface TransportOptions {
  /** Default cross-fetch. */
  readonly fetch?: FetchLike;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Used for backoff and Retry-After waits. */
  readonly sleep?: Sleep;
  /** Jitter source in [0, 1). */
  readonly random?: () => number;
  /** Read before every request. Default 'en-us'. */
  readonly language?: () => ApiLanguage;
  /** Per try. Default 30 s. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
}

export interface ApiRequest {
  readonly method: HttpMethod;
  readonly url: URL;
  /** JSON text, serialised once by the caller; its UTF-8 bytes are hashed and sent as they are. */
  readonly body?: string;
  /** Undefined for unauthenticated calls (the IAM token request). */
  readonly auth?: AuthProvider;
  readonly projectId?: string;
  /** Never resend (the resize PUT), except once after a 401 with refreshed credentials. */
  readonly once?: boolean;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Extra secrets of this call (the password in a token request). */
  readonly secrets?: readonly string[];
  /** Decoded bytes of the answer read at most (bodyLimits.ts BODY_CAPS); default BODY_CAPS.default. */
  readonly maxBodyBytes?: number;
}

/**
 * Reads a 2xx answer (its request id already scrubbed); `redact` scrubs anything else taken from the
 * body that may be shown or stored. A thrown MrsApiError becomes the call's error.
 */
export type AnswerParser<T> = (res: ApiResponse, redact: Redactor) => T;
