// One reading of a cluster (resize/facts.ts ClusterReading): its details and all its hosts, read
// together. The plan, the resize form and the request files read a cluster only through this.
import type { CallOptions, MrsClient } from '../api/MrsClient';
import { clusterFactsOf, hostFactsOf, type ClusterReading } from '../resize/facts';

export type ReadingClient = Pick<MrsClient, 'getCluster' | 'listHosts'>;

/**
 * Fresh details and hosts of the cluster.
 * @throws MrsApiError ('notFound' for a cluster that is gone), CancelledError.
 */
export async function readCluster(
  client: ReadingClient,
  clusterId: string,
  options: CallOptions = {},
): Promise<ClusterReading> {
  // Both at once; the details' error wins (a cluster that is gone is 'notFound', whatever the hosts say).
  const [cluster, hosts] = await Promise.allSettled([
    client.getCluster(clusterId, options),
    client.listHosts(clusterId, options),
  ]);
  if (cluster.status === 'rejected') {
    throw cluster.reason;
  }
  if (hosts.status === 'rejected') {
    throw hosts.reason;
  }
  return { facts: clusterFactsOf(cluster.value), hosts: hosts.value.map(hostFactsOf) };
}
