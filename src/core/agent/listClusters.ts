// mrs_listClusters: the connections and their clusters (state, groups with counts and flavors), a
// page at a time, from the Clusters view's model: the pages it has loaded are read as they are, and
// a page beyond them is loaded as "Load more…" would (the tree then shows it too).
import { errorLine } from '../api/errorLine';
import type { ClusterFilter } from '../explorer/ExplorerModel';
import type { Translate } from '../translate';
import { clusterLines } from './describeCluster';
import { connectionsOf } from './findCluster';
import { checkListInput, PAGE_SIZE, type ListClustersInput } from './inputs';
import type { AgentConnection, AgentDeps, AgentTool } from './types';

function filterNote(filter: ClusterFilter, t: Translate): string[] {
  if (filter.name === undefined && filter.state === undefined) {
    return [];
  }
  const parts = [
    ...(filter.name ? [t('name contains "{0}"', filter.name)] : []),
    ...(filter.state ? [t('state {0}', filter.state)] : []),
  ];
  return [t("The Clusters view's filter applies: {0}.", parts.join(', '))];
}

/** The clusters of one connection on this page: loads the model's next pages only as far as the page reaches. */
async function connectionPage(deps: AgentDeps, c: AgentConnection, page: number, size: number): Promise<string[]> {
  const { t, explorer } = deps;
  await explorer.whenLoaded(c.name);
  while (explorer.view(c.name).clusters.length < page * size && explorer.view(c.name).hasMore) {
    const before = explorer.view(c.name).clusters.length;
    await explorer.loadMore(c.name);
    if (explorer.view(c.name).clusters.length === before) {
      break;
    }
  }
  const view = explorer.view(c.name);
  const head = t('Connection {0} (region {1}):', c.name, c.region);
  if (view.status === 'error' && view.clusters.length === 0) {
    return [head, t('The clusters could not be read: {0}', errorLine(view.error, deps.language(), t))];
  }
  const stale =
    view.error === undefined
      ? []
      : [
          t(
            'The list could not be refreshed ({0}); these clusters may be out of date.',
            errorLine(view.error, deps.language(), t),
          ),
        ];
  const shown = view.clusters.slice((page - 1) * size, page * size);
  const total = view.total ?? (view.hasMore ? undefined : view.clusters.length);
  const first = (page - 1) * size + 1;
  const range =
    shown.length === 0
      ? t('no clusters on page {0}.', page)
      : total === undefined
        ? t('clusters {0}–{1}, more follow.', first, first + shown.length - 1)
        : t('clusters {0}–{1} of {2}.', first, first + shown.length - 1, total);
  const more = page * size < (total ?? Infinity) && (view.hasMore || view.clusters.length > page * size);
  return [
    `${head} ${range}`,
    ...stale,
    ...shown.flatMap((cluster) => clusterLines(explorer.cluster(c.name, cluster.id) ?? cluster, t)),
    ...(more ? [t('More clusters: call this tool again with page {0}.', page + 1)] : []),
  ];
}

export function listClustersTool(deps: AgentDeps): AgentTool<ListClustersInput> {
  const { t } = deps;
  return {
    name: 'mrs_listClusters',
    check: (input) => checkListInput(input, t),
    prepare: () => Promise.resolve({ invocationMessage: t('Listing MRS clusters…') }),
    async invoke(input) {
      const connections = connectionsOf(deps, input.connection);
      if (!connections.ok) {
        return connections.message;
      }
      const page = input.page ?? 1;
      const size = input.pageSize ?? PAGE_SIZE.default;
      const lines = [...filterNote(deps.filter(), t)];
      for (const c of connections.list) {
        lines.push(...(await connectionPage(deps, c, page, size)));
      }
      return lines.join('\n');
    },
  };
}
