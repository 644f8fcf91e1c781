import * as vscode from 'vscode';
import type { MessageDescription } from '../describeMessage';

/** Empty and error rows. An error row retries on click and offers Retry / Show Log inline. */
export class MessageItem extends vscode.TreeItem {
  constructor(id: string, row: MessageDescription, connection: string | undefined) {
    super(row.label, vscode.TreeItemCollapsibleState.None);
    this.id = id;
    this.tooltip = new vscode.MarkdownString(row.tooltip);
    this.accessibilityInformation = { label: row.accessibilityLabel };
    this.contextValue = `message:${row.severity}`;
    this.iconPath =
      row.severity === 'error'
        ? new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'))
        : new vscode.ThemeIcon('info');
    if (row.command) {
      this.command = { command: row.command, title: vscode.l10n.t('Retry'), arguments: [connection] };
    }
  }
}

export class LoadMoreItem extends vscode.TreeItem {
  constructor(id: string, connection: string, loaded: number, total: number | undefined) {
    super(vscode.l10n.t('Load more…'), vscode.TreeItemCollapsibleState.None);
    this.id = id;
    this.description = total === undefined ? String(loaded) : vscode.l10n.t('{0} of {1}', loaded, total);
    this.iconPath = new vscode.ThemeIcon('ellipsis');
    this.contextValue = 'loadMore';
    this.command = { command: 'mrs.clusters.loadMore', title: vscode.l10n.t('Load more…'), arguments: [connection] };
  }
}
