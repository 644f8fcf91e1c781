import * as vscode from 'vscode';
import type { CommandSpec } from './registry';

export function showLog(log: vscode.LogOutputChannel): CommandSpec {
  return {
    title: vscode.l10n.t('Show Log'),
    run: () => log.show(),
  };
}
