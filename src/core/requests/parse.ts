// Reads the text of a `*.mrs-resize.json` file (JSONC: comments and trailing commas allowed) with
// jsonc-parser: the tree keeps every node's offset, so each problem lands on its exact node.
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Translate } from '../translate';
import type { RequestProblem } from './problem';
import { duplicateKeys, tooDeepAt, tooDeepProblem } from './structure';
import type { BodyMember } from '../resize/v2Body';

/** The members that may hold the body, in the order they are looked for: one per file. */
export const BODY_MEMBERS: readonly BodyMember[] = ['request', 'expand', 'shrink'];

/** `target` of the file, as far as it holds strings. */
export interface RequestTarget {
  readonly connection?: string;
  readonly clusterId?: string;
}

export interface ParsedRequestFile {
  readonly text: string;
  /** Undefined for an empty document. */
  readonly root: Node | undefined;
  /** The whole document as a value (jsonc-parser's best effort when there are syntax errors). */
  readonly value: unknown;
  readonly target: RequestTarget;
  /**
   * Which member holds the body: `request` (the v1.1 PUT's body, as the doc prints it), `expand` or
   * `shrink` (a v2 body); the first of them the file has, undefined when it has none.
   */
  readonly member: BodyMember | undefined;
  /** That member's value: the body, not yet trusted; undefined when absent. */
  readonly request: unknown;
  /**
   * What keeps the file from meaning one thing: syntax errors (`json.syntax`), a nesting deeper than
   * any request file (`json.tooDeep`: nothing is read), a key given twice in one object
   * (`json.duplicateKey`, at the second). Empty when the text is well-formed JSONC.
   */
  readonly problems: readonly RequestProblem[];
}

function syntaxMessage(error: ParseError, t: Translate): string {
  const what = printParseErrorCode(error.error);
  switch (what) {
    case 'ValueExpected':
      return t('JSON syntax error: a value is expected.');
    case 'ColonExpected':
      return t('JSON syntax error: a colon is expected.');
    case 'CommaExpected':
      return t('JSON syntax error: a comma is expected.');
    case 'PropertyNameExpected':
      return t('JSON syntax error: a property name is expected.');
    case 'CloseBraceExpected':
      return t('JSON syntax error: "}" is expected.');
    case 'CloseBracketExpected':
      return t('JSON syntax error: "]" is expected.');
    case 'EndOfFileExpected':
      return t('JSON syntax error: the end of the file is expected.');
    case 'UnexpectedEndOfString':
      return t('JSON syntax error: the string is not closed.');
    case 'UnexpectedEndOfComment':
      return t('JSON syntax error: the comment is not closed.');
    default:
      return t('JSON syntax error: {0}.', what);
  }
}

function stringAt(root: Node | undefined, path: string[]): string | undefined {
  const node = root && findNodeAtLocation(root, path);
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** jsonc-parser builds objects without a prototype: callers get ordinary JSON values. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function syntaxProblems(errors: readonly ParseError[], root: Node | undefined, t: Translate): RequestProblem[] {
  // jsonc-parser reports one missing "}" per open object, all at the end: one is enough.
  const distinct = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset && o.error === e.error) === i);
  const problems: RequestProblem[] = distinct.map((e) => ({
    code: 'json.syntax',
    severity: 'error',
    message: syntaxMessage(e, t),
    offset: e.offset,
    length: e.length,
    path: [],
  }));
  if (!root && problems.length === 0) {
    const message = t('JSON syntax error: the file is empty.');
    problems.push({ code: 'json.syntax', severity: 'error', message, offset: 0, length: 0, path: [] });
  }
  return problems;
}

function targetOf(root: Node | undefined): RequestTarget {
  const connection = stringAt(root, ['target', 'connection']);
  const clusterId = stringAt(root, ['target', 'cluster_id']);
  return { ...(connection !== undefined && { connection }), ...(clusterId !== undefined && { clusterId }) };
}

/**
 * Parses a request file. Never throws: broken JSON gives `json.syntax` problems, a nesting deeper than
 * MAX_NESTING one `json.tooDeep` (and no tree), a repeated key `json.duplicateKey`. A leading UTF-8 BOM
 * is read as a blank, so that offsets still point into `text`.
 */
export function parseRequestFile(text: string, t: Translate): ParsedRequestFile {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return {
      text,
      root: undefined,
      value: undefined,
      target: {},
      member: undefined,
      request: undefined,
      problems: [tooDeepProblem(deep, t)],
    };
  }
  const errors: ParseError[] = [];
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const syntax = syntaxProblems(errors, root, t);
  const problems = syntax.length === 0 && root ? duplicateKeys(root, text, t) : syntax;
  const member = root && BODY_MEMBERS.find((m) => findNodeAtLocation(root, [m]) !== undefined);
  const requestNode = root && member && findNodeAtLocation(root, [member]);
  return {
    text,
    root,
    value: root ? plain(getNodeValue(root)) : undefined,
    target: targetOf(root),
    member,
    request: requestNode ? plain(getNodeValue(requestNode)) : undefined,
    problems,
  };
}
