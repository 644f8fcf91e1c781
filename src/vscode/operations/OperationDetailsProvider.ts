// Read-only JSON of an operation record: mrs-operation:/<id>.json.
import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/operations';

export const OPERATION_SCHEME = 'mrs-operation';

export function operationUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: OPERATION_SCHEME, path: `/${encodeURIComponent(id)}.json` });
}

export class OperationDetailsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly history: OperationHistory) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.json$/, ''));
    const record = this.history.get(id);
    return record
      ? `${JSON.stringify(record, null, 2)}\n`
      : vscode.l10n.t('This operation is no longer in the history.');
  }
}
