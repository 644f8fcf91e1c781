// Wires the resize lifecycle into VS Code: the journal in the global storage folder, the
// history the views read, the notifications while following, and the Operations view.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { errorForLog } from '../../core/errors';
import { FileJournal, OperationHistory, ResizeLifecycle, type WindowIdentity } from '../../core/operations';
import { uiLanguage } from '../language';
import { openClusterDetails } from '../tree/ClusterDetailsProvider';
import type { Services } from '../services';
import { settings } from '../settings';
import { followNotifications } from './FollowNotifications';
import { OPERATION_SCHEME, OperationDetailsProvider } from './OperationDetailsProvider';
import { OperationsStatusBar } from './OperationsStatusBar';
import { OperationsTreeProvider } from './OperationsTreeProvider';

export interface OperationsWiring {
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  readonly operationsStatusBar: OperationsStatusBar;
}

/** Version 0.1 kept the history in globalState under this key; it is moved to the journal once. */
const LEGACY_KEY = 'mrs.operations';

export function operationsFolder(context: vscode.ExtensionContext): string {
  return path.join(context.globalStorageUri.fsPath, 'operations');
}

/** The lifecycle over a history, as activation builds it (tests build a second window's). */
export function buildLifecycle(s: Services, history: OperationHistory, me?: WindowIdentity): ResizeLifecycle {
  return new ResizeLifecycle({
    history,
    clientFor: (connection) => s.clients.get(connection),
    reporter: followNotifications({
      ui: s.ui,
      log: s.log,
      clusterChanged: (connection, id) => void s.model.refreshCluster(connection, id).catch(() => undefined),
      openCluster: (r) => openClusterDetails(r.connection, r.clusterId, r.clusterName),
    }),
    t: vscode.l10n.t,
    language: uiLanguage,
    followSettings: settings.follow,
    logger: s.log,
    me,
  });
}

export function createOperations(s: Services): OperationsWiring {
  const history = new OperationHistory(new FileJournal(operationsFolder(s.context)), s.log);
  const lifecycle = buildLifecycle(s, history);
  const tree = new OperationsTreeProvider(history);
  const operationsStatusBar = new OperationsStatusBar(history);
  s.context.subscriptions.push(
    { dispose: () => lifecycle.dispose() },
    history,
    tree,
    operationsStatusBar,
    vscode.window.createTreeView('mrs.operations', { treeDataProvider: tree }),
    vscode.workspace.registerTextDocumentContentProvider(OPERATION_SCHEME, new OperationDetailsProvider(history)),
  );
  void start(s, history, lifecycle);
  return { lifecycle, history, operationsStatusBar };
}

/**
 * Reads the journal, then follows again what no living window follows. The first poll comes
 * after a delay, so activation itself sends nothing.
 */
async function start(s: Services, history: OperationHistory, lifecycle: ResizeLifecycle): Promise<void> {
  try {
    await history.load({ watch: true });
    const legacy = s.context.globalState.get<unknown>(LEGACY_KEY);
    if (legacy !== undefined) {
      s.log.info(`Moved ${await history.importRecords(legacy)} operations from the 0.1 history to the journal`);
      await s.context.globalState.update(LEGACY_KEY, undefined);
    }
    await lifecycle.resumeAll();
  } catch (e) {
    s.log.error(errorForLog(e));
  }
}
