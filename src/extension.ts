// Composition root: builds every service once and hands dependencies down explicitly.
// Activation is lazy (the Clusters view or a command) and does no network I/O.
import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands/registry';
import { showLog } from './vscode/commands/showLog';
import { createLog } from './vscode/log';
import { ClustersTreeProvider } from './vscode/tree/ClustersTreeProvider';

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  const clusters = new ClustersTreeProvider();
  context.subscriptions.push(
    log,
    clusters,
    vscode.window.registerTreeDataProvider('mrs.clusters', clusters),
  );
  registerCommands(context, log, {
    'mrs.log.show': showLog(log),
  });
  log.info(`MRS Explorer ${(context.extension.packageJSON as { version: string }).version} activated (VS Code ${vscode.version}, ${vscode.env.language})`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
