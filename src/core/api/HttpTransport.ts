// The HTTP pipeline every MRS and IAM call goes through: authorize, send under a timeout, log
// (method, path, status, duration, request id; never a header value or a body), turn errors into
// MrsApiError with secrets scrubbed, retry what is safe to retry, and repeat once after a 401 when
// the credentials can be refreshed. A once-only request (the resize PUT) is never resent otherwise.
import type { AuthProvider } from '../auth/AuthProvider';
import { SECRET_HEADERS } from '../auth/AuthProvider';
import { silentLogger, type Logger } from '../log';
import { performAttempt, type ApiResponse } from './attempt';
import { BODY_CAPS, ERROR_TEXT_LIMIT } from './bodyLimits';
import { errorFromResponse, foreignAnswerCode, isMrsErrorCode, redirectTarget } from './errorBody';
import { MrsApiError, outcomeUnknown } from './errors';
import { defaultFetch, realSleep, systemClock, type Clock, type FetchLike, type HttpMethod, type Sleep } from './http';
import { snippetOf } from './read';
import { makeRedactor, redactError, type Redactor } from './redact';
import { DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES, backoffDelay, parseRetryAfter, type RetryPolicy } from './retry';

/** X-Language values: the language of MRS error messages. */
export type ApiLanguage = 'en-us' | 'zh-cn';

const DEFAULT_TIMEOUT_MS = 30_000;
const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

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

interface SendState {
  tries: number;
  refreshed: boolean;
}

/**
 * Reads a 2xx answer (its request id already scrubbed); `redact` scrubs anything else taken from the
 * body that may be shown or stored. A thrown MrsApiError becomes the call's error.
 */
export type AnswerParser<T> = (res: ApiResponse, redact: Redactor) => T;

type Step = { readonly done: true; readonly res: ApiResponse; readonly redact: Redactor } | { readonly done: false };

/** Header values that are secrets, plus their long parts (the AK and the signature of Authorization). */
function secretHeaderValues(headers: Readonly<Record<string, string>>): string[] {
  const values = Object.entries(headers)
    .filter(([name]) => SECRET_HEADERS.includes(name.toLowerCase()))
    .map(([, value]) => value);
  return [...values, ...values.flatMap((v) => v.split(/[\s,=]+/).filter((part) => part.length >= 16))];
}

/** The exact bytes sent and signed: the caller's JSON text in UTF-8. */
function bodyBytes(req: ApiRequest): Uint8Array<ArrayBuffer> | undefined {
  return req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
}

function requestLine(req: ApiRequest): string {
  return `${req.method} ${req.url.pathname}`;
}

export class HttpTransport {
  readonly clock: Clock;
  private readonly fetch: FetchLike;
  private readonly logger: Logger;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly language: () => ApiLanguage;
  private readonly timeoutMs: number;
  private readonly policy: RetryPolicy;

  constructor(options: TransportOptions = {}) {
    this.fetch = options.fetch ?? defaultFetch;
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.language = options.language ?? (() => 'en-us');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  /**
   * Sends a request and parses its 2xx answer.
   * @throws MrsApiError for every failure (kinds in errors.ts); 'outcomeUnknown' for a once-only
   *   request that timed out, lost its connection, got a 5xx without an MRS code or an unreadable 2xx.
   * @throws CancelledError when `req.signal` aborts (CancelledAfterSendError once a once-only request left).
   */
  async send<T>(req: ApiRequest, parse: AnswerParser<T>): Promise<T> {
    const body = bodyBytes(req);
    const state: SendState = { tries: 0, refreshed: false };
    for (;;) {
      state.tries += 1;
      const step = await this.step(req, body, state);
      if (step.done) {
        return this.parseAnswer(req, step.res, step.redact, parse);
      }
    }
  }

  /**
   * The headers `send` sends with this request, authentication included: secret values are in it,
   * so it goes only to the sending step and to describeRequest (requestPreview.ts), which drops them.
   * @throws as AuthProvider.authorize.
   */
  async outgoingHeaders(req: ApiRequest, body = bodyBytes(req)): Promise<Record<string, string>> {
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Language': this.language() };
    if (body !== undefined) {
      headers['Content-Type'] = JSON_CONTENT_TYPE;
    }
    await req.auth?.authorize(
      { method: req.method, url: req.url, headers, body },
      { projectId: req.projectId, signal: req.signal },
    );
    return headers;
  }

  private async step(req: ApiRequest, body: Uint8Array<ArrayBuffer> | undefined, state: SendState): Promise<Step> {
    const headers = await this.outgoingHeaders(req, body);
    const redact = makeRedactor([
      ...(req.auth?.secrets() ?? []),
      ...(req.secrets ?? []),
      ...secretHeaderValues(headers),
    ]);
    const started = this.clock();
    let res: ApiResponse;
    try {
      res = await performAttempt({
        fetch: this.fetch,
        method: req.method,
        url: req.url,
        headers,
        body,
        signal: req.signal,
        timeoutMs: req.timeoutMs ?? this.timeoutMs,
        once: req.once === true,
        maxBodyBytes: req.maxBodyBytes ?? BODY_CAPS.default,
      });
    } catch (error) {
      if (!(error instanceof MrsApiError)) {
        throw error;
      }
      return this.afterFailure(req, redactError(error, redact), state, started);
    }
    if (res.status >= 200 && res.status < 300) {
      this.logAnswer(req, res, started, redact);
      return { done: true, res, redact };
    }
    if (res.status === 401 && !state.refreshed && req.auth?.handleUnauthorized(headers) === true) {
      this.logAnswer(req, res, started, redact, 'token dropped, sending once more with a fresh one');
      state.refreshed = true;
      state.tries -= 1;
      return { done: false };
    }
    return this.afterHttpError(req, res, redact, state, started);
  }

  private async afterFailure(req: ApiRequest, error: MrsApiError, state: SendState, started: number): Promise<Step> {
    this.logger.warn(`${error.message} (${this.clock() - started} ms)`);
    if (error.kind !== 'network' || req.once === true || state.tries >= this.policy.maxAttempts) {
      throw error;
    }
    await this.pause(req, backoffDelay(state.tries, this.policy.baseDelayMs, this.random()), state);
    return { done: false };
  }

  private async afterHttpError(
    req: ApiRequest,
    res: ApiResponse,
    redact: Redactor,
    state: SendState,
    started: number,
  ): Promise<Step> {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), this.clock());
    const error = errorFromResponse({
      status: res.status,
      requestId: res.requestId ?? null,
      text: redact(res.text.slice(0, ERROR_TEXT_LIMIT)),
      method: req.method,
      path: req.url.pathname,
      retryAfterMs,
      contentType: res.headers.get('content-type'),
      host: req.url.host,
      redirectTo: redact(redirectTarget(res.headers.get('location'), req.url) ?? '') || undefined,
    });
    const snippet = error.bodySnippet === undefined ? '' : `; body starts: ${error.bodySnippet}`;
    this.logAnswer(req, res, started, redact, `${error.message}${snippet}`);
    if (req.once === true) {
      const answer = state.refreshed ? new MrsApiError(error.message, { ...error, resentAfter401: true }) : error;
      // A 5xx in MRS's own shape and code (a 500 with MRS.300) is MRS saying the request failed; a
      // gateway's or a proxy's 5xx may hide an applied request.
      throw res.status >= 500 && !isMrsErrorCode(error.code) ? outcomeUnknown(error.message, answer) : answer;
    }
    const retryable = RETRYABLE_STATUSES.has(res.status) && state.tries < this.policy.maxAttempts;
    if (!retryable || (retryAfterMs ?? 0) > this.policy.maxRetryAfterMs) {
      throw error;
    }
    await this.pause(req, retryAfterMs ?? backoffDelay(state.tries, this.policy.baseDelayMs, this.random()), state);
    return { done: false };
  }

  private async pause(req: ApiRequest, delayMs: number, state: SendState): Promise<void> {
    this.logger.info(
      `Retrying ${requestLine(req)} in ${delayMs} ms (try ${state.tries + 1} of ${this.policy.maxAttempts})`,
    );
    await this.sleep(delayMs, req.signal);
  }

  private logAnswer(req: ApiRequest, res: ApiResponse, started: number, redact: Redactor, detail?: string): void {
    const id = res.requestId === undefined ? '' : `, request id ${redact(res.requestId)}`;
    const line = `${requestLine(req)} → ${res.status} (${this.clock() - started} ms${id})${detail === undefined ? '' : `: ${detail}`}`;
    if (res.status < 300) {
      this.logger.info(line);
    } else {
      this.logger.warn(line);
    }
  }

  private parseAnswer<T>(req: ApiRequest, res: ApiResponse, redact: Redactor, parse: AnswerParser<T>): T {
    try {
      const requestId = res.requestId === undefined ? undefined : redact(res.requestId);
      return parse({ ...res, requestId }, redact);
    } catch (error) {
      if (!(error instanceof MrsApiError)) {
        throw error;
      }
      const snippet = snippetOf(redact(res.text));
      const init = {
        status: res.status,
        code: error.code ?? foreignAnswerCode(res.headers.get('content-type'), res.text),
        host: req.url.host,
        requestId: res.requestId === undefined ? undefined : redact(res.requestId),
        method: req.method,
        path: req.url.pathname,
        bodySnippet: snippet,
      };
      const failure =
        req.once === true
          ? outcomeUnknown(redact(error.message), init)
          : new MrsApiError(redact(error.message), { ...init, kind: error.kind });
      this.logger.warn(`${requestLine(req)}: ${failure.message}; body starts: ${snippet}`);
      throw failure;
    }
  }
}
