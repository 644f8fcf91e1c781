// Sets the context keys of progress.ts from what this window sees (its connections, its open
// documents, the shared journal, the chat agent's tools), so that VS Code checks off the steps of the
// getting-started walkthrough whose completion event is `onContext:<key>`. Only maps.
import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';
import type { ConnectionStore } from '../connections/ConnectionStore';
import { walkthroughContext, type WalkthroughFacts, type WalkthroughKey } from './progress';

export class WalkthroughProgress implements vscode.Disposable {
  private readonly keys = new Map<WalkthroughKey, boolean>();
  private readonly subscriptions: vscode.Disposable[];
  private agentToolRuns = 0;
  private last: WalkthroughFacts | undefined;

  constructor(
    private readonly store: ConnectionStore,
    private readonly history: OperationHistory,
  ) {
    const update = (): void => this.update();
    this.subscriptions = [
      store.onDidChange(update),
      history.onDidChange(update),
      vscode.workspace.onDidOpenTextDocument(update),
      vscode.workspace.onDidCloseTextDocument(update),
    ];
    this.update();
  }

  /** One of the chat agent's tools ran. */
  agentToolRan(): void {
    this.agentToolRuns++;
    this.update();
  }

  /** What the keys were last set from, and to (for the integration tests). */
  current(): { readonly facts: WalkthroughFacts | undefined; readonly keys: ReadonlyMap<WalkthroughKey, boolean> } {
    return { facts: this.last, keys: this.keys };
  }

  private update(): void {
    this.last = {
      connections: this.store.list().length,
      openDocuments: vscode.workspace.textDocuments.map((d) => ({ scheme: d.uri.scheme, path: d.uri.path })),
      waysIn: this.history.list().map((r) => r.wayIn),
      agentToolRuns: this.agentToolRuns,
    };
    for (const [key, value] of Object.entries(walkthroughContext(this.last)) as [WalkthroughKey, boolean][]) {
      if (this.keys.get(key) !== value) {
        this.keys.set(key, value);
        void vscode.commands.executeCommand('setContext', key, value);
      }
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) {
      s.dispose();
    }
  }
}
