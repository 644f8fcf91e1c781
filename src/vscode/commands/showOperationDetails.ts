import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';
import { operationUri } from '../operations/OperationDetailsProvider';
import type { CommandSpec } from './registry';

/** Opens an operation's details, titled with its cluster and change. */
export function showOperationDetails(history: OperationHistory): CommandSpec {
  return {
    title: vscode.l10n.t('Show Details'),
    run: async (id?: unknown) => {
      const record = typeof id === 'string' ? history.get(id) : undefined;
      if (!record) {
        return;
      }
      const doc = await vscode.workspace.openTextDocument(operationUri(record));
      await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
      await vscode.window.showTextDocument(doc, { preview: true });
    },
  };
}
