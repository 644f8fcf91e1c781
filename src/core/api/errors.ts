// The one typed error of the API layer. Messages, snippets and reasons are scrubbed of secrets
// before they reach this class (see redact.ts); it never holds a header value.
import { CancelledError } from '../errors';

/**
 * What went wrong, for the caller's decision:
 * - unauthorized (401, expired token, bad signature), forbidden (403, missing permission)
 * - notFound (404, cluster 12000003), conflict (cluster busy / not running / resize in progress)
 * - rateLimited (429), unavailable (5xx on a read), validation (other 4xx, bad parameters)
 * - invalidResponse (a body that is not what MRS sends: HTML, truncated JSON, wrong shape)
 * - network (no connection; for a PUT: the request provably never left), timeout (a read timed out)
 * - outcomeUnknown (the resize PUT may or may not have been applied: re-read the cluster, never resend)
 * - configuration (bad endpoint, unknown region, API path missing on the gateway: APIGW.0101)
 */
export type MrsErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'unavailable'
  | 'validation'
  | 'invalidResponse'
  | 'network'
  | 'timeout'
  | 'outcomeUnknown'
  | 'configuration';

interface MrsApiErrorInit {
  readonly kind: MrsErrorKind;
  /** HTTP status; undefined when no response arrived. */
  readonly status?: number;
  /** `error_code` (MRS `12000017`, gateway `APIGW.0301`, IAM numeric code as text). */
  readonly code?: string;
  /** X-Request-Id header or `request_id` of the body. */
  readonly requestId?: string;
  readonly method?: string;
  /** URL path without query. */
  readonly path?: string;
  /** Host (and port) the request went to, to say which endpoint answered. */
  readonly host?: string;
  /** Where a redirect pointed (origin and path, no query), for a redirect answer. */
  readonly redirectTo?: string;
  /** The first characters of an unexpected body (already scrubbed), for the log. */
  readonly bodySnippet?: string;
  /** Milliseconds asked by Retry-After, when the server sent it. */
  readonly retryAfterMs?: number;
  /** The server's own sentence (`error_msg`; already scrubbed), to show beside the catalog's. */
  readonly serverMessage?: string;
  /**
   * A once-only request (the resize PUT) was answered 401 and sent a second time with a fresh
   * token: this is the answer to the second one, and the first may have been applied.
   */
  readonly resentAfter401?: boolean;
}

/** Every failure of an MRS or IAM call except cancellation (CancelledError). */
export class MrsApiError extends Error {
  readonly kind: MrsErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly host: string | undefined;
  readonly redirectTo: string | undefined;
  readonly bodySnippet: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly serverMessage: string | undefined;
  readonly resentAfter401: boolean;

  constructor(message: string, init: MrsApiErrorInit) {
    super(message);
    this.name = 'MrsApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.host = init.host;
    this.redirectTo = init.redirectTo;
    this.bodySnippet = init.bodySnippet;
    this.retryAfterMs = init.retryAfterMs;
    this.serverMessage = init.serverMessage;
    this.resentAfter401 = init.resentAfter401 === true;
  }
}

/**
 * The caller cancelled while the resize PUT was already on the wire: the resize may still happen.
 * It is a CancelledError (no error UI; its name stays 'CancelledError' for name-based checks), and
 * {@link isOutcomeUnknown} is true for it.
 */
export class CancelledAfterSendError extends CancelledError {
  readonly outcomeUnknown = true;
  constructor() {
    super('Cancelled after the request was sent; its outcome is unknown');
  }
}

/** instanceof, or the same shape from another bundle (the extension and its tests compile separately). */
export function isMrsApiError(e: unknown, kind?: MrsErrorKind): e is MrsApiError {
  const like =
    e instanceof MrsApiError ||
    (e instanceof Error && e.name === 'MrsApiError' && typeof (e as { kind?: unknown }).kind === 'string');
  return like && (kind === undefined || (e as MrsApiError).kind === kind);
}

/** True when a resize may or may not have been applied: re-read the cluster instead of resending. */
export function isOutcomeUnknown(e: unknown): boolean {
  const flagged = e instanceof Error && (e as { outcomeUnknown?: unknown }).outcomeUnknown === true;
  return flagged || isMrsApiError(e, 'outcomeUnknown');
}

/** A once-only request (the resize PUT) that may or may not have been applied: re-read, never resend. */
export function outcomeUnknown(reason: string, init: Omit<MrsApiErrorInit, 'kind'>): MrsApiError {
  return new MrsApiError(`${reason}; the request may have been applied`, { ...init, kind: 'outcomeUnknown' });
}

/** The typed error for a body that is not what MRS/IAM sends. */
export function invalidResponse(
  what: string,
  snippet: string | undefined,
  init: Partial<MrsApiErrorInit> = {},
): MrsApiError {
  return new MrsApiError(`Unexpected response from the server: ${what}`, {
    ...init,
    kind: 'invalidResponse',
    bodySnippet: snippet,
  });
}

/**
 * The client's codes for an endpoint that is not MRS (a wrong URL, a proxy, a sign-in page): the
 * catalog explains them with what was found and the setting to check.
 */
export const NOT_MRS_CODES = {
  htmlPage: 'CLIENT.HTML_PAGE',
  redirect: 'CLIENT.REDIRECT',
  notMrsJson: 'CLIENT.NOT_MRS_JSON',
  tlsNotHttps: 'CLIENT.TLS_NOT_HTTPS',
  tlsCertificate: 'CLIENT.TLS_CERTIFICATE',
  /** An answer past the size cap of its call (bodyLimits.ts): a wrong or hostile server. */
  bodyTooLarge: 'CLIENT.BODY_TOO_LARGE',
} as const;

/** A configuration mistake found before any request (endpoint, region, credentials). */
export function configurationError(message: string, code?: string): MrsApiError {
  return new MrsApiError(message, { kind: 'configuration', code });
}
