// Opens an untitled request file (named `<cluster>.mrs-resize.json`, so the schema and the live
// features apply) with the given text. Only on an explicit command; nothing is saved.
import * as vscode from 'vscode';
import { newRequestFileText, requestFileName, type NewRequestFile } from '../../core/requests';
import { REQUEST_LANGUAGE } from './jsonFeatures';

let opened = 0;

export async function openNewRequestFile(file: NewRequestFile): Promise<vscode.TextEditor> {
  opened += 1;
  const base = requestFileName(file.clusterName ?? file.clusterId);
  const name = opened === 1 ? base : base.replace(/\.mrs-resize\.json$/, `-${opened}.mrs-resize.json`);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.Active);
  await editor.edit((b) => b.replace(new vscode.Range(0, 0, document.lineCount, 0), newRequestFileText(file)));
  if (document.languageId !== REQUEST_LANGUAGE) {
    await vscode.languages.setTextDocumentLanguage(document, REQUEST_LANGUAGE);
  }
  return editor;
}
