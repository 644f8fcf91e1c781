// Scrubs secrets out of text that came from a server (answers, error messages, body snippets, request
// ids): a gateway may echo its canonical request, a proxy a body, a hostile server the Authorization
// header in base64. Every form a secret can come back in is searched for: as it is, JSON-escaped,
// percent-encoded (upper- or lower-case, only the reserved bytes or every byte), form-encoded, as
// upper- or lower-case hex, as base64 or base64url at any alignment inside a longer base64 text, and
// any of these split across lines (a line break, or its JSON escape, with the indentation after it).
// Secrets shorter than MIN_LENGTH are not searched for (they would mangle every message); IAM
// passwords, AKs and tokens are far longer.
import { MrsApiError } from './errors';

const MIN_LENGTH = 4;
/** An encoded form shorter than this (the base64 of a 4-byte secret) would match ordinary text. */
const MIN_ENCODED_LENGTH = 8;
const REDACTED = '***';

export type Redactor = (text: string) => string;

function percentEveryByte(bytes: Buffer, upper: boolean): string {
  const hex = Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  return upper ? hex.toUpperCase() : hex;
}

/**
 * The base64 text that a secret's bytes make inside a longer base64 text, for each of the three
 * alignments: only the groups of three bytes that lie wholly in the secret (at most two bytes at
 * each end stay visible, which cannot give the secret away).
 */
function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (const skip of [0, 1, 2]) {
    const usable = Math.floor((bytes.length - skip) / 3) * 3;
    if (usable > 0) {
      const core = bytes.subarray(skip, skip + usable).toString('base64');
      cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return cores;
}

/** Every form of one secret that is searched for. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const uri = encodeURIComponent(secret);
  const encoded = [
    JSON.stringify(secret).slice(1, -1),
    uri,
    uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    percentEveryByte(bytes, true),
    percentEveryByte(bytes, false),
    new URLSearchParams([['', secret]]).toString().slice(1),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    ...base64Cores(bytes),
  ].filter((form) => form.length >= MIN_ENCODED_LENGTH);
  return [...new Set([secret, ...encoded])];
}

/** A line break (or its JSON escape `\n`, `\r\n`) with the indentation that follows it. */
const BREAK = /(?:\r\n|\n|\r|\\r\\n|\\n|\\r)[ \t]*/g;

/** Replaces the ranges [start, end) of `text`, merged where they overlap. */
function replaceRanges(text: string, ranges: Array<[number, number]>): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) {
      continue;
    }
    out += start > at ? `${text.slice(at, start)}${REDACTED}` : '';
    at = end;
  }
  return out + text.slice(at);
}

/** The needles found once the line breaks are taken out, replaced in the original text. */
function acrossBreaks(text: string, needles: readonly string[]): string {
  const breaks: Array<{ joinedAt: number; removedBefore: number }> = [];
  let joined = '';
  let last = 0;
  let removed = 0;
  for (const match of text.matchAll(BREAK)) {
    joined += text.slice(last, match.index);
    removed += match[0].length;
    breaks.push({ joinedAt: joined.length, removedBefore: removed });
    last = match.index + match[0].length;
  }
  if (breaks.length === 0) {
    return text;
  }
  joined += text.slice(last);
  // A character of `joined` sits after every break whose joinedAt is not past it: a binary search.
  const original = (j: number): number => {
    let [lo, hi] = [0, breaks.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      [lo, hi] = breaks[mid].joinedAt <= j ? [mid + 1, hi] : [lo, mid];
    }
    return j + (lo === 0 ? 0 : breaks[lo - 1].removedBefore);
  };
  const ranges: Array<[number, number]> = [];
  for (const needle of needles) {
    for (let i = joined.indexOf(needle); i >= 0; i = joined.indexOf(needle, i + 1)) {
      ranges.push([original(i), original(i + needle.length - 1) + 1]);
    }
  }
  return ranges.length === 0 ? text : replaceRanges(text, ranges);
}

/** A redactor for these secrets (empty and short values ignored), every form, longest first. */
export function makeRedactor(secrets: Iterable<string | undefined>): Redactor {
  const needles = [...new Set([...secrets].filter((s): s is string => s !== undefined && s.length >= MIN_LENGTH))]
    .flatMap(secretForms)
    .sort((a, b) => b.length - a.length);
  if (needles.length === 0) {
    return (text) => text;
  }
  return (text) => {
    const whole = needles.reduce(
      (out, needle) => (out.includes(needle) ? out.split(needle).join(REDACTED) : out),
      text,
    );
    return acrossBreaks(whole, needles);
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  const proto = typeof value === 'object' && value !== null ? (Object.getPrototypeOf(value) as unknown) : undefined;
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of what an answer was read into with every string scrubbed: strings, arrays and plain
 * objects are walked; anything else (a Date, a number) is kept as it is.
 */
export function redactStrings<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') {
    return redact(value) as T;
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => redactStrings(item, redact)) as T;
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, redact)])) as T;
  }
  return value;
}

/** The same error with every text from the server scrubbed (the stack is rebuilt from the clean message). */
export function redactError(error: MrsApiError, redact: Redactor): MrsApiError {
  const clean = (value: string | undefined): string | undefined => (value === undefined ? undefined : redact(value));
  const texts = {
    message: redact(error.message),
    bodySnippet: clean(error.bodySnippet),
    serverMessage: clean(error.serverMessage),
    requestId: clean(error.requestId),
    redirectTo: clean(error.redirectTo),
  };
  const unchanged =
    texts.message === error.message &&
    texts.bodySnippet === error.bodySnippet &&
    texts.serverMessage === error.serverMessage &&
    texts.requestId === error.requestId &&
    texts.redirectTo === error.redirectTo;
  if (unchanged) {
    return error;
  }
  return new MrsApiError(texts.message, {
    kind: error.kind,
    status: error.status,
    code: error.code,
    requestId: texts.requestId,
    method: error.method,
    path: error.path,
    host: error.host,
    redirectTo: texts.redirectTo,
    bodySnippet: texts.bodySnippet,
    retryAfterMs: error.retryAfterMs,
    serverMessage: texts.serverMessage,
    resentAfter401: error.resentAfter401,
  });
}
