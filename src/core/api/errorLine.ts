// One line for any error, the same in the extension and the CLI: for API errors the catalog's
// explanation (by code, else by kind) with the code, in the user's language, and the server's own
// words, named after the service that said them (IAM for its /v3/auth and /v3/projects paths, else MRS); for other
// errors their message.
import type { Translate } from '../translate';
import { explainError } from './catalog';
import type { CatalogLanguage } from './catalogEntry';
import { MrsApiError } from './errors';

/** IAM's paths (/v3/auth/tokens, /v3/projects), also behind an endpoint with a path prefix (/iam/v3/…). */
const IAM_PATH = /\/v3\/(auth|projects)([/?]|$)/;

export function errorLine(e: unknown, language: CatalogLanguage, t: Translate): string {
  const x = explainError(e, language);
  const detail = e instanceof MrsApiError || !(e instanceof Error) ? x.explanation : e.message;
  const line = x.code ? t('{0} ({1})', detail, x.code) : detail;
  const said = e instanceof MrsApiError ? e.serverMessage : undefined;
  if (!said || detail.includes(said)) {
    return line;
  }
  const iam = e instanceof MrsApiError && IAM_PATH.test(e.path ?? '');
  return `${line} ${iam ? t('IAM says: “{0}”', said) : t('MRS says: “{0}”', said)}`;
}
