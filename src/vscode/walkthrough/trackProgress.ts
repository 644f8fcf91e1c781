// Sets the context keys of progress.ts from what this window sees (its connections, its open
// documents, the shared journal, the chat agent's tools, the Clusters view), so that VS Code checks off
// the steps of the getting-started walkthrough whose completion event is `onContext:<key>`; and checks
// a done step off itself, once per machine, with the workbench's `welcome.markStepComplete`, because
// VS Code never sees a key or a view that was already there when it registered the walkthrough
// (docs/vscode-walkthroughs.md). Only maps.
import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';
import type { Logger } from '../../core/log';
import type { ConnectionStore } from '../connections/ConnectionStore';
import {
  doneSteps,
  walkthroughContext,
  walkthroughStepId,
  type WalkthroughFacts,
  type WalkthroughKey,
} from './progress';

/** The workbench's command behind a step's "Mark Done" (VS Code 1.100: the step id as its argument). */
const MARK_STEP_COMPLETE = 'welcome.markStepComplete';
/** globalState: the step ids checked off by the extension, never again (the user may uncheck them). */
const CHECKED_OFF = 'mrs.walkthrough.checkedOff';
/** VS Code registers the walkthrough up to 5 s after the extensions; one retry after that. */
const RETRY_MS = 6000;

export interface WalkthroughDeps {
  readonly store: ConnectionStore;
  readonly history: OperationHistory;
  /** The Clusters view. */
  readonly clustersView: Pick<vscode.TreeView<unknown>, 'visible' | 'onDidChangeVisibility'>;
  /** The extension's id and global state (context.extension.id, context.globalState). */
  readonly extensionId: string;
  readonly globalState: vscode.Memento;
  readonly log: Logger;
}

export class WalkthroughProgress implements vscode.Disposable {
  private readonly keys = new Map<WalkthroughKey, boolean>();
  private readonly subscriptions: vscode.Disposable[];
  private agentToolRuns = 0;
  private clustersViewSeen: boolean;
  private last: WalkthroughFacts | undefined;
  /** Step ids being checked off now, and those that failed twice (not tried again in this window). */
  private readonly pending = new Set<string>();
  private readonly failures = new Map<string, number>();
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly deps: WalkthroughDeps) {
    const update = (): void => this.update();
    this.clustersViewSeen = deps.clustersView.visible;
    this.subscriptions = [
      deps.store.onDidChange(update),
      deps.history.onDidChange(update),
      deps.clustersView.onDidChangeVisibility((e) => {
        this.clustersViewSeen ||= e.visible;
        update();
      }),
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

  /** What the keys were last set from, and to, and the steps checked off (for the integration tests). */
  current(): {
    readonly facts: WalkthroughFacts | undefined;
    readonly keys: ReadonlyMap<WalkthroughKey, boolean>;
    readonly checkedOff: readonly string[];
  } {
    return { facts: this.last, keys: this.keys, checkedOff: this.checkedOff() };
  }

  private update(): void {
    this.last = {
      connections: this.deps.store.list().length,
      clustersViewSeen: this.clustersViewSeen,
      openDocuments: vscode.workspace.textDocuments.map((d) => ({ scheme: d.uri.scheme, path: d.uri.path })),
      waysIn: this.deps.history.list().map((r) => r.wayIn),
      agentToolRuns: this.agentToolRuns,
    };
    for (const [key, value] of Object.entries(walkthroughContext(this.last)) as [WalkthroughKey, boolean][]) {
      if (this.keys.get(key) !== value) {
        this.keys.set(key, value);
        void vscode.commands.executeCommand('setContext', key, value);
      }
    }
    this.checkOff(this.last);
  }

  private checkedOff(): string[] {
    return this.deps.globalState.get<string[]>(CHECKED_OFF, []);
  }

  private checkOff(facts: WalkthroughFacts): void {
    const done = new Set(this.checkedOff());
    for (const step of doneSteps(facts)) {
      const id = walkthroughStepId(this.deps.extensionId, step);
      if (done.has(id) || this.pending.has(id) || (this.failures.get(id) ?? 0) >= 2) {
        continue;
      }
      this.pending.add(id);
      vscode.commands.executeCommand(MARK_STEP_COMPLETE, id).then(
        () => {
          this.pending.delete(id);
          void this.deps.globalState.update(CHECKED_OFF, [...new Set([...this.checkedOff(), id])]);
        },
        (e: unknown) => {
          // Before VS Code registered the walkthrough (it keeps the step done all the same), or in an
          // editor without the command: the completion events remain.
          this.pending.delete(id);
          this.failures.set(id, (this.failures.get(id) ?? 0) + 1);
          this.deps.log.debug(`walkthrough: ${MARK_STEP_COMPLETE} ${id} failed: ${String(e)}`);
          this.retry ??= setTimeout(() => {
            this.retry = undefined;
            this.update();
          }, RETRY_MS);
        },
      );
    }
  }

  dispose(): void {
    clearTimeout(this.retry);
    for (const s of this.subscriptions) {
      s.dispose();
    }
  }
}
