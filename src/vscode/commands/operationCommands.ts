import * as vscode from 'vscode';
import type { Operations } from '../operations/Operations';
import { operationUri } from '../operations/OperationDetailsProvider';
import type { OperationsStore } from '../operations/OperationsStore';
import type { UiSlot } from '../ui';
import type { CommandSpec } from './registry';

export function showOperationDetails(): CommandSpec {
  return {
    title: vscode.l10n.t('Show Details'),
    run: async (id?: unknown) => {
      if (typeof id !== 'string') return;
      const doc = await vscode.workspace.openTextDocument(operationUri(id));
      await vscode.languages.setTextDocumentLanguage(doc, 'json');
      await vscode.window.showTextDocument(doc, { preview: true });
    },
  };
}

export function stopWatching(operations: Operations, ui: UiSlot): CommandSpec {
  return {
    title: vscode.l10n.t('Stop Watching'),
    run: (id?: unknown) => {
      if (typeof id === 'string' && !operations.stopWatching(id)) {
        void ui.current.info(vscode.l10n.t('This resize is not being followed in this window.'));
      }
    },
  };
}

export function clearOperations(store: OperationsStore): CommandSpec {
  return {
    title: vscode.l10n.t('Clear'),
    run: () => store.clear(),
  };
}
