// Wires the request-file features once (called by the composition root): the shared facts cache,
// live diagnostics, completion, hover, CodeLens and the preview documents.
import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';
import type { Clients } from '../connections/Clients';
import type { ConnectionStore } from '../connections/ConnectionStore';
import { settings } from '../settings';
import { REQUEST_FILE_SELECTOR } from './documents';
import { RequestCodeLenses } from './RequestCodeLenses';
import { RequestCompletions } from './RequestCompletions';
import { RequestDiagnostics } from './RequestDiagnostics';
import { RequestFacts } from './RequestFacts';
import { RequestHover } from './RequestHover';
import { serveWithJsonFeatures } from './jsonFeatures';
import { PREVIEW_SCHEME, RequestPreviews } from './RequestPreviews';

export interface RequestFiles {
  readonly facts: RequestFacts;
  readonly previews: RequestPreviews;
  readonly diagnostics: RequestDiagnostics;
  /** Checks every open request file again and renews the CodeLens titles. */
  refresh(): void;
}

/** Facts go stale when a resize starts or ends: its cluster's counts and state change. */
function forgetOnOperations(history: OperationHistory, facts: RequestFacts, refresh: () => void): vscode.Disposable {
  let active = new Set(history.active().map((r) => r.id));
  const subscription = history.onDidChange(() => {
    const now = new Set(history.active().map((r) => r.id));
    const changed = now.size !== active.size || [...now].some((id) => !active.has(id));
    active = now;
    if (changed) {
      facts.forgetAll();
      refresh();
    }
  });
  return new vscode.Disposable(() => subscription.dispose());
}

/** What the request-file features read: connections and their clients, the log, and the history (for stale facts). */
interface RequestFilesDeps {
  readonly store: ConnectionStore;
  readonly clients: Clients;
  readonly log: vscode.LogOutputChannel;
  readonly history: OperationHistory;
}

export function createRequestFiles(
  context: vscode.ExtensionContext,
  { store, clients, log, history }: RequestFilesDeps,
): RequestFiles {
  const facts = new RequestFacts(store, clients, undefined, undefined, settings.maxNodes, vscode.l10n.t);
  const diagnostics = new RequestDiagnostics(facts, log);
  const lenses = new RequestCodeLenses(facts);
  const previews = new RequestPreviews();
  context.subscriptions.push(
    diagnostics,
    lenses,
    previews,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.languages.registerCompletionItemProvider(REQUEST_FILE_SELECTOR, new RequestCompletions(facts), '"', ':'),
    vscode.languages.registerHoverProvider(REQUEST_FILE_SELECTOR, new RequestHover(facts)),
    vscode.languages.registerCodeLensProvider(REQUEST_FILE_SELECTOR, lenses),
    serveWithJsonFeatures(log),
  );
  const refresh = () => {
    diagnostics.refreshAll();
    lenses.refresh();
  };
  context.subscriptions.push(
    forgetOnOperations(history, facts, refresh),
    // A raised limit set or changed: the limits the files show change with it.
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mrs.resize.maxNodes') && refresh()),
  );
  return { facts, previews, diagnostics, refresh };
}
