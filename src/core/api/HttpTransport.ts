// The HTTP pipeline every MRS and IAM call goes through: authorize, send under a timeout, read the
// answer up to the call's size cap, log (method, path, status, duration, request id; never a header
// value or a body), scrub secrets from everything taken from an answer (redact.ts), turn errors into
// MrsApiError, retry what is safe to retry, and repeat once after a 401 when the credentials can be
// refreshed. A once-only request (the resize PUT) is never resent otherwise.
import { SECRET_HEADERS } from '../auth/AuthProvider';
import { silentLogger, type Logger } from '../log';
import { performAttempt, type ApiResponse } from './attempt';
import type { AnswerParser, ApiLanguage, ApiRequest, TransportOptions } from './transportTypes';
import { BODY_CAPS, ERROR_TEXT_LIMIT } from './bodyLimits';
import { errorFromResponse, foreignAnswerCode, isMrsErrorCode, redirectTarget } from './errorBody';
import { MrsApiError, outcomeUnknown } from './errors';
import { defaultFetch, realSleep, systemClock, type Clock, type FetchLike, type Sleep } from './http';
import { snippetOf } from './read';
import { makeRedactor, redactError, redactStrings, type Redactor } from './redact';
import { DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES, backoffDelay, parseRetryAfter, type RetryPolicy } from './retry';

export type { AnswerParser, ApiLanguage, ApiRequest, TransportOptions } from './transportTypes';

const DEFAULT_TIMEOUT_MS = 30_000;
const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

interface SendState {
  tries: number;
  refreshed: boolean;
}

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
    const answered = errorFromResponse({
      status: res.status,
      requestId: res.requestId ?? null,
      text: redact(res.text.slice(0, ERROR_TEXT_LIMIT)),
      method: req.method,
      path: req.url.pathname,
      retryAfterMs,
      contentType: res.headers.get('content-type'),
      host: req.url.host,
      redirectTo: redirectTarget(res.headers.get('location'), req.url),
    });
    // The request id of the header and the redirect target are the server's text too.
    const error = redactError(answered, redact);
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
      // Every value taken from the answer may be shown, logged or written to the journal: the request
      // id, and every string of what the answer was read into, are scrubbed. (Not the text before it is
      // parsed: a secret that happens to be a word of the JSON, a key, would break the reading.)
      const requestId = res.requestId === undefined ? undefined : redact(res.requestId);
      return redactStrings(parse({ ...res, requestId }, redact), redact);
    } catch (error) {
      if (!(error instanceof MrsApiError)) {
        throw error;
      }
      const snippet = snippetOf(redact(res.text.slice(0, ERROR_TEXT_LIMIT)));
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
