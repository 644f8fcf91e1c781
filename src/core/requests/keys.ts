// Keys of a request file in messages: shortened when long (a file may hold a key of a megabyte), and
// the "did you mean" search, bounded so that its cost does not grow with the key.
import { formatPath } from '../resize/problem';

/** Keys longer than this are shown cut, with "…". */
export const SHOWN_KEY_LENGTH = 64;
/** Keys longer than this get no "did you mean": no known key is near one (the longest is 24 characters). */
export const SUGGESTED_KEY_LENGTH = 40;

export function shortKey(key: string): string {
  return key.length > SHOWN_KEY_LENGTH ? `${key.slice(0, SHOWN_KEY_LENGTH)}…` : key;
}

/** formatPath with each key shortened. */
export function shownPath(path: readonly (string | number)[]): string {
  return formatPath(path.map((k) => (typeof k === 'string' ? shortKey(k) : k)));
}

/** Counts the work of closestKey (cells of the distance table), for a test to hold its bound. */
export interface SearchWork {
  cells: number;
}

function distance(a: string, b: string, work: SearchWork | undefined): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = row[j];
      row[j] = next;
    }
  }
  if (work) {
    work.cells += a.length * b.length;
  }
  return row[b.length];
}

/**
 * The known key nearest to `key` (edit distance at most 2, or a quarter of its length), or undefined.
 * At most SUGGESTED_KEY_LENGTH × the known keys' lengths of work: longer keys, and candidates whose
 * length alone puts them too far, are never compared.
 */
export function closestKey(key: string, known: readonly string[], work?: SearchWork): string | undefined {
  if (key.length > SUGGESTED_KEY_LENGTH) {
    return undefined;
  }
  const limit = Math.max(2, Math.floor(key.length / 4));
  let best: { key: string; d: number } | undefined;
  for (const candidate of known) {
    if (Math.abs(candidate.length - key.length) > limit) {
      continue;
    }
    const d = distance(key, candidate, work);
    if (d <= limit && (!best || d < best.d)) {
      best = { key: candidate, d };
    }
  }
  return best?.key;
}
