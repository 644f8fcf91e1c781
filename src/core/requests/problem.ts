// One problem of a request file: plain data with the exact span of its JSON node.
import type { RequestProblemCode } from './codes';

export type RequestSeverity = 'error' | 'warning' | 'info';

export interface RequestProblem {
  readonly code: RequestProblemCode;
  /** The rule module's severity; 'info' only for notes such as `group.alias` (sent as the real name). */
  readonly severity: RequestSeverity;
  /** Translated with the Translate given. */
  readonly message: string;
  /** Span of the JSON node in the text (jsonc-parser offsets, UTF-16 units). */
  readonly offset: number;
  readonly length: number;
  /** Path in the file: `['request', 'parameters', 'instances']`; [] for the document or a syntax error. */
  readonly path: readonly (string | number)[];
}
