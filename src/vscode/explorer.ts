// Wires the Clusters view: model, tree, poller and the events that move them.
import * as vscode from 'vscode';
import { ExplorerModel } from '../core/explorer/ExplorerModel';
import { Poller } from '../core/explorer/Poller';
import type { Clients } from './connections/Clients';
import type { ConnectionStore } from './connections/ConnectionStore';
import { settings } from './settings';
import { ClustersTreeProvider } from './tree/ClustersTreeProvider';
import type { FilterStore } from './tree/FilterStore';

interface Explorer {
  readonly model: ExplorerModel;
  readonly tree: ClustersTreeProvider;
  readonly view: vscode.TreeView<unknown>;
  readonly poller: Poller;
}

/** Re-reads the changing clusters while the view is visible. */
function createPoller(model: ExplorerModel, view: vscode.TreeView<unknown>, log: vscode.LogOutputChannel): Poller {
  return new Poller({
    targets: () => model.transitional(),
    refresh: (c, id) => model.refreshCluster(c, id),
    refreshMany: (c, ids) => model.refreshClusters(c, ids),
    visible: () => view.visible,
    intervalMs: () => settings.refreshSeconds() * 1000,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
    logger: log,
  });
}

export function createExplorer(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  store: ConnectionStore,
  clients: Clients,
  filter: FilterStore,
): Explorer {
  // The model reports changes to the tree and the poller, which are built after it.
  const late: { tree?: ClustersTreeProvider; poller?: Poller } = {};
  const model = new ExplorerModel({
    clientFor: (name) => clients.get(name),
    pageSize: settings.pageSize,
    filter: () => filter.get(),
    now: () => new Date(),
    onChange: (change) => {
      late.tree?.refresh(change);
      late.poller?.update();
    },
  });
  const tree = (late.tree = new ClustersTreeProvider(store, model, log));
  const view = vscode.window.createTreeView('mrs.clusters', { treeDataProvider: tree, showCollapseAll: true });
  const poller = (late.poller = createPoller(model, view, log));
  const showFilter = (): void => {
    view.description = filter.describe();
    void vscode.commands.executeCommand('setContext', 'mrs.filterActive', filter.isActive());
  };
  const reload = (): void => {
    clients.clear();
    model.reset();
    tree.reset();
    poller.restart();
    showFilter();
  };
  showFilter();
  context.subscriptions.push(
    tree,
    view,
    poller,
    view.onDidChangeVisibility(() => poller.update()),
    store.onDidChange(reload),
    filter.onDidChange(reload),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mrs.explorer.pageSize')) {
        reload();
      }
      if (e.affectsConfiguration('mrs.explorer.refreshSeconds')) {
        poller.restart();
      }
      if (e.affectsConfiguration('mrs.resize.maxNodes')) {
        tree.refresh();
      }
    }),
  );
  return { model, tree, view, poller };
}
