import * as vscode from 'vscode';
import { operationUri } from '../operations/OperationDetailsProvider';
import type { CommandSpec } from './registry';

export function showOperationDetails(): CommandSpec {
  return {
    title: vscode.l10n.t('Show Details'),
    run: async (id?: unknown) => {
      if (typeof id !== 'string') {
        return;
      }
      const doc = await vscode.workspace.openTextDocument(operationUri(id));
      await vscode.languages.setTextDocumentLanguage(doc, 'json');
      await vscode.window.showTextDocument(doc, { preview: true });
    },
  };
}
