// Wires the resize lifecycle into VS Code: the journal and the cluster locks every window and
// every mrs-resize run of this user share (core/journal/journalFolder.ts), the history the views
// read, the notifications while following, and the Operations view.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { errorForLog, errorMessage } from '../../core/errors';
import {
  ClusterLocks,
  cliJournalFolderOf01,
  FileJournal,
  importOldJournal,
  journalFolder,
  OperationHistory,
} from '../../core/journal';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import { ResizeLifecycle, type WindowIdentity } from '../../core/operations';
import type { Clients } from '../connections/Clients';
import { uiLanguage } from '../language';
import { settings } from '../settings';
import type { UiSlot } from '../ui';
import { followNotifications } from './FollowNotifications';
import { OPERATION_SCHEME, OperationDetailsProvider } from './OperationDetailsProvider';
import { OperationsStatusBar } from './OperationsStatusBar';
import { OperationsTreeProvider } from './OperationsTreeProvider';

export interface OperationsWiring {
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  readonly operationsStatusBar: OperationsStatusBar;
  readonly operationsTree: OperationsTreeProvider;
}

/** What the lifecycle uses: clients for its readings and the PUT; ui, log and the view's model for what it reports. */
export interface LifecycleDeps {
  readonly clients: Clients;
  readonly ui: UiSlot;
  readonly log: vscode.LogOutputChannel;
  readonly model: ExplorerModel;
}

/** Version 0.1 kept the history in globalState under this key; it is moved to the journal once. */
const LEGACY_KEY = 'mrs.operations';

/** Where 0.1.x of the extension kept its journal (imported once into the shared one). */
function journalFolderOf01(context: vscode.ExtensionContext): string {
  return path.join(context.globalStorageUri.fsPath, 'operations');
}

/** The shared journal: the `mrs.operations.journalFolder` setting, else MRS_RESIZE_JOURNAL, else the platform's. */
export function sharedJournalFolder(): string {
  return journalFolder(settings.journalFolder(), process.env);
}

/** The lifecycle over a history, as activation builds it (tests build a second window's). */
export function buildLifecycle(
  { clients, ui, log, model }: LifecycleDeps,
  history: OperationHistory,
  me?: WindowIdentity,
): ResizeLifecycle {
  return new ResizeLifecycle({
    history,
    locks: new ClusterLocks(history.folder, { kind: 'window', ...(me ? { pid: me.pid } : {}) }),
    clientFor: (connection) => clients.get(connection),
    quotaFor: (connection) => clients.quota(connection),
    reporter: followNotifications({
      ui,
      log,
      clusterChanged: (connection, id) => void model.refreshCluster(connection, id).catch(() => undefined),
      showOperation: (r) => vscode.commands.executeCommand('mrs.operation.showDetails', r.id),
    }),
    t: vscode.l10n.t,
    language: uiLanguage,
    followSettings: settings.follow,
    logger: log,
    me,
  });
}

export function createOperations(context: vscode.ExtensionContext, deps: LifecycleDeps): OperationsWiring {
  const history = new OperationHistory(new FileJournal(sharedJournalFolder()), deps.log);
  const lifecycle = buildLifecycle(deps, history);
  const tree = new OperationsTreeProvider(history);
  const operationsStatusBar = new OperationsStatusBar(history);
  context.subscriptions.push(
    { dispose: () => lifecycle.dispose() },
    history,
    tree,
    operationsStatusBar,
    vscode.window.createTreeView('mrs.operations', { treeDataProvider: tree }),
    vscode.workspace.registerTextDocumentContentProvider(OPERATION_SCHEME, new OperationDetailsProvider(history)),
  );
  context.subscriptions.push(refreshOnOthersOperations(history, deps.model));
  void start(context, deps.log, history, lifecycle);
  return { lifecycle, history, operationsStatusBar, operationsTree: tree };
}

/**
 * An operation of another process (mrs-resize, another window) starts or ends: the clusters view
 * reads that cluster again, wherever a connection of this window lists it, so that it shows
 * "scaling out" (and the poller follows it) without waiting for a refresh.
 */
function refreshOnOthersOperations(history: OperationHistory, model: ExplorerModel) {
  const seen = new Map(history.list().map((r) => [r.id, r.state]));
  // Operations of this process: its lifecycle refreshes their clusters itself.
  const ours = new Set<string>();
  return history.onDidChange(() => {
    for (const r of history.list()) {
      if (r.follower?.pid === process.pid) {
        ours.add(r.id);
      }
      if (seen.get(r.id) !== r.state && !ours.has(r.id)) {
        for (const connection of model.connectionsShowing(r.clusterId)) {
          void model.refreshCluster(connection, r.clusterId).catch(() => undefined);
        }
      }
      seen.set(r.id, r.state);
    }
  });
}

/**
 * Reads the journal, then follows again what no living window follows. The first poll comes
 * after a delay, so activation itself sends nothing.
 */
async function start(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  history: OperationHistory,
  lifecycle: ResizeLifecycle,
): Promise<void> {
  try {
    await history.load({ watch: true });
    log.info(`Operations journal: ${history.folder}`);
    await importOld(context, log, history);
    await lifecycle.resumeAll();
    // Another process may leave an operation for a later reading (mrs-resize apply --no-follow).
    context.subscriptions.push(history.onDidChange(() => lifecycle.resumeSoon()));
  } catch (e) {
    log.error(errorForLog(e));
  }
}

/** The histories of 0.1 (globalState, the extension's and the CLI's journal folders), moved once. */
async function importOld(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  history: OperationHistory,
): Promise<void> {
  const legacy = context.globalState.get<unknown>(LEGACY_KEY);
  if (legacy !== undefined) {
    log.info(`Moved ${await history.importRecords(legacy)} operations from the 0.1 history to the journal`);
    await context.globalState.update(LEGACY_KEY, undefined);
  }
  for (const old of [journalFolderOf01(context), cliJournalFolderOf01(process.env)]) {
    try {
      const added = await importOldJournal(history, old);
      if (added > 0) {
        log.info(`Imported ${added} operations from ${old}`);
      }
    } catch (e) {
      log.warn(`Importing the journal ${old} failed: ${errorMessage(e)}`);
    }
  }
}
