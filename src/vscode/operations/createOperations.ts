// Wires resize operations: history store, service, Operations view, status bar, details documents.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { settings } from '../settings';
import { OPERATION_SCHEME, OperationDetailsProvider } from './OperationDetailsProvider';
import { Operations } from './Operations';
import { OperationsStatusBar } from './OperationsStatusBar';
import { OperationsStore } from './OperationsStore';
import { OperationsTreeProvider } from './OperationsTreeProvider';

export interface OperationsWiring {
  readonly operations: Operations;
  readonly operationsStore: OperationsStore;
  readonly operationsStatusBar: OperationsStatusBar;
}

export function createOperations(s: Services): OperationsWiring {
  const operationsStore = new OperationsStore(s.context.globalState);
  const operations = new Operations({
    store: operationsStore,
    clients: s.clients,
    model: s.model,
    ui: s.ui,
    log: s.log,
    watchSettings: settings.watch,
  });
  const tree = new OperationsTreeProvider(operationsStore);
  const operationsStatusBar = new OperationsStatusBar(operationsStore);
  s.context.subscriptions.push(
    operationsStore,
    operations,
    tree,
    operationsStatusBar,
    vscode.window.createTreeView('mrs.operations', { treeDataProvider: tree }),
    vscode.workspace.registerTextDocumentContentProvider(
      OPERATION_SCHEME,
      new OperationDetailsProvider(operationsStore),
    ),
  );
  // Operations still running when the window closed are followed again; the first poll comes
  // after a delay, so activation itself sends nothing.
  void operations.resumeAll();
  return { operations, operationsStore, operationsStatusBar };
}
