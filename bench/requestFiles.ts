// Request files: the problems work of one edit (parse, schema, rules with live facts) with a warm
// cache, as the editor runs it after each debounced change.
import { analyzeLive, newRequestFileText, type LiveFacts } from '../src/core/requests';
import type { Cluster, Host } from '../src/core/model/cluster';
import { clusterFactsOf, hostFactsOf } from '../src/core/resize/rules';
import { englishTranslate } from '../src/core/translate';

/** One edit per call: the instances value and a server id change, as typing would. */
export function requestFileEditWork(cluster: Cluster, hosts: readonly Host[]): () => unknown {
  const live = { facts: clusterFactsOf(cluster), hosts: hosts.map(hostFactsOf) };
  const list = [{ id: cluster.id, name: cluster.name, stateText: cluster.stateText }];
  const warm: LiveFacts = {
    connectionNames: () => ['bench'],
    connectionOf: () => 'bench',
    peekClusterList: () => list,
    clusterList: () => Promise.resolve(list),
    peekCluster: () => live,
    cluster: () => Promise.resolve(live),
  };
  const group = cluster.nodeGroups.find((g) => g.role === 'task')?.name ?? 'task_node_default_group';
  let edit = 0;
  return () => {
    edit += 1;
    const request = {
      parameters: {
        scale_type: 'scale_in',
        node_id: 'node_orderadd',
        node_group: group,
        instances: (edit % 3) + 1,
        server_ids: hosts.slice(0, (edit % 3) + 1).map((h) => h.id),
      },
    };
    const text = newRequestFileText({ connection: 'bench', clusterId: cluster.id, clusterName: cluster.name, request });
    return analyzeLive(text, warm, englishTranslate);
  };
}
