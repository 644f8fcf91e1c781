// Live completion in request files: cluster ids (name and state), connections, the cluster's node
// groups (then the doc's two names; in expand and shrink the groups by name only), task hosts of the
// group (short name and IP, then the id), a shrink's abnormal nodes by resource id, and flavors (those
// MRS offers, with vCPUs and memory; the cluster's own with why when that read failed).
// Facts come from the shared cache; a cancelled request returns nothing.
import * as vscode from 'vscode';
import {
  clusterSuggestions,
  completionEntry,
  connectionSuggestions,
  nodeGroupSuggestions,
  nodeSizeSuggestions,
  parseRequestFile,
  resourceIdSuggestions,
  serverIdSuggestions,
  slotAt,
  v2GroupSuggestions,
  type LiveFacts,
  type SlotAt,
  type Suggestion,
} from '../../core/requests';
import { rangeOf } from './documents';

function strings(ids: unknown): string[] {
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : [];
}

function listedServerIds(value: unknown): string[] {
  return strings((value as { request?: { parameters?: { server_ids?: unknown } } })?.request?.parameters?.server_ids);
}

/** The shrink's node_group_name and the resource ids it lists. */
function shrinkOf(value: unknown): { group: string; listed: string[] } {
  const shrink = (value as { shrink?: { node_group_name?: unknown; resource_ids?: unknown } })?.shrink;
  const group = typeof shrink?.node_group_name === 'string' ? shrink.node_group_name : '';
  return { group, listed: strings(shrink?.resource_ids) };
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
    // A failed read offers nothing live (the diagnostics log it); the doc's group names remain.
    const clusters = connection ? await this.facts.clusterList(connection).catch(() => []) : [];
    if (at.slot === 'clusterId') {
      return clusterSuggestions(clusters);
    }
    const id = parsed.target.clusterId;
    const known = connection && id && clusters.some((c) => c.id === id) ? connection : undefined;
    const live = known && id ? await this.facts.cluster(known, id).catch(() => undefined) : undefined;
    const params = (parsed.request as { parameters?: { node_group?: unknown } } | undefined)?.parameters;
    switch (at.slot) {
      case 'nodeGroup':
        // The doc's two names even without a cluster: the schema leaves node_group's values to this list.
        return nodeGroupSuggestions(live?.facts, vscode.l10n.t);
      case 'nodeSize':
        return live && known && id
          ? nodeSizeSuggestions(live.facts, await this.facts.flavorOffer?.(known, id), vscode.l10n.t)
          : [];
      case 'serverId': {
        const group = typeof params?.node_group === 'string' ? params.node_group : '';
        return live ? serverIdSuggestions(live.facts, live.hosts, group, listedServerIds(parsed.value)) : [];
      }
      case 'expandGroup':
        return v2GroupSuggestions(live?.facts, 'expand', vscode.l10n.t);
      case 'shrinkGroup':
        return v2GroupSuggestions(live?.facts, 'shrink', vscode.l10n.t);
      case 'resourceId': {
        const { group, listed } = shrinkOf(parsed.value);
        return live ? resourceIdSuggestions(live.facts, live.hosts, group, listed, vscode.l10n.t) : [];
      }
    }
  }

  private item(document: vscode.TextDocument, at: SlotAt, s: Suggestion, i: number): vscode.CompletionItem {
    const entry = completionEntry(s, i);
    const item = new vscode.CompletionItem(
      { label: entry.label, detail: entry.labelDetail, description: entry.description },
      vscode.CompletionItemKind.Value,
    );
    item.detail = entry.detail;
    item.insertText = entry.insertText;
    item.filterText = entry.filterText;
    item.sortText = entry.sortText;
    if (at.replace) {
      item.range = rangeOf(document, at.replace.offset, at.replace.length);
    }
    return item;
  }
}
