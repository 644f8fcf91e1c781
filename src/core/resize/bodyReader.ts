// Reading a request body's fields without trusting them: each field of the JSON type it must have,
// or a WrongType at its path (an error: such a draft is never sent). Shared by the v1.1 body (body.ts)
// and the v2 bodies (v2Body.ts).
import type { Translate } from '../translate';
import { problemOf, formatPath } from './problem';
import type { ResizeProblem, ResizeDraft, ResizePath } from './types';

/** The JSON type a field of a request body must have. */
export type RequestFieldType = 'object' | 'string' | 'boolean' | 'number' | 'stringArray';

/** A field whose JSON type the draft cannot hold: it is left out of the draft. */
export interface WrongType {
  readonly path: ResizePath;
  readonly expected: RequestFieldType;
}

export interface RequestDraft {
  readonly draft: ResizeDraft;
  /** Each wrong type is an error (wrongTypeProblem); a draft with wrongTypes must not be sent. */
  readonly wrongTypes: readonly WrongType[];
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the fields of one object of the body; absent and null both mean "not given". */
export function bodyReader(object: JsonObject, at: ResizePath, wrongTypes: WrongType[]) {
  const get = <T>(key: string, expected: RequestFieldType, read: (v: unknown) => T | undefined): T | undefined => {
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    const result = value === undefined || value === null ? undefined : read(value);
    if (result === undefined && value !== undefined && value !== null) {
      wrongTypes.push({ path: [...at, key], expected });
    }
    return result;
  };
  return {
    text: (key: string) => get(key, 'string', (v) => (typeof v === 'string' ? v : undefined)),
    count: (key: string) => get(key, 'number', (v) => (typeof v === 'number' || typeof v === 'string' ? v : undefined)),
    object: (key: string) => get(key, 'object', (v) => (isJsonObject(v) ? v : undefined)),
    /** A boolean, or its text as the zh doc types `skip_bootstrap_scripts` ("true" / "false"). */
    flag: (key: string) =>
      get(key, 'boolean', (v) => {
        const text = typeof v === 'string' ? v.trim().toLowerCase() : v;
        return text === true || text === 'true' ? true : text === false || text === 'false' ? false : undefined;
      }),
    strings: (key: string) => {
      const list = get(key, 'stringArray', (v) => (Array.isArray(v) ? (v as unknown[]) : undefined));
      const wrong = (list ?? []).flatMap((id, i) => (typeof id === 'string' ? [] : [i]));
      wrongTypes.push(...wrong.map((i) => ({ path: [...at, key, i], expected: 'string' as const })));
      // Left out whole rather than shortened, so that the rules' indexes still point into the body.
      return wrong.length === 0 && list ? (list as string[]).slice() : undefined;
    },
  };
}

function wrongTypeMessage(field: string, expected: RequestFieldType, t: Translate): string {
  switch (expected) {
    case 'object':
      return field === '' ? t('The request must be a JSON object.') : t('{0} must be a JSON object.', field);
    case 'string':
      return t('{0} must be a string.', field);
    case 'boolean':
      return t('{0} must be true or false.', field);
    case 'number':
      return t('{0} must be a number.', field);
    case 'stringArray':
      return t('{0} must be a list of strings.', field);
  }
}

/** The error problem of a wrong type (code `request.wrongType`), at the wrong type's path. */
export function wrongTypeProblem(wrong: WrongType, t: Translate): ResizeProblem {
  return problemOf(
    'error',
    wrong.path,
    'request.wrongType',
    wrongTypeMessage(formatPath(wrong.path), wrong.expected, t),
  );
}
