// What the Clusters view shows, per connection: the clusters loaded so far (page by page), the
// last error, and what expanded clusters hold (hosts; a custom cluster's nodes: expandedClusters.ts).
// Pure: the tree maps it, tests drive it.
import type { MrsClient } from '../api/MrsClient';
import type { Cluster, ClusterStateFilter, Host } from '../model/cluster';
import { isTransitional } from '../model/cluster';
import { ClusterLists } from './clusterLists';
import { ExpandedClusters } from './expandedClusters';

export interface ClusterFilter {
  readonly name?: string;
  readonly state?: ClusterStateFilter;
}

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface ConnectionView {
  status: LoadStatus;
  /** Replaced on every change, never changed in place (the model indexes each list by id). */
  clusters: readonly Cluster[];
  page: number;
  hasMore: boolean;
  total: number | undefined;
  error: unknown;
  refreshedAt: Date | undefined;
  /** Per cluster id: when each was last read. */
  readAt: Map<string, Date>;
  /** Hosts and nodes of the clusters expanded since they were last read. */
  expanded: ExpandedClusters;
}

/** What changed, so the tree fires the smallest change event. */
export type Change = { readonly connection: string; readonly clusterId?: string } | undefined;

interface ExplorerDeps {
  readonly clientFor: (connection: string) => Promise<MrsClient>;
  readonly pageSize: () => number;
  readonly filter: () => ClusterFilter;
  readonly now: () => Date;
  readonly onChange: (change: Change) => void;
}

function emptyView(): ConnectionView {
  return {
    status: 'idle',
    clusters: [],
    page: 0,
    hasMore: false,
    total: undefined,
    error: undefined,
    refreshedAt: undefined,
    readAt: new Map(),
    expanded: new ExpandedClusters(),
  };
}

export class ExplorerModel {
  private readonly views = new Map<string, ConnectionView>();
  /** The page being fetched per connection, so that callers share it instead of racing it. */
  private readonly inflight = new Map<string, { page: number; done: Promise<void> }>();
  private readonly lists = new ClusterLists();

  constructor(private readonly deps: ExplorerDeps) {}

  view(connection: string): ConnectionView {
    let v = this.views.get(connection);
    if (!v) {
      this.views.set(connection, (v = emptyView()));
    }
    return v;
  }

  /** Forgets everything (connections or filter changed). */
  reset(): void {
    this.views.clear();
    this.inflight.clear();
  }

  /** First page again; keeps the old list visible until the new one arrives. Concurrent calls share one request. */
  load(connection: string): Promise<void> {
    return this.fetchShared(connection, () => 1);
  }

  /** The next page ("Load more…"). */
  loadMore(connection: string): Promise<void> {
    return this.fetchShared(connection, () =>
      this.view(connection).hasMore ? this.view(connection).page + 1 : undefined,
    );
  }

  /** Resolves when the list is there: waits for a fetch under way, or starts the first one. */
  whenLoaded(connection: string): Promise<void> {
    const running = this.inflight.get(connection);
    if (running) {
      return running.done;
    }
    return this.view(connection).status === 'idle' ? this.load(connection) : Promise.resolve();
  }

  /** One fetch at a time per connection; a request for another page waits for the one under way. */
  private fetchShared(connection: string, pageWanted: () => number | undefined): Promise<void> {
    const running = this.inflight.get(connection);
    if (running) {
      return running.page === pageWanted()
        ? running.done
        : running.done.then(() => this.fetchShared(connection, pageWanted));
    }
    const page = pageWanted();
    if (page === undefined) {
      return Promise.resolve();
    }
    const done = this.fetchPage(connection, page).finally(() => this.inflight.delete(connection));
    this.inflight.set(connection, { page, done });
    return done;
  }

  private async fetchPage(connection: string, page: number): Promise<void> {
    const v = this.view(connection);
    v.status = 'loading';
    try {
      const client = await this.deps.clientFor(connection);
      const { name, state } = this.deps.filter();
      const result = await client.listClustersPage({ page, pageSize: this.deps.pageSize(), name, state });
      const now = this.deps.now();
      Object.assign(v, {
        clusters: page === 1 ? [...result.clusters] : this.lists.appendPage(v.clusters, result.clusters),
        page,
        hasMore: result.hasMore,
        total: result.total,
        error: undefined,
        refreshedAt: now,
      });
      if (page === 1) {
        v.expanded.clear();
      }
      for (const c of result.clusters) {
        v.readAt.set(c.id, now);
      }
      await this.readNodesOf(connection, result.clusters);
      v.status = 'ready';
    } catch (e) {
      Object.assign(v, { status: 'error', error: e });
    }
    this.deps.onChange({ connection });
  }

  /** Re-reads one cluster's details; a cluster that is gone is dropped from the list. */
  async refreshCluster(connection: string, clusterId: string): Promise<void> {
    const v = this.view(connection);
    const client = await this.deps.clientFor(connection);
    const fresh = await client.getCluster(clusterId).catch((e: unknown) => {
      if ((e as { kind?: string }).kind === 'notFound') {
        return undefined;
      }
      throw e;
    });
    v.expanded.forget(clusterId);
    if (!fresh) {
      v.clusters = v.clusters.filter((c) => c.id !== clusterId);
      this.deps.onChange({ connection });
      return;
    }
    v.clusters = v.clusters.map((c) => (c.id === clusterId ? fresh : c));
    v.readAt.set(clusterId, this.deps.now());
    await this.readNodesOf(connection, [fresh]);
    this.deps.onChange({ connection, clusterId });
  }

  /**
   * Re-reads many clusters of one connection with ONE list request: the view's filter, a first page
   * that reaches the last of them in the view (the list carries state, scale and stage). A cluster in the
   * answer is updated as {@link refreshCluster} does. One missing from a complete answer has left the
   * view's list (terminated, deleted, or no longer matching the filter) and is dropped, as
   * refreshCluster drops a cluster that is gone. One missing from a truncated answer (newer clusters
   * pushed it past the page) is re-read by its details.
   */
  async refreshClusters(connection: string, clusterIds: readonly string[]): Promise<void> {
    const v = this.view(connection);
    const client = await this.deps.clientFor(connection);
    const { name, state } = this.deps.filter();
    // The list comes in the view's order (newest first): the first page that reaches the last of
    // these clusters is enough, and no smaller than a page of the view.
    const position = new Map(v.clusters.map((c, i) => [c.id, i]));
    const last = Math.max(-1, ...clusterIds.map((id) => position.get(id) ?? -1));
    const pageSize = Math.max(last + 1, this.deps.pageSize());
    const result = await client.listClustersPage({ page: 1, pageSize, name, state });
    const fresh = new Map(result.clusters.map((c) => [c.id, c]));
    const now = this.deps.now();
    const missing = clusterIds.filter((id) => !fresh.has(id));
    const gone = new Set(result.hasMore ? [] : missing);
    const wanted = new Set(clusterIds);
    v.clusters = v.clusters.filter((c) => !gone.has(c.id)).map((c) => (wanted.has(c.id) ? (fresh.get(c.id) ?? c) : c));
    for (const id of clusterIds) {
      if (fresh.has(id) || gone.has(id)) {
        v.expanded.forget(id);
      }
      if (fresh.has(id)) {
        v.readAt.set(id, now);
      }
    }
    await this.readNodesOf(
      connection,
      result.clusters.filter((c) => wanted.has(c.id)),
    );
    this.deps.onChange({ connection });
    if (result.hasMore) {
      for (const id of missing) {
        await this.refreshCluster(connection, id);
      }
    }
  }

  /** True while the last list fetch failed: the clusters shown are from before it and may be out of date. */
  isStale(connection: string): boolean {
    return this.view(connection).error !== undefined;
  }

  /**
   * The listed cluster with this id, completed by its nodes once {@link readNodes} read them (a custom
   * cluster's group roles and billing); O(1), since the tree asks for each of its rows.
   */
  cluster(connection: string, clusterId: string): Cluster | undefined {
    const { v, listed } = this.listed(connection, clusterId);
    return listed && v.expanded.completed(listed);
  }

  /**
   * Reads the nodes of a listed custom cluster (ListNodes) once until it is refreshed, and reports the
   * change; nothing for other clusters. A page or a refresh reads them before it reports the clusters
   * (the rows count the roles); the tree waits for this before the groups. Never rejects: a failure is
   * {@link nodesError}.
   */
  readNodes(connection: string, clusterId: string): Promise<void> {
    const { v, listed } = this.listed(connection, clusterId);
    return listed ? v.expanded.readNodes(listed, ...this.readers(connection, clusterId)) : Promise.resolve();
  }

  /** The nodes of the custom ones of these clusters, just read, before their change is reported. */
  private async readNodesOf(connection: string, clusters: readonly Cluster[]): Promise<void> {
    const v = this.view(connection);
    const quiet = (): void => undefined;
    await Promise.all(clusters.map((c) => v.expanded.readNodes(c, () => this.deps.clientFor(connection), quiet)));
  }

  /** Why the nodes of the listed cluster could not be read (it is shown as its details say), if so. */
  nodesError(connection: string, clusterId: string): unknown {
    const { v, listed } = this.listed(connection, clusterId);
    return listed && v.expanded.nodesError(listed);
  }

  /** Hosts of a cluster, read once until it is refreshed (a failure: next time); a custom one's with its nodes. */
  hosts(connection: string, clusterId: string): Promise<Host[]> {
    const { v, listed } = this.listed(connection, clusterId);
    return listed
      ? v.expanded.hosts(listed, ...this.readers(connection, clusterId))
      : this.deps.clientFor(connection).then((c) => c.listHosts(clusterId));
  }

  private listed(connection: string, clusterId: string): { v: ConnectionView; listed: Cluster | undefined } {
    const v = this.view(connection);
    return { v, listed: this.lists.indexOf(v.clusters).get(clusterId) };
  }

  private readers(connection: string, clusterId: string): [() => Promise<MrsClient>, () => void] {
    return [() => this.deps.clientFor(connection), () => this.deps.onChange({ connection, clusterId })];
  }

  /** The connections whose view lists this cluster (two connections may reach one project). */
  connectionsShowing(clusterId: string): string[] {
    return [...this.views.keys()].filter((connection) => this.cluster(connection, clusterId) !== undefined);
  }

  /** Clusters whose state changes on its own (scaling, starting, terminating). */
  transitional(): Array<{ connection: string; clusterId: string }> {
    const out: Array<{ connection: string; clusterId: string }> = [];
    for (const [connection, v] of this.views) {
      for (const c of v.clusters) {
        if (isTransitional(c.state)) {
          out.push({ connection, clusterId: c.id });
        }
      }
    }
    return out;
  }
}
