// The gateway side of SDK-HMAC-SHA256 (docs/mrs-api.md §2.2.1), written from the published algorithm:
// it recomputes the signature over exactly the headers named in SignedHeaders.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ALGORITHM = 'SDK-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** Request parts as received: the raw (possibly percent-encoded) path and query string. */
export interface SignableRequest {
  method: string;
  path: string;
  query: string;
  /** Header names in lower case, as Node delivers them. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | string;
}

/** Percent-encodes everything except `A–Z a–z 0–9 - _ . ~`, upper-case hex, UTF-8 bytes. */
export function sdkEscape(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeLoose(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Each path segment re-encoded; a `/` is appended when the path does not end in one. */
export function canonicalUri(path: string): string {
  const encoded = path
    .split('/')
    .map((seg) => sdkEscape(decodeLoose(seg)))
    .join('/');
  const withRoot = encoded.startsWith('/') ? encoded : `/${encoded}`;
  return withRoot.endsWith('/') ? withRoot : `${withRoot}/`;
}

/** Pairs sorted by encoded name, then value (byte order); an empty value keeps its `=`. */
export function canonicalQuery(query: string): string {
  const raw = query.startsWith('?') ? query.slice(1) : query;
  const pairs = [...new URLSearchParams(raw)].map(([k, v]) => [sdkEscape(k), sdkEscape(v)] as const);
  const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((a, b) => byteOrder(a[0], b[0]) || byteOrder(a[1], b[1]));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function headerValue(headers: SignableRequest['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/** `name:value\n` for each signed header, sorted; undefined if a signed header is missing. */
export function canonicalHeaders(headers: SignableRequest['headers'], signed: readonly string[]): string | undefined {
  let out = '';
  for (const name of [...signed].sort()) {
    const value = headerValue(headers, name);
    if (value === undefined) {
      return undefined;
    }
    out += `${name}:${value.trim()}\n`;
  }
  return out;
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function payloadHash(req: SignableRequest): string {
  return headerValue(req.headers, 'x-sdk-content-sha256') === UNSIGNED_PAYLOAD ? UNSIGNED_PAYLOAD : sha256Hex(req.body);
}

export function canonicalRequest(req: SignableRequest, signed: readonly string[]): string | undefined {
  const headers = canonicalHeaders(req.headers, signed);
  if (headers === undefined) {
    return undefined;
  }
  const names = [...signed].sort().join(';');
  return [
    req.method.toUpperCase(),
    canonicalUri(req.path),
    canonicalQuery(req.query),
    headers,
    names,
    payloadHash(req),
  ].join('\n');
}

export function stringToSign(canonical: string, sdkDate: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

export function hmacHex(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

export interface ParsedAuthorization {
  ak: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex`. */
export function parseAuthorization(value: string): ParsedAuthorization | undefined {
  const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/.exec(value.trim());
  if (!m) {
    return undefined;
  }
  return { ak: m[1], signedHeaders: m[2].split(';').map((h) => h.toLowerCase()), signature: m[3] };
}

/** Parses `YYYYMMDDTHHMMSSZ` into epoch milliseconds. */
export function parseSdkDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) {
    return undefined;
  }
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  return new Date(t).getUTCDate() === d ? t : undefined;
}

/** Constant-time comparison of two hex signatures. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
