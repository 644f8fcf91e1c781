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
import type { PrompterSlot } from './vscode/prompts/PrompterSlot';
import type { Services } from './vscode/services';
import { migrateSettings } from './vscode/settings';
import { ConnectionStatusBar } from './vscode/statusBar';
import { CLUSTER_SCHEME, ClusterDetailsProvider } from './vscode/tree/ClusterDetailsProvider';
import { FilterStore } from './vscode/tree/FilterStore';
import { vscodeUi, type UiSlot } from './vscode/ui';
import { ResizePanels } from './vscode/webviews/ResizePanels';
import { createRequestFiles, type RequestFiles } from './vscode/requestFiles/createRequestFiles';
import { registerAgentTools, type AgentToolsWiring } from './vscode/agent/registerAgentTools';
import { WalkthroughProgress } from './vscode/walkthrough/trackProgress';

/** Returned to integration tests (MRS_INTEGRATION=1) so that they can script prompts and read state. */
export type TestApi = Services &
  OperationsWiring & {
    readonly statusBar: ConnectionStatusBar;
    readonly explorer: ReturnType<typeof createExplorer>;
    readonly resizePanels: ResizePanels;
    readonly requestFiles: RequestFiles;
    readonly agentTools: AgentToolsWiring;
    readonly walkthrough: WalkthroughProgress;
    /** performance.now() at the start and at the end of activate() (npm run bench reads them). */
    readonly activation: { readonly startMs: number; readonly endMs: number };
  };

/** The Clusters view and what it reads: log, connections, clients, filter, model, tree, status bar. */
function createClusters(context: vscode.ExtensionContext) {
  const log = createLog();
  const store = new ConnectionStore(context);
  const clients = new Clients(store, log);
  const filter = new FilterStore(context.workspaceState);
  const explorer = createExplorer(context, log, store, clients, filter);
  const statusBar = new ConnectionStatusBar(store);
  context.subscriptions.push(
    log,
    store,
    filter,
    statusBar,
    store.onDidChange(() => statusBar.update()),
    vscode.workspace.registerTextDocumentContentProvider(CLUSTER_SCHEME, new ClusterDetailsProvider(clients)),
  );
  return { log, store, clients, filter, explorer, model: explorer.model, statusBar };
}

export function activate(context: vscode.ExtensionContext): TestApi | undefined {
  const startMs = performance.now();
  const { log, store, clients, filter, explorer, model, statusBar } = createClusters(context);
  const prompter: PrompterSlot = { current: new QuickInputPrompter() };
  const ui: UiSlot = { current: vscodeUi };
  void migrateSettings(log);
  const operations = createOperations(context, { clients, ui, log, model });
  const { lifecycle, history } = operations;
  const treeChanged = explorer.tree.onDidChangeTreeData;
  const extensionUri = context.extensionUri;
  const panels = new ResizePanels({ clients, log, ui, model, treeChanged, extensionUri, lifecycle, history });
  const files = createRequestFiles(context, { store, clients, log, history });
  context.subscriptions.push(panels);
  const commands = allCommands({ log, store, clients, model, filter, prompter, ui, lifecycle, history, panels, files });
  registerCommands(context, log, ui, commands);
  const walkthrough = new WalkthroughProgress({
    store,
    history,
    clustersView: explorer.view,
    extensionId: context.extension.id,
    globalState: context.globalState,
    log,
  });
  context.subscriptions.push(walkthrough);
  const agentDeps = { log, store, clients, model, filter, lifecycle, history, ui };
  const agentTools = registerAgentTools(context, { ...agentDeps, onInvoked: () => walkthrough.agentToolRan() });
  log.info(
    `MRS Explorer ${(context.extension.packageJSON as { version: string }).version} activated (VS Code ${vscode.version}, ${vscode.env.language})`,
  );
  const activation = { startMs, endMs: performance.now() };
  if (process.env.MRS_INTEGRATION !== '1') {
    return undefined;
  }
  const services: Services = { context, log, store, clients, filter, model, tree: explorer.tree, prompter, ui };
  return {
    ...services,
    ...operations,
    statusBar,
    explorer,
    resizePanels: panels,
    requestFiles: files,
    agentTools,
    walkthrough,
    activation,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
