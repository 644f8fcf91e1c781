import * as vscode from 'vscode';
import { catalogLanguageFor, explainError } from '../core/api/catalog';
import type { CatalogLanguage } from '../core/api/catalogEntry';

/** The UI language as the error catalog and the X-Language header know it. */
export function uiLanguage(): CatalogLanguage {
  return catalogLanguageFor(vscode.env.language);
}

/** One line for an error: the catalog's explanation with the code, or the message. */
export function errorLine(e: unknown): string {
  const x = explainError(e, uiLanguage());
  const detail = x.byCode || !(e instanceof Error) ? x.explanation : e.message;
  return x.code ? `${detail} (${x.code})` : detail;
}
