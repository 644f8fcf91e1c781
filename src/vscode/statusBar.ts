// `MRS: <connection> · <region>`; a click switches the active connection.
import * as vscode from 'vscode';
import type { ConnectionStore } from './connections/ConnectionStore';

export class ConnectionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mrs.connection', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly store: ConnectionStore) {
    this.item.name = vscode.l10n.t('MRS Connection');
    this.item.command = 'mrs.connection.switch';
    this.update();
  }

  update(): void {
    const active = this.store.active();
    if (!active) {
      this.item.hide();
      return;
    }
    this.item.text = `$(cloud) ${vscode.l10n.t('MRS: {0} · {1}', active.name, active.region)}`;
    this.item.tooltip = vscode.l10n.t('Active MRS connection. Click to switch.');
    this.item.show();
  }

  /** For tests: what the item shows. */
  get text(): string | undefined {
    return this.store.active() ? this.item.text : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
