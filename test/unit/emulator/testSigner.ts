// A tiny test-only SDK-HMAC-SHA256 signer, written separately from the emulator's verifier
// (docs/mrs-api.md §2.2.1) so that the two implementations check each other against the vectors.
import { createHash, createHmac } from 'node:crypto';

export interface ToSign {
  method: string;
  url: string;
  /** Headers to sign (any case); `host` is taken from the URL unless given. */
  headers: Record<string, string>;
  body?: string;
  ak: string;
  sk: string;
  /** Sign `host` (Node/Java SDKs) or only the given headers (Go SDK). Default true. */
  signHost?: boolean;
}

const enc = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

const hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');

export function testCanonicalRequest(req: ToSign): { canonical: string; signedHeaders: string } {
  const u = new URL(req.url);
  let path = u.pathname
    .split('/')
    .map((s) => enc(decodeURIComponent(s)))
    .join('/');
  if (!path.endsWith('/')) {
    path += '/';
  }
  const query = [...u.searchParams]
    .map(([k, v]) => [enc(k), enc(v)])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const lower: Record<string, string> = req.signHost === false ? {} : { host: u.host };
  for (const [k, v] of Object.entries(req.headers)) {
    lower[k.toLowerCase()] = v.trim();
  }
  const names = Object.keys(lower).sort();
  const headerBlock = names.map((n) => `${n}:${lower[n]}\n`).join('');
  const signedHeaders = names.join(';');
  const canonical = [req.method, path, query, headerBlock, signedHeaders, hex(req.body ?? '')].join('\n');
  return { canonical, signedHeaders };
}

/** The Authorization header value for `req`; `headers` must hold X-Sdk-Date. */
export function testAuthorization(req: ToSign): string {
  const { canonical, signedHeaders } = testCanonicalRequest(req);
  const date = Object.entries(req.headers).find(([k]) => k.toLowerCase() === 'x-sdk-date')?.[1] ?? '';
  const sts = `SDK-HMAC-SHA256\n${date}\n${hex(canonical)}`;
  const sig = createHmac('sha256', req.sk).update(sts).digest('hex');
  return `SDK-HMAC-SHA256 Access=${req.ak}, SignedHeaders=${signedHeaders}, Signature=${sig}`;
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function sdkDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
