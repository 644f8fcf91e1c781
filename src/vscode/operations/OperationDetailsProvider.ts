// An operation's details as a read-only Markdown document titled "etl-nightly · core 3 → 5":
// mrs-operation:/<title>?<id>. Read from the history each time it is opened.
import * as vscode from 'vscode';
import type { OperationHistory, ResizeOperationRecord } from '../../core/journal';
import { operationTitle } from './describeOperation';
import { describeOperationDetails } from './describeOperationDetails';

export const OPERATION_SCHEME = 'mrs-operation';

export function operationUri(record: ResizeOperationRecord): vscode.Uri {
  const title = operationTitle(record, vscode.l10n.t).replace(/[/\\]/g, '_');
  return vscode.Uri.from({ scheme: OPERATION_SCHEME, path: `/${title}`, query: encodeURIComponent(record.id) });
}

export class OperationDetailsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly history: OperationHistory) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const record = this.history.get(decodeURIComponent(uri.query));
    return record
      ? describeOperationDetails(record, Date.now(), vscode.l10n.t)
      : vscode.l10n.t('This operation is no longer in the history.');
  }
}
