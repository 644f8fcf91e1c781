// Deterministic identifiers: the same seed always yields the same cluster ids, host ids,
// names and IPs, so tests and screenshots are stable.
import { createHash, randomBytes } from 'node:crypto';

function digest(label: string): Buffer {
  return createHash('sha256').update(label).digest();
}

/** Rendering asks for the same derived ids on every request: remember them (labels are few per cluster). */
const memo = new Map<string, string>();

function remembered(kind: string, label: string, make: (label: string) => string): string {
  const key = `${kind}:${label}`;
  let v = memo.get(key);
  if (v === undefined) {
    v = make(label);
    if (memo.size >= 100_000) {
      memo.clear();
    }
    memo.set(key, v);
  }
  return v;
}

/** A UUID-shaped (version 4 layout) id derived from a label. */
export function uuidFrom(label: string): string {
  return remembered('uuid', label, makeUuid);
}

function makeUuid(label: string): string {
  const b = digest(label);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** 32 lower-case hex characters derived from a label (project-id / spec-id shape). */
export function hex32From(label: string): string {
  return remembered('hex', label, (l) => digest(l).subarray(0, 16).toString('hex'));
}

/** An order number shaped like the console's (`CS` + 18 upper-case hex), derived from a label. */
export function orderIdFrom(label: string): string {
  return `CS${hex32From(label).slice(0, 18).toUpperCase()}`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Five letters such as `IQhiC`, the random suffix of real MRS host names. */
export function suffixFrom(label: string): string {
  const b = digest(label);
  let s = '';
  for (let i = 0; i < 5; i++) {
    s += LETTERS[b[i] % LETTERS.length];
  }
  return s;
}

/** A deterministic number in [0, n) derived from a label. */
export function pick(label: string, n: number): number {
  return digest(label).readUInt32BE(0) % n;
}

/** Gateway request ids are 32 hex characters; these are random, as in the real service. */
export function newRequestId(): string {
  return randomBytes(16).toString('hex');
}
