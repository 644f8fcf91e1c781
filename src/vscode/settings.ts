import * as vscode from 'vscode';

const config = () => vscode.workspace.getConfiguration('mrs');

export const settings = {
  pageSize: (): number => Math.max(1, Math.min(500, Math.floor(config().get<number>('explorer.pageSize', 50)))),
  refreshSeconds: (): number => Math.max(5, config().get<number>('explorer.refreshSeconds', 15)),
};
