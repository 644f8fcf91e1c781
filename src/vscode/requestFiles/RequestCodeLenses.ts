// CodeLens above `request`: "Send to <cluster>" (or "Cannot send: 2 problems", which opens the Problems
// view, while errors stand), "Preview", "Open in Form". Titles use what the cache knows; the commands
// read the file's text at the moment they run.
import * as vscode from 'vscode';
import { findNodeAtLocation } from 'jsonc-parser';
import { analyzeLive, sendLens, type LiveFacts } from '../../core/requests';
import { rangeOf } from './documents';

export class RequestCodeLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly facts: LiveFacts) {}

  /** Titles may name the cluster once the cache has read it. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // With the schema's problems: while any error stands the lens says so instead of offering Send.
    const analysis = analyzeLive(document.getText(), this.facts, vscode.l10n.t, true);
    const key = analysis.parsed.root && findNodeAtLocation(analysis.parsed.root, ['request'])?.parent?.children?.[0];
    if (!key) {
      return [];
    }
    void Promise.allSettled(analysis.missing).then((r) => r.some((x) => x.status === 'fulfilled') && this.refresh());
    const range = rangeOf(document, key.offset, key.length);
    const lens = sendLens(analysis, vscode.l10n.t);
    // The count shown in the title goes with the command: the plan says so if the cluster has changed since.
    const send =
      lens.kind === 'blocked'
        ? { title: lens.title, command: 'workbench.actions.view.problems' }
        : {
            title: lens.title,
            command: 'mrs.requestFile.send',
            arguments: [document.uri, ...(lens.from === undefined ? [] : [{ from: lens.from }])],
          };
    return [
      new vscode.CodeLens(range, send),
      new vscode.CodeLens(range, {
        title: vscode.l10n.t('Preview'),
        command: 'mrs.requestFile.preview',
        arguments: [document.uri],
      }),
      new vscode.CodeLens(range, {
        title: vscode.l10n.t('Open in Form'),
        command: 'mrs.requestFile.openInForm',
        arguments: [document.uri],
      }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
