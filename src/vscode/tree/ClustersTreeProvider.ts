// The Clusters view: connection (a level only when there are several) → clusters → node groups
// → hosts. getChildren never throws: failures become message rows with Retry.
import * as vscode from 'vscode';
import { explainError } from '../../core/api/catalog';
import { isMrsApiError } from '../../core/api/errors';
import { errorForLog } from '../../core/errors';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { Cluster } from '../../core/model/cluster';
import { hostsOfGroup } from '../../core/model/hosts';
import type { ConnectionStore } from '../connections/ConnectionStore';
import { errorLine, uiLanguage } from '../language';
import { settings } from '../settings';
import { ClusterItem } from './items/ClusterItem';
import { ConnectionItem } from './items/ConnectionItem';
import { HostItem } from './items/HostItem';
import { LoadMoreItem, MessageItem } from './items/MessageItem';
import { NodeGroupItem } from './items/NodeGroupItem';
import {
  describeListError,
  describeLoadError,
  describeNodesError,
  describeNoClusters,
  type MessageDescription,
} from './describeMessage';
import { ElementCache, ids, type ClusterTreeElement } from './elements';

/** The catalog's hint for an API error ("Check the credentials of the connection."); none for others. */
function hintOf(e: unknown): string | undefined {
  return isMrsApiError(e) ? explainError(e, uiLanguage()).hint || undefined : undefined;
}

export class ClustersTreeProvider implements vscode.TreeDataProvider<ClusterTreeElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClusterTreeElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly elements = new ElementCache();
  private readonly logged = new WeakSet<object>();

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
    const element = id ? this.elements.find(id) : undefined;
    this.changed.fire(element);
  }

  getTreeItem(element: ClusterTreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'connection': {
        const c = this.store.get(element.connection);
        return c
          ? new ConnectionItem(element.id, c, this.store.active()?.name === c.name)
          : new vscode.TreeItem(element.connection);
      }
      case 'cluster': {
        const cluster = this.model.cluster(element.connection, element.clusterId);
        const readAt = this.model.view(element.connection).readAt.get(element.clusterId) ?? new Date();
        const stale = this.model.isStale(element.connection);
        return cluster ? new ClusterItem(element.id, cluster, readAt, stale) : new vscode.TreeItem(element.clusterId);
      }
      case 'nodeGroup': {
        const cluster = this.model.cluster(element.connection, element.clusterId);
        const group = cluster?.nodeGroups.find((g) => g.name === element.group);
        // The menus' "can scale out" reads the raised core + task limit the user set for the cluster.
        const limited = cluster && settings.withMaxNodes(element.connection, cluster);
        return limited && group ? new NodeGroupItem(element.id, group, limited) : new vscode.TreeItem(element.group);
      }
      case 'host':
        return new HostItem(element.id, element.host, element.clusterId);
      case 'message':
        return new MessageItem(element.id, element.row, element.connection);
      case 'loadMore': {
        const v = this.model.view(element.connection);
        return new LoadMoreItem(element.id, element.connection, v.clusters.length, v.total);
      }
    }
  }

  getParent(): undefined {
    return undefined;
  }

  async getChildren(element?: ClusterTreeElement): Promise<ClusterTreeElement[]> {
    try {
      if (!element) {
        return await this.roots();
      }
      if (element.kind === 'connection') {
        return await this.clusters(element.connection);
      }
      if (element.kind === 'cluster') {
        return await this.groups(element.connection, element.clusterId);
      }
      if (element.kind === 'nodeGroup') {
        return await this.hosts(element);
      }
      return [];
    } catch (e) {
      this.log.error(errorForLog(e));
      const connection = element && 'connection' in element ? element.connection : undefined;
      return [this.message(connection, describeLoadError(errorLine(e), vscode.l10n.t, hintOf(e)))];
    }
  }

  private async roots(): Promise<ClusterTreeElement[]> {
    const all = this.store.list();
    if (all.length === 0) {
      return [];
    } // the welcome view
    if (all.length === 1) {
      return this.clusters(all[0].name);
    }
    return all.map((c) => this.elements.get({ kind: 'connection', id: ids.connection(c.name), connection: c.name }));
  }

  private message(connection: string | undefined, row: MessageDescription): ClusterTreeElement {
    return this.elements.get({ kind: 'message', id: ids.message(connection, row.severity), connection, row });
  }

  private async clusters(connection: string): Promise<ClusterTreeElement[]> {
    const view = this.model.view(connection);
    if (view.status === 'idle' || view.status === 'loading') {
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        this.model.whenLoaded(connection),
      );
    }
    const out: ClusterTreeElement[] = view.clusters.map((c) =>
      this.elements.get({ kind: 'cluster', id: ids.cluster(connection, c.id), connection, clusterId: c.id }),
    );
    if (view.status === 'error') {
      // On top: the clusters below it are from before the error (marked stale).
      const row = describeListError(errorLine(view.error), vscode.l10n.t, hintOf(view.error));
      out.unshift(this.message(connection, row));
    } else if (out.length === 0) {
      out.push(this.message(connection, describeNoClusters(this.store.get(connection)?.region ?? '', vscode.l10n.t)));
    }
    if (view.hasMore) {
      out.push(this.elements.get({ kind: 'loadMore', id: ids.loadMore(connection), connection }));
    }
    return out;
  }

  /**
   * A custom cluster's groups wait for its nodes (their roles); when ListNodes fails, an error row on
   * top of the groups as the details name them.
   */
  private async groups(connection: string, clusterId: string): Promise<ClusterTreeElement[]> {
    await this.model.readNodes(connection, clusterId);
    const cluster: Cluster | undefined = this.model.cluster(connection, clusterId);
    const out = (cluster?.nodeGroups ?? []).map((g): ClusterTreeElement =>
      this.elements.get({
        kind: 'nodeGroup',
        id: ids.group(connection, clusterId, g.name),
        connection,
        clusterId,
        group: g.name,
        role: g.role,
      }),
    );
    const failed: unknown = this.model.nodesError(connection, clusterId);
    if (failed !== undefined) {
      this.logOnce(failed);
      const row = describeNodesError(errorLine(failed), vscode.l10n.t, hintOf(failed));
      out.unshift(
        this.elements.get({ kind: 'message', id: ids.message(connection, `nodes/${clusterId}`), connection, row }),
      );
    }
    return out;
  }

  /** An error kept by the model is shown on every redraw, and logged once. */
  private logOnce(e: unknown): void {
    if (typeof e !== 'object' || e === null || !this.logged.has(e)) {
      this.log.error(errorForLog(e));
      if (typeof e === 'object' && e !== null) {
        this.logged.add(e);
      }
    }
  }

  private async hosts(element: Extract<ClusterTreeElement, { kind: 'nodeGroup' }>): Promise<ClusterTreeElement[]> {
    const all = await this.model.hosts(element.connection, element.clusterId);
    const sameRole = (this.model.cluster(element.connection, element.clusterId)?.nodeGroups ?? []).filter(
      (g) => g.role === element.role,
    ).length;
    return hostsOfGroup(all, element.group, element.role, sameRole).map((host) =>
      this.elements.get({
        kind: 'host',
        id: ids.host(element.connection, element.clusterId, host.id),
        connection: element.connection,
        clusterId: element.clusterId,
        host,
      }),
    );
  }

  /** Forgets the elements (connections changed). */
  reset(): void {
    this.elements.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
