// CodeLens above `request`: "Send to <cluster>", "Preview", "Open in Form". Titles use what the cache
// knows; the commands read the file's text at the moment they run.
import * as vscode from 'vscode';
import { findNodeAtLocation } from 'jsonc-parser';
import { analyzeLive, type LiveFacts } from '../../core/requests';
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
    const analysis = analyzeLive(document.getText(), this.facts, vscode.l10n.t);
    const key = analysis.parsed.root && findNodeAtLocation(analysis.parsed.root, ['request'])?.parent?.children?.[0];
    if (!key) {
      return [];
    }
    void Promise.allSettled(analysis.missing).then((r) => r.some((x) => x.status === 'fulfilled') && this.refresh());
    const range = rangeOf(document, key.offset, key.length);
    const name = analysis.cluster?.name ?? analysis.parsed.target.clusterId ?? '?';
    const change = analysis.check.resize?.change;
    const send = change ? vscode.l10n.t('Send to {0} ({1})', name, change.text) : vscode.l10n.t('Send to {0}', name);
    // The count shown in the title goes with the command: the plan says so if the cluster has changed since.
    const shown = change ? [{ from: change.from }] : [];
    return [
      new vscode.CodeLens(range, { title: send, command: 'mrs.requestFile.send', arguments: [document.uri, ...shown] }),
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
