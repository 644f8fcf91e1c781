// A request file as a command sees it: the text at that moment (saved or not), its connection and
// cluster resolved, and the order for the one plan. Nothing is read from MRS here: Send and Preview
// ask the lifecycle for a plan; Open in Form reads the cluster through RequestFacts.
import * as vscode from 'vscode';
import type { ResizeOrder } from '../../core/plan';
import { checkRequestFile, parseRequestFile, problemLines, type ParsedRequestFile } from '../../core/requests';
import { settings } from '../settings';
import type { RequestFacts } from './RequestFacts';

export interface ResolvedRequest {
  readonly parsed: ParsedRequestFile;
  readonly connection: string;
  readonly clusterId: string;
  /** `line:col message` of each error the file shows without reading the cluster (syntax, schema, target). */
  readonly offlineErrors: string[];
  readonly order: ResizeOrder;
}

/** @throws Error (translated) when the file names no known connection or no cluster. */
export function resolveRequest(document: vscode.TextDocument, facts: RequestFacts): ResolvedRequest {
  const text = document.getText();
  const parsed = parseRequestFile(text, vscode.l10n.t);
  const connection = facts.connectionOf(parsed.target);
  if (!connection) {
    throw new Error(vscode.l10n.t('The request file names no known connection, and none is active.'));
  }
  const clusterId = parsed.target.clusterId;
  if (!clusterId) {
    throw new Error(vscode.l10n.t('The request file has no target.cluster_id.'));
  }
  const offline = checkRequestFile(parsed, vscode.l10n.t, { connections: facts.connectionNames() });
  const maxNodes = settings.maxNodes(connection, clusterId);
  const order: ResizeOrder = {
    connection,
    clusterId,
    wayIn: 'requestFile',
    ask: { file: parsed },
    ...(maxNodes !== undefined ? { maxNodes } : {}),
  };
  return { parsed, connection, clusterId, offlineErrors: problemLines(text, offline.problems), order };
}
