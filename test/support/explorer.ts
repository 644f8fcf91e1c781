// The Clusters view's model and poller as the tests wire them: a page of a cluster list as a client
// answers it, and a Poller that refreshes an ExplorerModel's changing clusters on fake timers.
import type { ListClustersQuery, MrsClient } from '../../src/core/api/MrsClient';
import type { ExplorerModel } from '../../src/core/explorer/ExplorerModel';
import { Poller } from '../../src/core/explorer/Poller';
import { silentLogger } from '../../src/core/log';
import type { Cluster } from '../../src/core/model/cluster';
import type { FakeTimers } from './FakeTimers';

type ClusterPage = Awaited<ReturnType<MrsClient['listClustersPage']>>;

/** The page `q` asks for (page 1 of 50 unless it says) of `clusters`, with their total and whether more follow. */
export function pageOf(clusters: readonly Cluster[], q: ListClustersQuery): ClusterPage {
  const page = q.page ?? 1;
  const size = q.pageSize ?? 50;
  return {
    clusters: clusters.slice((page - 1) * size, page * size),
    total: clusters.length,
    page,
    pageSize: size,
    hasMore: page * size < clusters.length,
  };
}

/** A Poller of `model`'s changing clusters every `intervalMs`, always visible, on `timers`. */
export function pollerOf(model: ExplorerModel, timers: FakeTimers, intervalMs: number): Poller {
  return new Poller({
    targets: () => model.transitional(),
    refresh: (c, id) => model.refreshCluster(c, id),
    refreshMany: (c, ids) => model.refreshClusters(c, ids),
    visible: () => true,
    intervalMs: () => intervalMs,
    setTimer: timers.set,
    clearTimer: timers.clear,
    logger: silentLogger,
  });
}
