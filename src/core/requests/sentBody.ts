// Where the body that would be sent differs from the file's `request`: a reserved field left out, "1"
// sent as 1, a doc alias or a missing node_group sent as the group's real name. One info problem per
// field, on its node, so that the editor, `mrs-resize plan` and the Preview each say it once. A field
// a rule already speaks of (an ignored switch, an alias) is left to that rule's problem.
import type { Node } from 'jsonc-parser';
import type { ResizeBody } from '../api/resizeCall';
import type { Translate } from '../translate';
import { shownPath } from './keys';
import { placeAt } from './place';
import type { RequestProblem } from './problem';

type Path = readonly (string | number)[];

/** Fields of the doc's body that the API reserves (表3, 表4, 表5): never sent. */
const RESERVED = new Set([
  'request.service_id',
  'request.plan_id',
  'request.previous_values',
  'request.parameters.order_id',
]);

interface Difference {
  readonly path: Path;
  /** Undefined: not sent. */
  readonly sent: unknown;
  /** Undefined: not in the file. */
  readonly written: unknown;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects are compared key by key; anything else as a whole. The body is 4 levels deep at most. */
function compare(written: unknown, sent: unknown, path: Path, found: Difference[]): void {
  if (isObject(written) && isObject(sent)) {
    for (const [key, value] of Object.entries(written)) {
      if (Object.hasOwn(sent, key)) {
        compare(value, sent[key], [...path, key], found);
      } else if (value !== null) {
        found.push({ path: [...path, key], sent: undefined, written: value });
      }
    }
    for (const [key, value] of Object.entries(sent)) {
      if (!Object.hasOwn(written, key)) {
        found.push({ path: [...path, key], sent: value, written: undefined });
      }
    }
  } else if (JSON.stringify(written) !== JSON.stringify(sent)) {
    found.push({ path, sent, written });
  }
}

function message(d: Difference, t: Translate): string {
  const field = shownPath(d.path);
  if (d.sent === undefined) {
    return RESERVED.has(d.path.join('.'))
      ? t('{0} is not sent: the API reserves it for extension interfaces.', field)
      : t('{0} is not sent.', field);
  }
  return d.written === undefined || d.written === null
    ? t('{0} is sent as {1}.', field, JSON.stringify(d.sent))
    : t('{0} is sent as {1}, not {2}.', field, JSON.stringify(d.sent), JSON.stringify(d.written));
}

/**
 * A problem on the field or on one of its parents below the body's fields (`parameters` of a v1.1 body,
 * the body itself for a v2 one) already explains it.
 */
function explained(path: Path, problems: readonly { readonly path: Path }[], depth: number): boolean {
  return problems.some(
    (p) => p.path.length >= depth && p.path.length <= path.length && p.path.every((k, i) => k === path[i]),
  );
}

/** An info problem for each field of the file's request that is sent otherwise, or not at all. */
export function sentDifferences(
  root: Node | undefined,
  request: unknown,
  body: ResizeBody,
  problems: readonly { readonly path: Path }[],
  t: Translate,
  member: 'request' | 'expand' | 'shrink' = 'request',
): RequestProblem[] {
  const found: Difference[] = [];
  compare(request, body, [member], found);
  const depth = member === 'request' ? 3 : 2;
  return found
    .filter((d) => !explained(d.path, problems, depth))
    .map((d) => {
      const { offset, length } = placeAt(root, d.path);
      const code = d.sent === undefined ? 'request.notSent' : 'request.sentAs';
      return { code, severity: 'info', message: message(d, t), offset, length, path: d.path };
    });
}
