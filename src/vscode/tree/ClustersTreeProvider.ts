// The Clusters view: connection (a level only when there are several) → clusters → node groups
// → hosts. getChildren never throws: failures become message rows with Retry.
import * as vscode from 'vscode';
import { errorForLog } from '../../core/errors';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { Cluster } from '../../core/model/cluster';
import { hostsOfGroup } from '../../core/model/hosts';
import type { ConnectionStore } from '../connections/ConnectionStore';
import { errorLine } from '../language';
import { ClusterItem } from './items/ClusterItem';
import { ConnectionItem } from './items/ConnectionItem';
import { HostItem } from './items/HostItem';
import { LoadMoreItem, MessageItem } from './items/MessageItem';
import { NodeGroupItem } from './items/NodeGroupItem';
import { NodeCache, ids, type TreeNode } from './nodes';

export class ClustersTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new NodeCache();

  constructor(
    private readonly store: ConnectionStore,
    private readonly model: ExplorerModel,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Fires the smallest change: one cluster, one connection, or everything. */
  refresh(change?: { connection: string; clusterId?: string }): void {
    const id = change?.clusterId
      ? ids.cluster(change.connection, change.clusterId)
      : change && this.store.list().length > 1
        ? ids.connection(change.connection)
        : undefined;
    const node = id ? this.nodes.find(id) : undefined;
    this.changed.fire(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'connection': {
        const c = this.store.get(node.connection);
        return c
          ? new ConnectionItem(node.id, c, this.store.active()?.name === c.name)
          : new vscode.TreeItem(node.connection);
      }
      case 'cluster': {
        const cluster = this.model.cluster(node.connection, node.clusterId);
        const readAt = this.model.view(node.connection).readAt.get(node.clusterId) ?? new Date();
        return cluster ? new ClusterItem(node.id, cluster, readAt) : new vscode.TreeItem(node.clusterId);
      }
      case 'nodeGroup': {
        const cluster = this.model.cluster(node.connection, node.clusterId);
        const group = cluster?.nodeGroups.find((g) => g.name === node.group);
        return cluster && group ? new NodeGroupItem(node.id, group, cluster) : new vscode.TreeItem(node.group);
      }
      case 'host':
        return new HostItem(node.id, node.host, node.clusterId);
      case 'message':
        return new MessageItem(node.id, node.text, node.severity, node.connection, node.tooltip);
      case 'loadMore': {
        const v = this.model.view(node.connection);
        return new LoadMoreItem(node.id, node.connection, v.clusters.length, v.total);
      }
    }
  }

  getParent(): undefined {
    return undefined;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    try {
      if (!node) {
        return await this.roots();
      }
      if (node.kind === 'connection') {
        return await this.clusters(node.connection);
      }
      if (node.kind === 'cluster') {
        return this.groups(node.connection, node.clusterId);
      }
      if (node.kind === 'nodeGroup') {
        return await this.hosts(node);
      }
      return [];
    } catch (e) {
      this.log.error(errorForLog(e));
      return [
        this.message(
          node && 'connection' in node ? node.connection : undefined,
          'error',
          vscode.l10n.t('Could not load: {0}', errorLine(e)),
        ),
      ];
    }
  }

  private async roots(): Promise<TreeNode[]> {
    const all = this.store.list();
    if (all.length === 0) {
      return [];
    } // the welcome view
    if (all.length === 1) {
      return this.clusters(all[0].name);
    }
    return all.map((c) => this.nodes.get({ kind: 'connection', id: ids.connection(c.name), connection: c.name }));
  }

  private message(
    connection: string | undefined,
    severity: 'info' | 'error',
    text: string,
    tooltip?: string,
  ): TreeNode {
    return this.nodes.get({
      kind: 'message',
      id: ids.message(connection, severity),
      connection,
      severity,
      text,
      tooltip,
    });
  }

  private async clusters(connection: string): Promise<TreeNode[]> {
    const view = this.model.view(connection);
    if (view.status === 'idle' || view.status === 'loading') {
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        this.model.whenLoaded(connection),
      );
    }
    const out: TreeNode[] = view.clusters.map((c) =>
      this.nodes.get({ kind: 'cluster', id: ids.cluster(connection, c.id), connection, clusterId: c.id }),
    );
    if (view.status === 'error') {
      out.push(
        this.message(
          connection,
          'error',
          vscode.l10n.t('Could not list clusters: {0}', errorLine(view.error)),
          vscode.l10n.t('Click to retry. The log has the details.'),
        ),
      );
    } else if (out.length === 0) {
      const region = this.store.get(connection)?.region ?? '';
      out.push(
        this.message(
          connection,
          'info',
          vscode.l10n.t('No clusters in {0}', region),
          vscode.l10n.t('Create clusters in the MRS console, or change the filter or the connection.'),
        ),
      );
    }
    if (view.hasMore) {
      out.push(this.nodes.get({ kind: 'loadMore', id: ids.loadMore(connection), connection }));
    }
    return out;
  }

  private groups(connection: string, clusterId: string): TreeNode[] {
    const cluster: Cluster | undefined = this.model.cluster(connection, clusterId);
    return (cluster?.nodeGroups ?? []).map((g) =>
      this.nodes.get({
        kind: 'nodeGroup',
        id: ids.group(connection, clusterId, g.name),
        connection,
        clusterId,
        group: g.name,
        role: g.role,
      }),
    );
  }

  private async hosts(node: Extract<TreeNode, { kind: 'nodeGroup' }>): Promise<TreeNode[]> {
    const all = await this.model.hosts(node.connection, node.clusterId);
    const sameRole = (this.model.cluster(node.connection, node.clusterId)?.nodeGroups ?? []).filter(
      (g) => g.role === node.role,
    ).length;
    return hostsOfGroup(all, node.group, node.role, sameRole).map((host) =>
      this.nodes.get({
        kind: 'host',
        id: ids.host(node.connection, node.clusterId, host.id),
        connection: node.connection,
        clusterId: node.clusterId,
        host,
      }),
    );
  }

  /** Forgets nodes (connections changed). */
  reset(): void {
    this.nodes.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
