// Composition root: builds every service once and hands dependencies down explicitly.
// Activation is lazy (the Clusters view or a command) and does no network I/O.
import * as vscode from 'vscode';
import { allCommands } from './vscode/commands/all';
import { registerCommands } from './vscode/commands/registry';
import { Clients } from './vscode/connections/Clients';
import { ConnectionStore } from './vscode/connections/ConnectionStore';
import { createExplorer } from './vscode/explorer';
import { createLog } from './vscode/log';
import { createOperations, type OperationsWiring } from './vscode/operations/createOperations';
import { QuickInputPrompter } from './vscode/prompts/QuickInputPrompter';
import type { Services } from './vscode/services';
import { migrateSettings } from './vscode/settings';
import { ConnectionStatusBar } from './vscode/statusBar';
import { CLUSTER_SCHEME, ClusterDetailsProvider } from './vscode/tree/ClusterDetailsProvider';
import { FilterStore } from './vscode/tree/FilterStore';
import { vscodeUi } from './vscode/ui';
import type { PanelDeps } from './vscode/webviews/ResizePanel';
import { ResizePanels } from './vscode/webviews/ResizePanels';
import { createRequestFiles, type RequestFiles } from './vscode/requestFiles/createRequestFiles';

/** Returned to integration tests (MRS_INTEGRATION=1) so that they can script prompts and read state. */
export type TestApi = Services &
  OperationsWiring & {
    readonly statusBar: ConnectionStatusBar;
    readonly explorer: ReturnType<typeof createExplorer>;
    readonly resizePanels: ResizePanels;
    readonly requestFiles: RequestFiles;
    /** performance.now() at the start and at the end of activate() (npm run bench reads them). */
    readonly activation: { readonly startMs: number; readonly endMs: number };
  };

export function activate(context: vscode.ExtensionContext): TestApi | undefined {
  const startMs = performance.now();
  const log = createLog();
  const store = new ConnectionStore(context);
  const clients = new Clients(store, log);
  const filter = new FilterStore(context.workspaceState);
  const explorer = createExplorer(context, log, store, clients, filter);
  const statusBar = new ConnectionStatusBar(store);
  const services: Services = {
    context,
    log,
    store,
    clients,
    filter,
    model: explorer.model,
    tree: explorer.tree,
    prompter: { current: new QuickInputPrompter() },
    ui: { current: vscodeUi },
  };
  context.subscriptions.push(
    log,
    store,
    filter,
    statusBar,
    store.onDidChange(() => statusBar.update()),
    vscode.workspace.registerTextDocumentContentProvider(CLUSTER_SCHEME, new ClusterDetailsProvider(clients)),
  );
  void migrateSettings(log);
  const operations = createOperations(services);
  const resizePanels = new ResizePanels(resizeFormDeps(services, operations));
  const requestFiles = createRequestFiles(services, operations.history);
  context.subscriptions.push(resizePanels);
  registerCommands(context, log, services.ui, allCommands(services, operations, resizePanels, requestFiles));
  log.info(
    `MRS Explorer ${(context.extension.packageJSON as { version: string }).version} activated (VS Code ${vscode.version}, ${vscode.env.language})`,
  );
  const activation = { startMs, endMs: performance.now() };
  return process.env.MRS_INTEGRATION === '1'
    ? { ...services, ...operations, statusBar, explorer, resizePanels, requestFiles, activation }
    : undefined;
}

/** What the resize forms use of the services and the operations. */
function resizeFormDeps(s: Services, { lifecycle, history }: OperationsWiring): PanelDeps {
  const { clients, log, ui, model, tree, context } = s;
  const treeChanged = tree.onDidChangeTreeData;
  return { clients, log, ui, model, treeChanged, extensionUri: context.extensionUri, lifecycle, history };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
