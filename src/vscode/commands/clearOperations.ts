import * as vscode from 'vscode';
import type { OperationsStore } from '../operations/OperationsStore';
import type { CommandSpec } from './registry';

/** Forgets finished operations; running ones stay. */
export function clearOperations(store: OperationsStore): CommandSpec {
  return {
    title: vscode.l10n.t('Clear'),
    run: () => store.clear(),
  };
}
