import * as vscode from 'vscode';

/** Loading, empty and error rows. An error row retries on click and offers Retry / Show Log inline. */
export class MessageItem extends vscode.TreeItem {
  constructor(id: string, text: string, severity: 'info' | 'error', connection: string | undefined, tooltip?: string) {
    super(text, vscode.TreeItemCollapsibleState.None);
    this.id = id;
    this.tooltip = tooltip ?? text;
    this.contextValue = `message:${severity}`;
    if (severity === 'error') {
      this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      this.command = { command: 'mrs.clusters.refresh', title: vscode.l10n.t('Retry'), arguments: [connection] };
    } else {
      this.iconPath = new vscode.ThemeIcon('info');
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
