// Live completion in request files: cluster ids (name and state), connections, the cluster's node
// groups, task hosts of the group (name, IP, state) and flavors. Facts come from the shared cache;
// a cancelled request returns nothing.
import * as vscode from 'vscode';
import {
  clusterSuggestions,
  connectionSuggestions,
  nodeGroupSuggestions,
  nodeSizeSuggestions,
  parseRequestFile,
  serverIdSuggestions,
  slotAt,
  type LiveFacts,
  type SlotAt,
  type Suggestion,
} from '../../core/requests';
import { rangeOf } from './documents';

function listedServerIds(value: unknown): string[] {
  const ids = (value as { request?: { parameters?: { server_ids?: unknown } } })?.request?.parameters?.server_ids;
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : [];
}

export class RequestCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly facts: LiveFacts) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.CompletionItem[] | undefined> {
    const text = document.getText();
    const at = slotAt(text, document.offsetAt(position));
    if (!at) {
      return undefined;
    }
    const suggestions = await this.suggestions(text, at);
    if (token.isCancellationRequested) {
      return undefined;
    }
    return suggestions.map((s, i) => this.item(document, at, s, i));
  }

  private async suggestions(text: string, at: SlotAt): Promise<Suggestion[]> {
    if (at.slot === 'connection') {
      return connectionSuggestions(this.facts.connectionNames());
    }
    const parsed = parseRequestFile(text, vscode.l10n.t);
    const connection = this.facts.connectionOf(parsed.target);
    if (!connection) {
      return [];
    }
    const clusters = await this.facts.clusterList(connection);
    if (at.slot === 'clusterId') {
      return clusterSuggestions(clusters);
    }
    const id = parsed.target.clusterId;
    if (!id || !clusters.some((c) => c.id === id)) {
      return [];
    }
    const live = await this.facts.cluster(connection, id);
    const params = (parsed.request as { parameters?: { node_group?: unknown } } | undefined)?.parameters;
    switch (at.slot) {
      case 'nodeGroup':
        return nodeGroupSuggestions(live.facts);
      case 'nodeSize':
        return nodeSizeSuggestions(live.facts);
      case 'serverId': {
        const group = typeof params?.node_group === 'string' ? params.node_group : '';
        return serverIdSuggestions(live.facts, live.hosts, group, listedServerIds(parsed.value));
      }
    }
  }

  private item(document: vscode.TextDocument, at: SlotAt, s: Suggestion, i: number): vscode.CompletionItem {
    const item = new vscode.CompletionItem(
      { label: s.value, description: s.label, detail: '' },
      vscode.CompletionItemKind.Value,
    );
    item.detail = s.detail || undefined;
    item.insertText = JSON.stringify(s.value);
    item.filterText = JSON.stringify(s.value) + ' ' + s.label;
    item.sortText = String(i).padStart(4, '0');
    if (at.replace) {
      item.range = rangeOf(document, at.replace.offset, at.replace.length);
    }
    return item;
  }
}
