// One line for any error, the same in the extension and the CLI: the catalog's explanation (by code,
// else by kind) with the code, in the user's language, and for API errors the server's own words,
// named after the service that said them (IAM for its /v3/auth and /v3/projects paths, else MRS).
// An error thrown with a sentence of ours (a plain Error with a translated text) is its message; the
// English of code (an API error's method and path, Node's file system message, a bug's TypeError)
// never is: it goes to the log, and the line says what the catalog says.
import type { Translate } from '../translate';
import { explainError } from './catalog';
import type { CatalogLanguage } from './catalogEntry';
import { systemErrorCode } from './catalogSystem';
import { isMrsApiError, isOutcomeUnknown, MrsApiError } from './errors';

/** IAM's paths (/v3/auth/tokens, /v3/projects), also behind an endpoint with a path prefix (/iam/v3/…). */
const IAM_PATH = /\/v3\/(auth|projects)([/?]|$)/;

/** Errors whose message is the English of code: a bug, or a state machine refusing a move. */
const INTERNAL = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
  'IllegalTransitionError',
  'CancelledError',
]);

export function errorLine(e: unknown, language: CatalogLanguage, t: Translate): string {
  const x = explainError(e, language);
  const detail = ownSentence(e) ?? x.explanation;
  const line = x.code ? t('{0} ({1})', detail, x.code) : detail;
  const said = e instanceof MrsApiError ? e.serverMessage : undefined;
  if (!said || detail.includes(said)) {
    return line;
  }
  const iam = e instanceof MrsApiError && IAM_PATH.test(e.path ?? '');
  return `${line} ${iam ? t('IAM says: “{0}”', said) : t('MRS says: “{0}”', said)}`;
}

/** The message of an error thrown with a sentence of ours; undefined for the English of code. */
function ownSentence(e: unknown): string | undefined {
  if (!(e instanceof Error) || isMrsApiError(e) || isOutcomeUnknown(e) || INTERNAL.has(e.name)) {
    return undefined;
  }
  return systemErrorCode(e) === undefined ? e.message : undefined;
}
