// One HTTP exchange under a timeout and the caller's AbortSignal, and the classification of its
// failure: cancel, timeout, network, or, for a request that must not be resent, "outcome unknown".
import { CancelledError } from '../errors';
import { BodyTooLarge, readBody } from './bodyLimits';
import { CancelledAfterSendError, MrsApiError, NOT_MRS_CODES, outcomeUnknown } from './errors';
import type { FetchHeadersLike, FetchLike, HttpMethod } from './http';

/** Failures where the request provably never reached the server (DNS, refused, TLS). */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Certificates this computer does not trust: self-signed, expired, for another name. */
const CERTIFICATE_CODES: ReadonlySet<string> = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The catalog code of a TLS failure: no HTTPS at that address (EPROTO: "wrong version number"), or a certificate. */
function tlsCode(reason: string): string | undefined {
  if (CERTIFICATE_CODES.has(reason)) {
    return NOT_MRS_CODES.tlsCertificate;
  }
  return reason === 'EPROTO' || reason.startsWith('ERR_SSL_') ? NOT_MRS_CODES.tlsNotHttps : undefined;
}

interface AttemptInput {
  readonly fetch: FetchLike;
  readonly method: HttpMethod;
  readonly url: URL;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array<ArrayBuffer> | undefined;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  /** The request must not be resent: timeouts and resets become 'outcomeUnknown'. */
  readonly once: boolean;
  /** Decoded bytes of the answer that are read at most (bodyLimits.ts). */
  readonly maxBodyBytes: number;
}

/** A complete answer of any status, as the parse functions of the transport get it. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: FetchHeadersLike;
  readonly text: string;
  readonly requestId: string | undefined;
}

interface FailureContext {
  readonly input: AttemptInput;
  readonly timedOut: boolean;
}

/** A short, secret-free reason: the system error code or the error name, never its message. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) {
    return code;
  }
  return error instanceof Error ? error.name : 'unknown error';
}

function classify(error: unknown, ctx: FailureContext): Error {
  const { input, timedOut } = ctx;
  if (!timedOut && input.signal?.aborted) {
    return input.once ? new CancelledAfterSendError() : new CancelledError();
  }
  const code = timedOut ? undefined : tlsCode(reasonOf(error));
  const where = { method: input.method, path: input.url.pathname, host: input.url.host, code };
  const reason = timedOut ? `timed out after ${input.timeoutMs} ms` : `network error (${reasonOf(error)})`;
  const base = `${input.method} ${input.url.pathname} ${reason}`;
  if (input.once && (timedOut || !NOT_SENT_CODES.has(reasonOf(error)))) {
    return outcomeUnknown(base, where);
  }
  // A TLS failure is the endpoint's, not the network's: trying again would fail the same way.
  return new MrsApiError(base, { ...where, kind: timedOut ? 'timeout' : code ? 'configuration' : 'network' });
}

/**
 * An answer past the cap: its own error (not "network", never retried); for a once-only request the
 * answer could not be read, so it may have been accepted.
 */
function tooLarge(input: AttemptInput, status: number, requestId: string | null, e: BodyTooLarge): MrsApiError {
  const where = {
    method: input.method,
    path: input.url.pathname,
    host: input.url.host,
    status,
    requestId: requestId || undefined,
    code: NOT_MRS_CODES.bodyTooLarge,
  };
  const reason = `${input.method} ${input.url.pathname} → ${status}: ${e.message}`;
  return input.once ? outcomeUnknown(reason, where) : new MrsApiError(reason, { ...where, kind: 'invalidResponse' });
}

/**
 * Sends once and reads the whole body, up to the cap of the call.
 * @throws CancelledError (CancelledAfterSendError for a once-only request) when the signal aborts;
 *   MrsApiError 'timeout' | 'network' | 'outcomeUnknown' when no complete answer arrives;
 *   'invalidResponse' (or 'outcomeUnknown' once-only) CLIENT.BODY_TOO_LARGE for an answer past the cap.
 */
export async function performAttempt(input: AttemptInput): Promise<ApiResponse> {
  if (input.signal?.aborted) {
    throw new CancelledError();
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, input.timeoutMs);
  const onAbort = (): void => controller.abort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const init = { method: input.method, headers: input.headers, body: input.body, signal: controller.signal };
    const res = await input.fetch(input.url.href, { ...init, redirect: 'manual' });
    const requestId = res.headers.get('x-request-id');
    const text = await readBody(res, input.maxBodyBytes, () => controller.abort()).catch((e: unknown) => {
      throw e instanceof BodyTooLarge ? tooLarge(input, res.status, requestId, e) : e;
    });
    return { status: res.status, headers: res.headers, text, requestId: requestId || undefined };
  } catch (error) {
    throw error instanceof MrsApiError ? error : classify(error, { input, timedOut });
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onAbort);
  }
}
