// `$(sync~spin) MRS: 2 resizes running`, shown only while some are.
import * as vscode from 'vscode';
import type { OperationsStore } from './OperationsStore';

export class OperationsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mrs.operations', vscode.StatusBarAlignment.Left, 49);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: OperationsStore) {
    this.item.name = vscode.l10n.t('MRS Operations');
    this.item.command = 'mrs.operations.focus';
    this.subscription = store.onDidChange(() => this.update());
    this.update();
  }

  update(): void {
    const n = this.store.running().length;
    if (n === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(sync~spin) ${n === 1 ? vscode.l10n.t('MRS: 1 resize running') : vscode.l10n.t('MRS: {0} resizes running', n)}`;
    this.item.tooltip = vscode.l10n.t('Resizes being followed. Click to show the operations.');
    this.item.show();
  }

  get text(): string | undefined {
    return this.store.running().length > 0 ? this.item.text : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
