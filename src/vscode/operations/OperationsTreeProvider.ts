// The Operations view: the journal files that cannot be read (first: they keep a cluster busy),
// then the last 50 resizes of every window and mrs-resize run, newest first; a click opens one.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OperationHistory, ResizeOperationRecord, UnreadableRecord } from '../../core/journal';
import { apply } from '../tree/items/apply';
import { describeOperationRecord, describeUnreadable } from './describeOperation';

/** Tree elements: an operation id, or `unreadable:` and a file name. */
const UNREADABLE = 'unreadable:';

export function unreadableElement(file: string): string {
  return `${UNREADABLE}${file}`;
}

class UnreadableItem extends vscode.TreeItem {
  constructor(u: UnreadableRecord, folder: string) {
    const d = describeUnreadable(u, folder, vscode.l10n.t);
    super(d.label, vscode.TreeItemCollapsibleState.None);
    apply(this, unreadableElement(u.file), d);
    this.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open'),
      arguments: [vscode.Uri.file(path.join(folder, u.file))],
    };
  }
}

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

  getTreeItem(element: string): vscode.TreeItem {
    if (element.startsWith(UNREADABLE)) {
      const file = element.slice(UNREADABLE.length);
      const u = this.store.unreadable().find((x) => x.file === file);
      return u ? new UnreadableItem(u, this.store.folder) : new vscode.TreeItem(file);
    }
    const r = this.store.get(element);
    return r ? new OperationItem(r) : new vscode.TreeItem(element);
  }

  getChildren(element?: string): string[] {
    if (element) {
      return [];
    }
    return [...this.store.unreadable().map((u) => unreadableElement(u.file)), ...this.store.list().map((r) => r.id)];
  }

  dispose(): void {
    if (this.ticker) {
      clearInterval(this.ticker);
    }
    this.subscription.dispose();
    this.changed.dispose();
  }
}
