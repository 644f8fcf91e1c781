import * as vscode from 'vscode';
import { catalogLanguageFor, explainError } from '../core/api/catalog';
import { MrsApiError } from '../core/api/errors';
import type { CatalogLanguage } from '../core/api/catalogEntry';

/** The UI language as the error catalog and the X-Language header know it. */
export function uiLanguage(): CatalogLanguage {
  return catalogLanguageFor(vscode.env.language);
}

/**
 * One line for an error: for API errors the catalog's explanation (by code, else by kind) with
 * the code, in the UI language, and the server's own words; for other errors their message.
 */
export function errorLine(e: unknown): string {
  const x = explainError(e, uiLanguage());
  const detail = e instanceof MrsApiError || !(e instanceof Error) ? x.explanation : e.message;
  const line = x.code ? vscode.l10n.t('{0} ({1})', detail, x.code) : detail;
  const said = e instanceof MrsApiError ? e.serverMessage : undefined;
  return said && !detail.includes(said) ? `${line} ${vscode.l10n.t('MRS says: “{0}”', said)}` : line;
}
