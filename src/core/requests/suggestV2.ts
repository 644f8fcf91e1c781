// Live suggestions in the v2 members of a request file (`expand`, `shrink`): a custom cluster's groups
// by their own names (the v1.1 doc names mean nothing there), and the abnormal nodes a shrink may
// name in `resource_ids`, which MRS force-deletes. What is offered is what the rules accept.
import { isYearlyMonthly } from '../model/cluster';
import { hostsOfGroup, shortHostName } from '../model/hosts';
import type { ClusterFacts, HostFacts, NodeGroupFacts } from '../resize/facts';
import { isAbnormalHost } from '../resize/v2Rules';
import type { Translate } from '../translate';
import { groupText, type Suggestion } from './suggest';

function isPeriodic(cluster: ClusterFacts, group: NodeGroupFacts): boolean {
  return group.billing === 'yearlyMonthly' || isYearlyMonthly(cluster);
}

/**
 * The groups of the cluster an expand may grow (every one, master nodes included) or a shrink may
 * reduce (core and task groups not billed yearly/monthly), with role and size; none when unknown.
 */
export function v2GroupSuggestions(
  cluster: ClusterFacts | undefined,
  member: 'expand' | 'shrink',
  t: Translate,
): Suggestion[] {
  if (!cluster) {
    return [];
  }
  const groups =
    member === 'expand'
      ? cluster.nodeGroups
      : cluster.nodeGroups.filter((g) => g.role !== 'master' && !isPeriodic(cluster, g));
  return groups.map((g) => ({
    value: g.name,
    label: g.name,
    description: groupText(g.role, g.nodeCount, t),
    detail: isPeriodic(cluster, g)
      ? t(
          'Billed yearly/monthly: MRS answers an expand with an order, and nothing is added until it is paid in the console.',
        )
      : '',
  }));
}

/** The abnormal nodes of the named group not listed yet: short host name and IP, the resource id inserted. */
export function resourceIdSuggestions(
  cluster: ClusterFacts,
  hosts: readonly HostFacts[],
  groupName: string,
  listed: readonly string[],
  t: Translate,
): Suggestion[] {
  const group = cluster.nodeGroups.find((g) => g.name === groupName);
  if (!group) {
    return [];
  }
  const sameRole = cluster.nodeGroups.filter((g) => g.role === group.role).length;
  return hostsOfGroup(hosts, group.name, group.role, sameRole).flatMap((h) => {
    const id = h.resourceId;
    if (id === undefined || !isAbnormalHost(h) || listed.includes(id)) {
      return [];
    }
    const detail = t(
      'Abnormal ({0}): MRS force-deletes this node, without moving its data or services first.',
      h.status ?? '',
    );
    const label = shortHostName(h.name, cluster.id);
    return [{ value: id, label, ...(h.ip ? { labelDetail: h.ip } : {}), description: id, detail }];
  });
}
