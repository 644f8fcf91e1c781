// The problems of a request file, in one list on exact nodes: syntax, then the schema (the file
// schemas/mrs-resize.schema.json, interpreted), the target, and the rule module (checkDraftAlone
// offline, checkResizeRequest with live facts). It adds no rule of its own.
import schemaJson from '../../../schemas/mrs-resize.schema.json';
import type { ResizeRequestDto } from '../api/wire';
import type { Translate } from '../translate';
import type { ClusterFacts, HostFacts } from '../resize/facts';
import {
  checkDraftAlone,
  checkResizeRequest,
  draftFromRequest,
  structureWrongType,
  wrongTypeProblem,
} from '../resize/rules';
import type { ResizeRequestCheck } from '../resize/rules';
import type { ResizeProblem, ResizeDraft } from '../resize/types';
import type { ParsedRequestFile, RequestTarget } from './parse';
import { placeAt } from './place';
import type { RequestProblem } from './problem';
import { checkAgainstSchema, type SchemaNode } from './schemaCheck';
import { sentDifferences } from './sentBody';

/** The schema of the file format, as shipped in schemas/ (English descriptions). */
export const REQUEST_FILE_SCHEMA = schemaJson as unknown as SchemaNode;

export interface RequestCheckOptions {
  /**
   * Include the schema's problems and the syntax errors in `problems` (default true). VS Code's JSON
   * support shows them itself; hidden or not, they withhold `draft`.
   */
  readonly schema?: boolean;
  /** Names of the known connections: a `target.connection` not among them is an error. */
  readonly connections?: readonly string[];
  /** Clusters of the connection: a `target.cluster_id` not among them is an error. */
  readonly clusters?: readonly { readonly id: string }[];
  /** Live facts of the target cluster: every rule runs (checkResizeRequest), else checkDraftAlone. */
  readonly cluster?: ClusterFacts;
  /** The cluster's hosts, to check `server_ids` and host states. */
  readonly hosts?: readonly HostFacts[];
}

export interface RequestFileCheck {
  /** Sorted by offset. */
  readonly problems: readonly RequestProblem[];
  readonly target: RequestTarget;
  /** The draft the request asks for (draftFromRequest); only when no problem is an error. */
  readonly draft: ResizeDraft | undefined;
  /**
   * With `cluster`: what the rules answered (the change "3 → 5 core nodes", the exact body). Where
   * that body differs from the file, an info problem on the field says so (`request.notSent`,
   * `request.sentAs`).
   */
  readonly resize: ResizeRequestCheck | undefined;
}

interface Placed extends RequestProblem {
  readonly exact: boolean;
}

function placeRule(parsed: ParsedRequestFile, d: ResizeProblem): Placed {
  // The cluster as a whole is the target's cluster_id.
  const path = d.path.length === 0 ? ['target', 'cluster_id'] : ['request', ...d.path];
  const at = placeAt(parsed.root, path);
  return { code: d.code, severity: d.severity, message: d.message, path, ...at };
}

function targetProblems(parsed: ParsedRequestFile, options: RequestCheckOptions, t: Translate): Placed[] {
  const found: Placed[] = [];
  const { connection, clusterId } = parsed.target;
  if (connection !== undefined && options.connections && !options.connections.includes(connection)) {
    const path = ['target', 'connection'];
    const message = t('There is no connection named "{0}".', connection);
    found.push({ code: 'target.unknownConnection', severity: 'error', message, path, ...placeAt(parsed.root, path) });
  }
  if (clusterId !== undefined && options.clusters && !options.clusters.some((c) => c.id === clusterId)) {
    const path = ['target', 'cluster_id'];
    const message = t('The connection has no cluster with ID "{0}".', clusterId);
    found.push({ code: 'target.unknownCluster', severity: 'error', message, path, ...placeAt(parsed.root, path) });
  }
  return found;
}

function ruleProblems(parsed: ParsedRequestFile, options: RequestCheckOptions, t: Translate) {
  // A file whose root, `request` or `parameters` is not an object: the schema's one error says so
  // (VS Code's JSON support shows it in the editor); the rules would only repeat it in other words.
  if (!isObjectNode(parsed.root) || structureWrongType(parsed.request) !== undefined) {
    return { resize: undefined, problems: [] };
  }
  if (options.cluster) {
    const resize = checkResizeRequest({ cluster: options.cluster, hosts: options.hosts, body: parsed.request }, t);
    return { resize, problems: resize.problems };
  }
  const { draft, wrongTypes } = draftFromRequest(parsed.request);
  const problems = [...wrongTypes.map((i) => wrongTypeProblem(i, t)), ...checkDraftAlone(draft, t)];
  return { resize: undefined, problems };
}

function isObjectNode(root: ParsedRequestFile['root']): boolean {
  return root?.type === 'object';
}

/** A rule error on its own node says more than the schema about it; the schema's "required" beats a stand-in. */
function merge(schema: Placed[], rules: Placed[]): Placed[] {
  const path = (p: Placed) => p.path.join('\u0000');
  const span = (p: Placed) => `${p.offset}:${p.length}`;
  const exactRules = new Set(rules.filter((r) => r.exact && r.severity === 'error').map(path));
  const schemaKeys = new Set([...schema.map(path), ...schema.map(span)]);
  const standIn = (r: Placed) =>
    !r.exact && r.severity === 'error' && (schemaKeys.has(path(r)) || schemaKeys.has(span(r)));
  return [...schema.filter((s) => !exactRules.has(path(s))), ...rules.filter((r) => !standIn(r))];
}

/** What the body sent does otherwise than the file says (only once the rules built the body). */
function differences(parsed: ParsedRequestFile, body: ResizeRequestDto, placed: Placed[], t: Translate): Placed[] {
  return sentDifferences(parsed.root, parsed.request, body, placed, t).map((p) => ({ ...p, exact: true }));
}

function strip(p: Placed): RequestProblem {
  return { code: p.code, severity: p.severity, message: p.message, offset: p.offset, length: p.length, path: p.path };
}

/**
 * Checks a parsed request file. Never throws. With the parser's problems (syntax, a key given twice, a
 * nesting too deep) only those are returned: a broken or ambiguous tree would give misleading problems. `draft` is set only when no problem is an error.
 */
export function checkRequestFile(
  parsed: ParsedRequestFile,
  t: Translate,
  options: RequestCheckOptions = {},
): RequestFileCheck {
  if (parsed.problems.length > 0 || !parsed.root) {
    // Syntax errors are the JSON support's problems too: hidden with the schema's. A repeated key (a
    // warning there) and a nesting too deep are this file's own errors: always shown.
    const problems =
      options.schema === false ? parsed.problems.filter((p) => p.code !== 'json.syntax') : parsed.problems;
    return { problems, target: parsed.target, draft: undefined, resize: undefined };
  }
  const schema = checkAgainstSchema(REQUEST_FILE_SCHEMA, parsed.root, t).map((f) => ({
    ...f,
    severity: 'error' as const,
    exact: true,
  }));
  const { resize, problems: found } = ruleProblems(parsed, options, t);
  const placed = [...targetProblems(parsed, options, t), ...found.map((d) => placeRule(parsed, d))];
  const body = schema.length === 0 ? resize?.body : undefined;
  const rules = body ? [...placed, ...differences(parsed, body, placed, t)] : placed;
  const all = merge(schema, rules).sort((a, b) => a.offset - b.offset || a.length - b.length);
  // Hidden schema problems still withhold the draft: an unknown key must never be sent silently.
  const hasError = all.some((p) => p.severity === 'error');
  const shown = options.schema === false ? merge([], rules) : all;
  const problems = shown.sort((a, b) => a.offset - b.offset || a.length - b.length).map(strip);
  const draft = hasError ? undefined : draftFromRequest(parsed.request).draft;
  return { problems, target: parsed.target, draft, resize };
}
