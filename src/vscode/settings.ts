import * as vscode from 'vscode';

const config = () => vscode.workspace.getConfiguration('mrs');

export const settings = {
  pageSize: (): number => Math.max(1, Math.min(500, Math.floor(config().get<number>('explorer.pageSize', 50)))),
  refreshSeconds: (): number => Math.max(5, config().get<number>('explorer.refreshSeconds', 15)),
  watch: (): { intervalMs: number; timeoutMs: number } => ({
    intervalMs: Math.max(1, config().get<number>('watch.intervalSeconds', 15)) * 1000,
    timeoutMs: Math.max(1, config().get<number>('watch.timeoutMinutes', 60)) * 60_000,
  }),
};
