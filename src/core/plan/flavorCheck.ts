// The flavors MRS offers in the one plan of the first task nodes (issue 23): read beside the cluster's
// hosts as soon as the details name its version and zone, then put on the reading (the rule module warns
// about a flavor not offered: resize/flavorOffered.ts) and on the quota's basis (ECS's vCPUs and memory
// of the flavor instead of the estimate from its name). A failed read adds nothing and blocks nothing.
import { countByRole, isCustomCluster, type Cluster } from '../model/cluster';
import type { QuotaBasis } from '../quota/basis';
import { basisWithOffer, offeredTaskFlavorsOf, type FlavorOffer } from '../quota/flavorOffer';
import { readFlavorOffer } from '../quota/offeredFlavors';
import type { QuotaReads } from '../quota/reader';
import type { ClusterReading } from '../resize/facts';
import { withOfferedFlavors } from '../resize/flavorOffered';
import { TASK_GROUP_ALIAS } from '../resize/types';
import type { Translate } from '../translate';
import type { ResizeOrder } from './plan';

/** The group the order names, as typed. */
function groupOf(order: ResizeOrder): unknown {
  if ('draft' in order.ask) {
    return order.ask.draft.group;
  }
  const request = order.ask.file.request as { parameters?: { node_group?: unknown } } | undefined;
  return order.ask.file.member === 'request' ? request?.parameters?.node_group : undefined;
}

/** A scale-out of the first task nodes: a v1.1 cluster without task nodes, the order naming a task group. */
export function asksFirstTaskNodes(order: ResizeOrder, cluster: Cluster): boolean {
  if (isCustomCluster(cluster) || countByRole(cluster.nodeGroups, 'task') > 0) {
    return false;
  }
  const group = groupOf(order);
  return group === TASK_GROUP_ALIAS || cluster.nodeGroups.some((g) => g.role === 'task' && g.name === group);
}

/** The read for the plan, started when the details came; undefined when the order needs no flavor. */
export function startFlavorOffer(
  order: ResizeOrder,
  cluster: Cluster,
  reads: QuotaReads,
  t: Translate,
  signal: AbortSignal | undefined,
): Promise<FlavorOffer> | undefined {
  return asksFirstTaskNodes(order, cluster) ? readFlavorOffer(reads, cluster, t, { signal }) : undefined;
}

/** The reading and the basis with what was offered on them; as they are without an offer. */
export function withOffer(
  read: { readonly reading: ClusterReading; readonly basis: QuotaBasis },
  offer: FlavorOffer | undefined,
): { reading: ClusterReading; basis: QuotaBasis } {
  const facts = withOfferedFlavors(read.reading.facts, offeredTaskFlavorsOf(offer));
  return { reading: { ...read.reading, facts }, basis: basisWithOffer(read.basis, offer) };
}
