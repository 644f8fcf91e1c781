// SDK-HMAC-SHA256 request signing (docs/mrs-api.md §2.2.1), checked against the published vectors V1–V8.
// Gotchas: the canonical URI always ends in '/', the query is percent-encoded and sorted (repeated
// names by value), and the body hashed must be the exact bytes sent.
import { createHash, createHmac } from 'node:crypto';

const SIGN_ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export interface SignableRequest {
  readonly method: string;
  readonly url: URL | string;
  /** Must contain X-Sdk-Date. Host is taken from the URL when absent. */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact bytes (or UTF-8 text) that will be sent; undefined = empty body. */
  readonly body?: string | Uint8Array;
}

export interface SigningKey {
  readonly accessKey: string;
  readonly secretKey: string;
}

export interface SignOptions {
  /**
   * Header names to sign. Default: every header of the request (names with '_' excepted, as the
   * gateway drops them) plus host and x-sdk-date.
   */
  readonly signedHeaders?: readonly string[];
}

interface SignResult {
  /** The Authorization header value: a secret-bearing value, never logged. */
  readonly authorization: string;
  readonly signature: string;
  /** e.g. `content-type;host;x-sdk-date`. */
  readonly signedHeaders: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

/** Percent-encodes everything except A–Z a–z 0–9 - _ . ~ (upper-case hex, UTF-8). */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Each path segment encoded, and a '/' appended when missing (`''` → `/`). */
export function canonicalUri(pathname: string): string {
  const encoded = pathname
    .split('/')
    .map((s) => percentEncode(decodeSegment(s)))
    .join('/');
  const withSlash = encoded.endsWith('/') ? encoded : `${encoded}/`;
  return withSlash.startsWith('/') ? withSlash : `/${withSlash}`;
}

/** `name=value` pairs encoded, sorted by name then value (byte order), joined with '&'. */
export function canonicalQuery(params: Iterable<readonly [string, string]>): string {
  const pairs = [...params].map(([k, v]) => [percentEncode(k), percentEncode(v)] as const);
  pairs.sort(([ka, va], [kb, vb]) => compare(ka, kb) || compare(va, vb));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `YYYYMMDDTHHMMSSZ` in UTC, the X-Sdk-Date format. */
export function formatSdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function lowerCaseHeaders(headers: Readonly<Record<string, string>>, url: URL): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    map.set(name.toLowerCase(), value);
  }
  if (!map.has('host')) {
    map.set('host', url.host);
  }
  return map;
}

function headersToSign(headers: Map<string, string>, options: SignOptions): string[] {
  const names =
    options.signedHeaders?.map((n) => n.toLowerCase()) ??
    [...headers.keys()].filter((n) => !n.includes('_') && n !== 'authorization');
  return [...new Set([...names, 'x-sdk-date'])].sort(compare);
}

/**
 * Signs a request with SDK-HMAC-SHA256.
 * @throws Error when the request has no X-Sdk-Date header (a programming error, not an API error).
 */
export function signRequest(req: SignableRequest, key: SigningKey, options: SignOptions = {}): SignResult {
  const url = typeof req.url === 'string' ? new URL(req.url) : req.url;
  const headers = lowerCaseHeaders(req.headers, url);
  const sdkDate = headers.get('x-sdk-date');
  if (sdkDate === undefined) {
    throw new Error('X-Sdk-Date header is required for signing');
  }
  const names = headersToSign(headers, options);
  const unsigned = headers.get('x-sdk-content-sha256') === UNSIGNED_PAYLOAD;
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery(url.searchParams),
    names.map((n) => `${n}:${(headers.get(n) ?? '').trim()}\n`).join(''),
    names.join(';'),
    unsigned ? UNSIGNED_PAYLOAD : sha256Hex(req.body ?? ''),
  ].join('\n');
  const stringToSign = `${SIGN_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac('sha256', key.secretKey).update(stringToSign).digest('hex');
  const signedHeaders = names.join(';');
  const authorization = `${SIGN_ALGORITHM} Access=${key.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, signedHeaders, canonicalRequest, stringToSign };
}
