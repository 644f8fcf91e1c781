// Error answers → MrsApiError. Three body shapes (docs/mrs-api.md §5.1): MRS {error_code,error_msg},
// gateway {error_code:"APIGW.xxxx",error_msg,request_id} and IAM {"error":{code,message,title}}.
// Like the Go SDK: try error_code/error_msg, then code/message, then look one level deeper.
import { MrsApiError, NOT_MRS_CODES, type MrsErrorKind } from './errors';
import { Fields, isRecord, snippetOf, toStr } from './read';

interface ErrorBody {
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly requestId: string | undefined;
  readonly title: string | undefined;
}

const MAX_DEPTH = 3;

function readShape(f: Fields): ErrorBody | undefined {
  const code = f.str('error_code') ?? f.str('errorCode');
  const message = f.str('error_msg') ?? f.str('errorMsg');
  if (code !== undefined || message !== undefined) {
    return { code, message, requestId: f.str('request_id'), title: undefined };
  }
  const plainCode = f.str('code');
  const plainMessage = f.str('message');
  if (plainMessage !== undefined) {
    return { code: plainCode, message: plainMessage, requestId: f.str('request_id'), title: f.str('title') };
  }
  return undefined;
}

function findShape(value: unknown, depth: number): ErrorBody | undefined {
  if (!isRecord(value) || depth > MAX_DEPTH) {
    return undefined;
  }
  const direct = readShape(new Fields(value));
  if (direct) {
    return direct;
  }
  for (const nested of Object.values(value)) {
    const found = findShape(nested, depth + 1);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** Reads any of the three error shapes; undefined for bodies that are not JSON or have none of them. */
export function parseErrorBody(text: string): ErrorBody | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  return findShape(json, 0);
}

/**
 * MRS's own codes (docs/mrs-api.md §5.2): eight or nine digits (`12000014`, `130000002`) or `MRS.nnn`.
 * Not the gateway's (`APIGW.0201`), nor IAM's numbers (`500`), nor the client's (`CLIENT.…`).
 */
export function isMrsErrorCode(code: string | undefined): boolean {
  return code !== undefined && /^(\d{8,9}|MRS\.\d{3})$/i.test(code.trim());
}

/** Codes whose meaning is sharper than their HTTP status. */
const CODE_KINDS: Readonly<Record<string, MrsErrorKind>> = {
  '12000001': 'unauthorized',
  'MRS.102': 'unauthorized',
  '130000002': 'unauthorized',
  'APIG.0307': 'unauthorized',
  'APIGW.0307': 'unauthorized',
  'APIG.0301': 'unauthorized',
  'APIGW.0301': 'unauthorized',
  'APIG.0308': 'rateLimited',
  'APIGW.0308': 'rateLimited',
  '12000136': 'forbidden',
  '12000003': 'notFound',
  '12000012': 'conflict',
  '12000017': 'conflict',
  '12000018': 'conflict',
  '12000068': 'conflict',
  '12000121': 'conflict',
  '12000125': 'conflict',
  '12000138': 'conflict',
  // "The API does not exist": a wrong endpoint, not a missing cluster.
  'APIG.0101': 'configuration',
  'APIGW.0101': 'configuration',
};

/** The kind for an HTTP error status and an optional error code. */
export function kindFor(status: number, code: string | undefined): MrsErrorKind {
  const byCode = code === undefined ? undefined : CODE_KINDS[code.toUpperCase()];
  if (byCode) {
    return byCode;
  }
  if (status === 401) {
    return 'unauthorized';
  }
  if (status === 403) {
    return 'forbidden';
  }
  if (status === 404) {
    return 'notFound';
  }
  if (status === 409) {
    return 'conflict';
  }
  if (status === 429) {
    return 'rateLimited';
  }
  if (status >= 500) {
    return 'unavailable';
  }
  return status >= 300 && status < 400 ? 'invalidResponse' : 'validation';
}

interface ErrorResponse {
  readonly status: number;
  /** The X-Request-Id header. */
  readonly requestId: string | null;
  readonly text: string;
  readonly method: string;
  readonly path: string;
  readonly retryAfterMs?: number;
  /** The Content-Type header, to tell a web page from an API answer. */
  readonly contentType?: string | null;
  /** Host (and port) of the request. */
  readonly host?: string;
  /** Where a 3xx answer pointed (already resolved, see {@link redirectTarget}). */
  readonly redirectTo?: string;
}

/** True for a web page: an HTML content type, or a body that starts like one. */
function looksLikeHtml(contentType: string | null | undefined, text: string): boolean {
  return /html/i.test(contentType ?? '') || /^\s*<(!doctype html|html|head|body|title)[\s>]/i.test(text);
}

/** Why a 2xx answer could not be read, when it is plainly not MRS: a web page, or JSON of another API. */
export function foreignAnswerCode(contentType: string | null, text: string): string | undefined {
  if (looksLikeHtml(contentType, text)) {
    return NOT_MRS_CODES.htmlPage;
  }
  try {
    JSON.parse(text);
    return NOT_MRS_CODES.notMrsJson;
  } catch {
    // Empty or cut short: the general "not JSON" explanation says it better.
    return undefined;
  }
}

/** A Location header resolved against the request: origin and path only (a query may carry a state). */
export function redirectTarget(location: string | null, base: URL): string | undefined {
  if (!location) {
    return undefined;
  }
  try {
    const url = new URL(location, base);
    return url.origin === 'null' ? undefined : `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

/**
 * Answers that no MRS, IAM or API gateway sends: a redirect, or a web page instead of an error body.
 * A web page with a 404 is a wrong URL, not a deleted cluster; with a 5xx it stays 'unavailable'.
 */
function notMrs(res: ErrorResponse, body: ErrorBody | undefined): { code: string; kind: MrsErrorKind } | undefined {
  if (res.status >= 300 && res.status < 400) {
    return { code: NOT_MRS_CODES.redirect, kind: 'invalidResponse' };
  }
  if (body === undefined && looksLikeHtml(res.contentType, res.text)) {
    return { code: NOT_MRS_CODES.htmlPage, kind: res.status >= 500 ? 'unavailable' : 'invalidResponse' };
  }
  return undefined;
}

/** Builds the typed error of a non-2xx answer (the caller scrubs secrets afterwards). */
export function errorFromResponse(res: ErrorResponse): MrsApiError {
  const body = parseErrorBody(res.text);
  const foreign = notMrs(res, body);
  const code = foreign?.code ?? body?.code;
  const text = body?.message ?? body?.title;
  const message = text === undefined ? `HTTP ${res.status}` : code === undefined ? text : `${code}: ${text}`;
  return new MrsApiError(message, {
    kind: foreign?.kind ?? kindFor(res.status, code),
    status: res.status,
    code,
    requestId: toStr(res.requestId) ?? body?.requestId,
    method: res.method,
    path: res.path,
    host: res.host,
    redirectTo: foreign?.code === NOT_MRS_CODES.redirect ? res.redirectTo : undefined,
    bodySnippet: body ? undefined : snippetOf(res.text),
    retryAfterMs: res.retryAfterMs,
    serverMessage: foreign ? undefined : text?.trim() || undefined,
  });
}
