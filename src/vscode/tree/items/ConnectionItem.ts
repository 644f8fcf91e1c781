import * as vscode from 'vscode';
import type { Connection } from '../../../core/connections/connection';

export class ConnectionItem extends vscode.TreeItem {
  constructor(id: string, connection: Connection, active: boolean) {
    super(connection.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = id;
    this.description = active ? vscode.l10n.t('{0} · active', connection.region) : connection.region;
    this.iconPath = new vscode.ThemeIcon(connection.source === 'environment' ? 'symbol-variable' : 'cloud');
    this.contextValue = `connection:${connection.source}`;
    this.tooltip = `${connection.name} · ${connection.region} · ${connection.authMethod}`;
  }
}
