// mrs_showCluster: one cluster in detail: its groups, its hosts (the Clusters view's, read once until
// the cluster is refreshed), the resize under way if any, and its last operations from the journal.
import { isActive } from '../journal/record';
import { clusterLines, hostLine, operationLine } from './describeCluster';
import { findCluster } from './findCluster';
import { checkShowInput, type ShowClusterInput } from './inputs';
import type { AgentDeps, AgentTool } from './types';

/** How many finished operations the answer names. */
const LAST_OPERATIONS = 5;

export function showClusterTool(deps: AgentDeps): AgentTool<ShowClusterInput> {
  const { t } = deps;
  return {
    name: 'mrs_showCluster',
    check: (input) => checkShowInput(input, t),
    prepare: (input) => Promise.resolve({ invocationMessage: t('Reading MRS cluster {0}…', input.cluster) }),
    async invoke(input, signal) {
      const found = await findCluster(deps, input.cluster, input.connection, signal);
      if (!found.ok) {
        return found.message;
      }
      const { connection, cluster } = found;
      const hosts = await deps.explorer.hosts(connection, cluster.id);
      const records = deps.history.list().filter((r) => r.clusterId === cluster.id);
      const current = records.filter(isActive);
      const busy = deps.history.busyWith(cluster.id);
      const unreadable = busy !== undefined && !('state' in busy);
      const last = records.filter((r) => !isActive(r)).slice(0, LAST_OPERATIONS);
      return [
        t('Cluster on connection {0}:', connection),
        ...clusterLines(cluster, t),
        ...(cluster.stageDesc ? [t('Stage: {0}', cluster.stageDesc)] : []),
        t('Hosts ({0}):', hosts.length),
        ...hosts.map((h) => hostLine(h, cluster.id, t)),
        current.length > 0 || unreadable
          ? t('Resize under way:')
          : t('No resize of this cluster is under way in the journal.'),
        ...current.map((r) => operationLine(r, t)),
        ...(unreadable ? [t('An unreadable journal file keeps this cluster busy: {0}', busy.file)] : []),
        last.length > 0 ? t('Last operations:') : t('The journal has no finished operation of this cluster.'),
        ...last.map((r) => operationLine(r, t)),
      ].join('\n');
    },
  };
}
