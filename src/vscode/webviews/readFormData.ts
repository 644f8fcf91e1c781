// The cluster's facts and hosts as the resize form and the request files read them: fresh, as
// plain facts (no secret, no Date). No `vscode` import, so that plain-Node tests can use it.
import { clusterFactsOf, hostFactsOf, type ClusterFacts } from '../../core/resize/rules';
import type { FormHost } from '../../shared/resizeForm';
import type { Clients } from '../connections/Clients';

export interface FormData {
  readonly facts: ClusterFacts;
  readonly hosts: FormHost[];
}

/** Fresh details and hosts of the cluster. */
export async function readFormData(clients: Clients, connection: string, clusterId: string): Promise<FormData> {
  const client = await clients.get(connection);
  const [cluster, hosts] = await Promise.all([client.getCluster(clusterId), client.listHosts(clusterId)]);
  return {
    facts: clusterFactsOf(cluster),
    hosts: hosts.map((h) => ({ ...hostFactsOf(h), ...(h.ip ? { ip: h.ip } : {}) })),
  };
}
