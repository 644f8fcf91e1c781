// The problems of a request file, in one list on exact nodes: syntax, then the schema (the file
// schemas/mrs-resize.schema.json, interpreted), the target, and the rule module (checkDraftAlone
// offline, checkResizeRequest with live facts). It adds no rule of its own.
import schemaJson from '../../../schemas/mrs-resize.schema.json';
import { callTemplate, type ResizeCall } from '../api/resizeCall';
import type { Translate } from '../translate';
import type { ClusterFacts, HostFacts } from '../resize/facts';
import { checkDraftAlone, checkResizeRequest, draftOfBody, v2PathOf, wrongTypeProblem } from '../resize/rules';
import type { BodyMember } from '../resize/v2Body';
import type { ResizeRequestCheck } from '../resize/rules';
import type { ResizeProblem, ResizeDraft } from '../resize/types';
import { BODY_MEMBERS, type ParsedRequestFile, type RequestTarget } from './parse';
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

/** A rule's path (in the v1.1 body's terms) in the file: under its member, renamed for a v2 body. */
export function filePathOf(member: BodyMember, path: readonly (string | number)[]): (string | number)[] {
  return member === 'request' ? ['request', ...path] : [member, ...v2PathOf(path)];
}

function placeRule(parsed: ParsedRequestFile, d: ResizeProblem): Placed {
  // The cluster as a whole is the target's cluster_id.
  const path = d.path.length === 0 ? ['target', 'cluster_id'] : filePathOf(parsed.member ?? 'request', d.path);
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

/** A second body member (`request` and `expand`…): which call is meant cannot be told. */
function manyBodies(parsed: ParsedRequestFile, t: Translate): Placed[] {
  const present = BODY_MEMBERS.filter((m) => placeAt(parsed.root, [m]).exact);
  return present.slice(1).map((m) => {
    const message = t(
      'A request file holds one body: "{0}" or "{1}" or "{2}", not both "{3}" and "{4}".',
      'request',
      'expand',
      'shrink',
      present[0],
      m,
    );
    return { code: 'request.manyBodies', severity: 'error', message, path: [m], ...placeAt(parsed.root, [m]) };
  });
}

function ruleProblems(parsed: ParsedRequestFile, options: RequestCheckOptions, t: Translate) {
  // A file whose root, body or `parameters` is not an object: the schema's one error says so
  // (VS Code's JSON support shows it in the editor); the rules would only repeat it in other words.
  const member = parsed.member ?? 'request';
  const { draft, wrongTypes, structure } = draftOfBody(member, parsed.request);
  if (!isObjectNode(parsed.root) || structure !== undefined) {
    return { resize: undefined, problems: [] };
  }
  if (options.cluster) {
    const { cluster, hosts } = options;
    const resize = checkResizeRequest({ cluster, hosts, body: parsed.request, member }, t);
    return { resize, problems: resize.problems };
  }
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

function memberOfCall(call: ResizeCall): BodyMember {
  return call.kind === 'v1.1' ? 'request' : call.kind;
}

/**
 * What the call sent does otherwise than the file says (only once the rules built it): field by field
 * when the file holds that call's body; else one note on the member naming the call sent instead (a
 * v1.1 body for a custom cluster is sent as the v2 expand or shrink, and the reverse).
 */
function differences(parsed: ParsedRequestFile, call: ResizeCall, placed: Placed[], t: Translate): Placed[] {
  const member = parsed.member ?? 'request';
  if (memberOfCall(call) !== member) {
    const path = [member];
    const message = t('Sent as {0} with the body {1}.', callTemplate(call.kind), JSON.stringify(call.body));
    return [
      { code: 'request.sentAsOtherCall', severity: 'info', message, path, ...placeAt(parsed.root, path), exact: true },
    ];
  }
  return sentDifferences(parsed.root, parsed.request, call.body, placed, t, member).map((p) => ({ ...p, exact: true }));
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
  const placed = [
    ...targetProblems(parsed, options, t),
    ...manyBodies(parsed, t),
    ...found.map((d) => placeRule(parsed, d)),
  ];
  const call = schema.length === 0 ? resize?.call : undefined;
  const rules = call ? [...placed, ...differences(parsed, call, placed, t)] : placed;
  const all = merge(schema, rules).sort((a, b) => a.offset - b.offset || a.length - b.length);
  // Hidden schema problems still withhold the draft: an unknown key must never be sent silently.
  const hasError = all.some((p) => p.severity === 'error');
  const shown = options.schema === false ? merge([], rules) : all;
  const problems = shown.sort((a, b) => a.offset - b.offset || a.length - b.length).map(strip);
  const draft = hasError ? undefined : draftOfBody(parsed.member ?? 'request', parsed.request).draft;
  return { problems, target: parsed.target, draft, resize };
}
