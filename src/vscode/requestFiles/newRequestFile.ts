// Opens an untitled request file (named `<cluster>.mrs-resize.json`, `-2`… only when that name is
// open already, so the schema and the live features apply) with the given text. Only on an explicit
// command; nothing is saved.
import * as vscode from 'vscode';
import { newRequestFileName, newRequestFileText, type NewRequestFile } from '../../core/requests';
import { REQUEST_LANGUAGE } from './jsonFeatures';

/** The names of the untitled documents open now. */
function openUntitledNames(): Set<string> {
  const untitled = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled');
  return new Set(untitled.map((d) => d.uri.path.split('/').pop() ?? ''));
}

export async function openNewRequestFile(file: NewRequestFile): Promise<vscode.TextEditor> {
  const open = openUntitledNames();
  const name = newRequestFileName(file.clusterName ?? file.clusterId, (n) => open.has(n));
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.Active);
  await editor.edit((b) => b.replace(new vscode.Range(0, 0, document.lineCount, 0), newRequestFileText(file)));
  if (document.languageId !== REQUEST_LANGUAGE) {
    await vscode.languages.setTextDocumentLanguage(document, REQUEST_LANGUAGE);
  }
  return editor;
}
