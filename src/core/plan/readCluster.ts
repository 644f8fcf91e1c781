// One reading of a cluster (resize/facts.ts ClusterReading): its details and all its hosts, read
// together, and for a custom cluster its nodes too (ListNodes says the groups' roles and billing and
// the nodes' resource ids: model/nodes.ts). The plan, the resize form and the request files read a
// cluster only through this; the tree reads hosts through readHosts.
import type { CallOptions, MrsClient } from '../api/MrsClient';
import { isCustomCluster, type Cluster, type Host } from '../model/cluster';
import { placementOf, type FlavorPlacement } from '../model/flavors';
import { withNodes } from '../model/nodes';
import { quotaBasisOf, type QuotaBasis } from '../quota/basis';
import { clusterFactsOf, hostFactsOf, type ClusterReading } from '../resize/facts';

export type ReadingClient = Pick<MrsClient, 'getCluster' | 'listHosts' | 'listNodes'>;

/**
 * The cluster's hosts, and for a custom cluster the details completed by its nodes. One more round
 * trip for a custom cluster only (ListNodes, after the details said it is one).
 */
export async function completeWithNodes(
  client: Pick<MrsClient, 'listNodes'>,
  cluster: Cluster,
  hosts: readonly Host[],
  options: CallOptions = {},
): Promise<{ cluster: Cluster; hosts: Host[] }> {
  if (!isCustomCluster(cluster)) {
    return { cluster, hosts: [...hosts] };
  }
  return withNodes(cluster, hosts, await client.listNodes(cluster.id, options));
}

/**
 * Fresh details and hosts of the cluster (completed by ListNodes for a custom cluster).
 * @throws MrsApiError ('notFound' for a cluster that is gone), CancelledError.
 */
export async function readCluster(
  client: ReadingClient,
  clusterId: string,
  options: CallOptions = {},
): Promise<ClusterReading> {
  return (await readClusterWithBasis(client, clusterId, options)).reading;
}

/**
 * {@link readCluster}, what a new node of each group takes from the quota (quota/basis.ts), and the
 * cluster's version and zone (the flavors MRS offers there: quota/offeredFlavors.ts);
 * `onDetails` hears the details as soon as they come (the plan starts the subnet's read then).
 * @throws as {@link readCluster}.
 */
export async function readClusterWithBasis(
  client: ReadingClient,
  clusterId: string,
  options: CallOptions = {},
  onDetails?: (cluster: Cluster) => void,
): Promise<{ reading: ClusterReading; basis: QuotaBasis; placement: FlavorPlacement }> {
  // Both at once; the details' error wins (a cluster that is gone is 'notFound', whatever the hosts say).
  const details = client.getCluster(clusterId, options);
  if (onDetails) {
    details.then(onDetails, () => undefined);
  }
  const [cluster, hosts] = await Promise.allSettled([details, client.listHosts(clusterId, options)]);
  if (cluster.status === 'rejected') {
    throw cluster.reason;
  }
  if (hosts.status === 'rejected') {
    throw hosts.reason;
  }
  const complete = await completeWithNodes(client, cluster.value, hosts.value, options);
  return {
    reading: { facts: clusterFactsOf(complete.cluster), hosts: complete.hosts.map(hostFactsOf) },
    basis: quotaBasisOf(complete.cluster, complete.hosts),
    placement: placementOf(complete.cluster),
  };
}
