// Codes of request-file problems: the rule module's closed list plus the file's own (syntax, schema,
// target) and the quota's of a scale-out. Closed too: a problem's code is typed, so every code a check
// emits is one of these.
import type { QuotaProblemCode } from '../quota/live';
import { RESIZE_PROBLEM_CODES } from '../resize/codes';

export const REQUEST_FILE_CODES = [
  'json.syntax',
  'json.tooDeep',
  'json.duplicateKey',
  'schema.type',
  'schema.enum',
  'schema.const',
  'schema.minimum',
  'schema.maximum',
  'schema.minLength',
  'schema.pattern',
  'schema.required',
  'schema.oneOf',
  'schema.unknownKey',
  'target.unknownConnection',
  'target.unknownCluster',
  'request.notSent',
  'request.sentAs',
  'request.sentAsOtherCall',
  'request.manyBodies',
] as const;

export type RequestFileOwnCode = (typeof REQUEST_FILE_CODES)[number];
export type RequestProblemCode = RequestFileOwnCode | (typeof RESIZE_PROBLEM_CODES)[number] | QuotaProblemCode;
