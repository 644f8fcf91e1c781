import * as vscode from 'vscode';
import { catalogLanguageFor } from '../core/api/catalog';
import { errorLine as coreErrorLine } from '../core/api/errorLine';
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
  return coreErrorLine(e, uiLanguage(), vscode.l10n.t);
}
