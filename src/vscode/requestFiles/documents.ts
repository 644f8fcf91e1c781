// Which documents are request files, and the mapping of core spans and severities to VS Code's.
import * as vscode from 'vscode';
import type { RequestProblem } from '../../core/requests';
import { REQUEST_LANGUAGE } from './jsonFeatures';

export const REQUEST_FILE_SUFFIX = '.mrs-resize.json';
/** The request-file language (package.json gives it to `*.mrs-resize.json`); json and jsonc where a user's
 * `files.associations` says so. */
export const REQUEST_FILE_SELECTOR: vscode.DocumentSelector = [
  { language: REQUEST_LANGUAGE },
  { language: 'jsonc', pattern: `**/*${REQUEST_FILE_SUFFIX}` },
  { language: 'json', pattern: `**/*${REQUEST_FILE_SUFFIX}` },
];

export function isRequestFile(document: vscode.TextDocument): boolean {
  return document.uri.path.endsWith(REQUEST_FILE_SUFFIX);
}

export function rangeOf(document: vscode.TextDocument, offset: number, length: number): vscode.Range {
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + length));
}

export function diagnosticOf(document: vscode.TextDocument, p: RequestProblem): vscode.Diagnostic {
  const severity =
    p.severity === 'error'
      ? vscode.DiagnosticSeverity.Error
      : p.severity === 'warning'
        ? vscode.DiagnosticSeverity.Warning
        : vscode.DiagnosticSeverity.Information;
  const d = new vscode.Diagnostic(rangeOf(document, p.offset, p.length), p.message, severity);
  d.code = p.code;
  d.source = 'MRS';
  return d;
}

/** The request file a command acts on: its argument (a CodeLens passes the URI), else the active editor's. */
export async function requestDocument(arg: unknown): Promise<vscode.TextDocument> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const document = uri && (await vscode.workspace.openTextDocument(uri));
  if (!document || !isRequestFile(document)) {
    throw new Error(vscode.l10n.t('Open a resize request file (*.mrs-resize.json) first.'));
  }
  return document;
}
