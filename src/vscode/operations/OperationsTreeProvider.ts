// The Operations view: the last 50 resizes, newest first; a click opens the record.
import * as vscode from 'vscode';
import type { OperationHistory, ResizeOperationRecord } from '../../core/journal';
import { apply } from '../tree/items/apply';
import { describeOperationRecord } from './describeOperation';

class OperationItem extends vscode.TreeItem {
  constructor(record: ResizeOperationRecord) {
    const d = describeOperationRecord(record, Date.now(), vscode.l10n.t);
    super(d.label, vscode.TreeItemCollapsibleState.None);
    apply(this, `operation:${record.id}`, d);
    this.command = {
      command: 'mrs.operation.showDetails',
      title: vscode.l10n.t('Show Details'),
      arguments: [record.id],
    };
  }
}

export class OperationsTreeProvider implements vscode.TreeDataProvider<string>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private ticker: NodeJS.Timeout | undefined;

  constructor(private readonly store: OperationHistory) {
    this.subscription = store.onDidChange(() => this.refresh());
    this.refresh();
  }

  /** Redraws; while something runs, also every 5 s so that durations move. */
  refresh(): void {
    this.changed.fire();
    const running = this.store.active().length > 0;
    if (running && !this.ticker) {
      this.ticker = setInterval(() => this.changed.fire(), 5_000);
    }
    if (!running && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  getTreeItem(id: string): vscode.TreeItem {
    const r = this.store.get(id);
    return r ? new OperationItem(r) : new vscode.TreeItem(id);
  }

  getChildren(id?: string): string[] {
    return id ? [] : this.store.list().map((r) => r.id);
  }

  dispose(): void {
    if (this.ticker) {
      clearInterval(this.ticker);
    }
    this.subscription.dispose();
    this.changed.dispose();
  }
}
