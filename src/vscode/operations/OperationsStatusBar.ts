// `$(sync~spin) MRS: 2 resizes running`, shown only while some are; resizes whose outcome is not
// known yet are counted apart, so that the bar never says "running" of something that may not be.
import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';

export class OperationsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mrs.operations', vscode.StatusBarAlignment.Left, 49);
  private readonly subscription: { dispose(): void };

  constructor(private readonly history: OperationHistory) {
    this.item.name = vscode.l10n.t('MRS Operations');
    this.item.command = 'mrs.operations.focus';
    this.subscription = history.onDidChange(() => this.update());
    this.update();
  }

  update(): void {
    const text = this.describe();
    if (!text) {
      this.item.hide();
      return;
    }
    this.item.text = text;
    this.item.tooltip = vscode.l10n.t('Resizes being followed. Click to show the operations.');
    this.item.show();
  }

  private describe(): string | undefined {
    const active = this.history.active();
    const unknown = active.filter((r) => r.state === 'unknown').length;
    const running = active.length - unknown;
    const parts = [
      ...(running === 1 ? [vscode.l10n.t('MRS: 1 resize running')] : []),
      ...(running > 1 ? [vscode.l10n.t('MRS: {0} resizes running', running)] : []),
      ...(unknown === 1 ? [vscode.l10n.t('MRS: 1 resize with an unknown outcome')] : []),
      ...(unknown > 1 ? [vscode.l10n.t('MRS: {0} resizes with an unknown outcome', unknown)] : []),
    ];
    if (parts.length === 0) {
      return undefined;
    }
    return `${running > 0 ? '$(sync~spin)' : '$(question)'} ${parts.join(' · ')}`;
  }

  get text(): string | undefined {
    return this.describe();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
