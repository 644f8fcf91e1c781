import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';
import type { CommandSpec } from './registry';

/** Forgets finished operations; active ones stay. */
export function clearOperations(history: OperationHistory): CommandSpec {
  return {
    title: vscode.l10n.t('Clear'),
    run: () => history.clearFinished(),
  };
}
