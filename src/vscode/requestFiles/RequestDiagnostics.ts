// Live diagnostics of request files: the rule module's findings (and unknown target) on their exact
// JSON nodes; VS Code's JSON support shows the schema's own. Debounced per document; a newer edit
// cancels the pending check, and facts read meanwhile are applied only to the version they were for.
import * as vscode from 'vscode';
import { analyzeLive, type LiveFacts } from '../../core/requests';
import { diagnosticOf, isRequestFile } from './documents';

export class RequestDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('mrs-resize');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly facts: LiveFacts,
    private readonly log: vscode.LogOutputChannel,
    private readonly delayMs = 200,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, this.delayMs)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    ];
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /** Checks again now (after a Send, or a refresh of the clusters). */
  refreshAll(): void {
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isRequestFile(document)) {
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => this.update(document), delay),
    );
  }

  private update(document: vscode.TextDocument): void {
    this.timers.delete(document.uri.toString());
    const version = document.version;
    const analysis = analyzeLive(document.getText(), this.facts, vscode.l10n.t);
    this.collection.set(
      document.uri,
      analysis.check.problems.map((p) => diagnosticOf(document, p)),
    );
    if (analysis.missing.length > 0) {
      void Promise.allSettled(analysis.missing).then((results) => {
        results.forEach((r) => r.status === 'rejected' && this.log.warn(`Request file facts: ${String(r.reason)}`));
        const open = vscode.workspace.textDocuments.includes(document);
        if (open && document.version === version && results.some((r) => r.status === 'fulfilled')) {
          this.update(document);
        }
      });
    }
  }

  private forget(document: vscode.TextDocument): void {
    clearTimeout(this.timers.get(document.uri.toString()));
    this.collection.delete(document.uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    vscode.Disposable.from(...this.subscriptions, this.collection).dispose();
  }
}
