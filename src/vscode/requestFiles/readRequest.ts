// A request file as a command sees it: the text at that moment (saved or not), checked with facts
// read fresh (the cache is dropped for that cluster first).
import * as vscode from 'vscode';
import { checkRequestFile, offsetToPosition, parseRequestFile, type RequestFileCheck } from '../../core/requests';
import type { ParsedRequestFile } from '../../core/requests';
import type { LiveCluster, RequestFacts } from './RequestFacts';

export interface ReadRequest {
  readonly parsed: ParsedRequestFile;
  readonly connection: string;
  readonly clusterId: string;
  readonly clusterName: string;
  readonly live: LiveCluster;
  readonly check: RequestFileCheck;
  /** `line:col message` of each error. */
  readonly errors: string[];
}

/** @throws Error (translated) when the file names no known connection or cluster. */
export async function readRequest(document: vscode.TextDocument, facts: RequestFacts): Promise<ReadRequest> {
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
  facts.forget(connection, clusterId);
  const cluster = (await facts.clusterList(connection)).find((c) => c.id === clusterId);
  if (!cluster) {
    throw new Error(vscode.l10n.t('The connection has no cluster with ID "{0}".', clusterId));
  }
  const live = await facts.cluster(connection, clusterId);
  const check = checkRequestFile(parsed, vscode.l10n.t, {
    connections: facts.connectionNames(),
    clusters: [cluster],
    cluster: live.facts,
    hosts: live.hosts,
  });
  const errors = check.problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const at = offsetToPosition(text, p.offset);
      return `${at.line}:${at.col} ${p.message}`;
    });
  return { parsed, connection, clusterId, clusterName: cluster.name, live, check, errors };
}
