/**
 * Resize request files (`*.mrs-resize.json`, JSONC) in plain Node: the extension's editor features and
 * the CLI (`mrs-resize check|plan|apply`) both use this API; keep it stable.
 *
 * - parseRequestFile(text, t) → ParsedRequestFile { text, root (jsonc Node), value, target
 *   { connection?, clusterId? }, request (the PUT body, untrusted), problems (json.syntax) }. Never throws.
 * - checkRequestFile(parsed, t, options?) → RequestFileCheck { problems, target, draft, resize }:
 *   the schema (schemas/mrs-resize.schema.json interpreted by checkAgainstSchema), the target
 *   (options.connections / options.clusters), and the rule module: checkDraftAlone offline, or
 *   checkResizeRequest when options.cluster (+ hosts) is given. `draft` only when no error.
 * - RequestProblem { code, severity: 'error' | 'warning' | 'info', message, offset, length, path }.
 * - offsetToPosition(text, offset) → { line, col } (1-based); formatProblemLine(file, text, problem);
 *   problemLines(text, problems, severities) → `line:col message` each.
 * - REQUEST_FILE_SCHEMA, REQUEST_PROBLEM_CODES, REQUEST_FILE_CODES.
 * - Editor helpers: slotAt(text, offset) and *Suggestions(facts) (live completion), analyzeLive(text,
 *   LiveFacts, t) (a check with cached facts plus the reads still missing), sendLens (the Send CodeLens's
 *   title, "Cannot send: 2 problems" while errors stand), newRequestFileText /
 *   requestOfDraft / requestFileName (a new file for a target and a draft).
 */
export { parseRequestFile } from './parse';
export type { ParsedRequestFile, RequestTarget } from './parse';
export { checkRequestFile, REQUEST_FILE_SCHEMA } from './check';
export type { RequestCheckOptions, RequestFileCheck } from './check';
export type { RequestProblem, RequestSeverity } from './problem';
export type { RequestFileOwnCode, RequestProblemCode } from './codes';
export { offsetToPosition } from './position';
export type { LineCol } from './position';
export { formatProblemLine, problemLines } from './format';
export { ANNOTATION_KEYWORDS, VALIDATION_KEYWORDS } from './schemaCheck';
export type { JsonPath, SchemaProblem, SchemaNode } from './schemaCheck';
export {
  slotAt,
  clusterSuggestions,
  connectionSuggestions,
  nodeGroupSuggestions,
  serverIdSuggestions,
  nodeSizeSuggestions,
  completionEntry,
} from './suggest';
export { resourceIdSuggestions, v2GroupSuggestions } from './suggestV2';
export type { CompletionEntry, SlotAt, Suggestion, SuggestionSlot } from './suggest';
export { fileBodyOf, newRequestFileName, newRequestFileText, requestFileName, requestOfDraft } from './template';
export type { NewRequestFile } from './template';
export { analyzeLive } from './live';
export { cannotSendMessage, cannotSendTitle, sendLens } from './lens';
export type { SendLens } from './lens';
export type { ClusterSummary, LiveAnalysis, LiveFacts } from './live';
