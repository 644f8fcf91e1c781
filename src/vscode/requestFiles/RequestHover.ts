// Hover on `target.cluster_id`: the cluster's name, state and node counts from the shared cache.
import * as vscode from 'vscode';
import { findNodeAtLocation } from 'jsonc-parser';
import { countByRole } from '../../core/model/cluster';
import { parseRequestFile, type LiveFacts } from '../../core/requests';
import { md } from '../tree/describe';
import { rangeOf } from './documents';

export class RequestHover implements vscode.HoverProvider {
  constructor(private readonly facts: LiveFacts) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const parsed = parseRequestFile(document.getText(), vscode.l10n.t);
    const node = parsed.root && findNodeAtLocation(parsed.root, ['target', 'cluster_id']);
    const offset = document.offsetAt(position);
    if (!node || node.type !== 'string' || offset < node.offset || offset > node.offset + node.length) {
      return undefined;
    }
    const connection = this.facts.connectionOf(parsed.target);
    const cluster = connection && (await this.facts.clusterList(connection)).find((c) => c.id === node.value);
    if (!connection || !cluster) {
      return undefined;
    }
    const { facts } = await this.facts.cluster(connection, cluster.id);
    const text = new vscode.MarkdownString();
    text.appendMarkdown(`**${md(cluster.name)}** · ${md(facts.stateText)}\n\n`);
    text.appendText(
      vscode.l10n.t(
        'Core nodes: {0} · Task nodes: {1} · Connection: {2}',
        countByRole(facts.nodeGroups, 'core'),
        countByRole(facts.nodeGroups, 'task'),
        connection,
      ),
    );
    return new vscode.Hover(text, rangeOf(document, node.offset, node.length));
  }
}
