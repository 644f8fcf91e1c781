// Defensive readers for MRS JSON. MRS sends numbers as strings, the string "null", keys in camelCase
// or PascalCase (`groupName` / `GroupName`, `isMrsManagerFinish` / `ismrsManagerFinish`): every read
// here is case-insensitive and tolerant, and the shape checks throw the typed invalidResponse error.
import { invalidResponse, type MrsApiError } from './errors';

const SNIPPET_LENGTH = 200;

/** The first characters of a body for the log, control characters flattened. */
export function snippetOf(text: string, length = SNIPPET_LENGTH): string {
  const head = text.slice(0, length * 2);
  const flat = Array.from(head, (ch) => (ch.charCodeAt(0) < 32 || ch === '\u007f' ? ' ' : ch))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/**
 * Parses a response body as JSON.
 * @throws MrsApiError kind 'invalidResponse' (with the start of the body) for HTML, truncated or empty bodies.
 */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const reason = text.trim() === '' ? 'empty body' : 'not JSON';
    throw invalidResponse(`${what} (${reason})`, snippetOf(text));
  }
}

/** The typed error for a parsed body of the wrong shape, with the start of that body for the log. */
export function unexpectedShape(what: string, json: unknown): MrsApiError {
  return invalidResponse(what, snippetOf(JSON.stringify(json) ?? ''));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads fields of one JSON object by name, ignoring the case of the keys. The object is read, never
 * changed, and must not change while it is read.
 */
export class Fields {
  constructor(private readonly source: Record<string, unknown>) {}

  /** The raw value: exact key first, then any case. */
  raw(name: string): unknown {
    const exact = this.source[name];
    return exact != null ? exact : this.anyCase(name.toLowerCase());
  }

  /**
   * The value of the keys that lower-case to `wanted`: the first spelling wins unless it is null and a
   * later one carries a value. A scan, not a map of every key: most reads find their exact spelling.
   */
  private anyCase(wanted: string): unknown {
    let value: unknown;
    let found = false;
    for (const key of Object.keys(this.source)) {
      // Lower-casing never makes a string shorter (read.test.ts checks every code point): a longer key cannot match.
      if (key.length <= wanted.length && (!found || value == null) && key.toLowerCase() === wanted) {
        value = this.source[key];
        found = true;
      }
    }
    return value;
  }

  /** A trimmed string; null, "", "null" and non-scalars give undefined. Numbers become text. */
  str(name: string): string | undefined {
    return toStr(this.raw(name));
  }

  /** An integer from a number or a numeric string. */
  int(name: string): number | undefined {
    return toInt(this.raw(name));
  }

  /** true/false, "true"/"false", 1/0. */
  bool(name: string): boolean | undefined {
    return toBool(this.raw(name));
  }

  /** An array, or undefined when absent or not an array. */
  arr(name: string): unknown[] | undefined {
    const v = this.raw(name);
    return Array.isArray(v) ? (v as unknown[]) : undefined;
  }

  /** A nested object reader, or undefined. */
  obj(name: string): Fields | undefined {
    const v = this.raw(name);
    return isRecord(v) ? new Fields(v) : undefined;
  }
}

export function toStr(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    return String(v);
  }
  if (typeof v !== 'string') {
    return undefined;
  }
  const s = v.trim();
  // Only a 4-character string can be "null" in any case: no lower-casing of every other value.
  return s === '' || (s.length === 4 && s.toLowerCase() === 'null') ? undefined : s;
}

export function toInt(v: unknown): number | undefined {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? Math.trunc(v) : undefined;
  }
  const s = toStr(v);
  if (s === undefined || !/^[+-]?\d+(\.\d+)?$/.test(s)) {
    return undefined;
  }
  return Math.trunc(Number(s));
}

export function toBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') {
    return v;
  }
  if (v === 1 || v === 0) {
    return v === 1;
  }
  const s = toStr(v)?.toLowerCase();
  if (s === 'true' || s === '1') {
    return true;
  }
  if (s === 'false' || s === '0') {
    return false;
  }
  return undefined;
}

/** A 10-digit Unix-seconds string (or 13-digit milliseconds, or ISO text) as a Date. */
export function toDate(v: unknown): Date | undefined {
  const n = toInt(v);
  if (n !== undefined) {
    return n <= 0 ? undefined : new Date(n < 1e11 ? n * 1000 : n);
  }
  const s = toStr(v);
  if (s === undefined) {
    return undefined;
  }
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/**
 * The object at the top of a body.
 * @throws MrsApiError 'invalidResponse' when the body is not an object.
 */
export function requireRecord(json: unknown, what: string): Fields {
  if (!isRecord(json)) {
    throw unexpectedShape(`${what} is not a JSON object`, json);
  }
  return new Fields(json);
}

/**
 * The items and the total of a list answer (`clusters` + `clusterTotal`, `hosts` + `total`).
 * @throws MrsApiError 'invalidResponse' when the items are not an array, or neither items nor total came.
 */
export function readListPage<T>(
  json: unknown,
  what: string,
  keys: { readonly items: string; readonly total: string },
  parseItem: (item: unknown) => T,
): { items: T[]; total: number | undefined } {
  const f = requireRecord(json, what);
  const raw = f.raw(keys.items);
  const total = f.int(keys.total);
  if ((raw == null && total === undefined) || (raw != null && !Array.isArray(raw))) {
    throw unexpectedShape(`${what} without a ${keys.items} array`, json);
  }
  return { items: (f.arr(keys.items) ?? []).map(parseItem), total };
}
