// The rules of the v2 expand and shrink (docs/mrs-api.md §3.6) beside the ones every call shares:
// MRS chooses the nodes a shrink removes, except abnormal nodes named by `resource_ids`, which it
// force-deletes; a master group only grows; a yearly/monthly group's expand is an order to pay; the
// v1.1 fields (`server_ids`, `task_node_info`) do not exist there, and the v2 ones not in v1.1.
import { callTemplate, type ResizeCallKind } from '../api/resizeCall';
import type { Translate } from '../translate';
import { hostsOfGroup } from '../model/hosts';
import { isCustomCluster, isYearlyMonthly } from '../model/cluster';
import { problemOf, RESIZE_PATHS, resourceIdPath } from './problem';
import type { ClusterFacts, HostFacts } from './facts';
import { hostListText, hostText } from './hostText';
import type { ResizeDraft, ResizeProblem, ResolvedGroup, ScaleType } from './types';

export interface V2Check {
  readonly problems: ResizeProblem[];
  /** The resource ids to send (a shrink naming abnormal nodes). */
  readonly resourceIds: readonly string[] | undefined;
}

/** The fields a v1.1 PUT has no place for: an error each, since they would change what happens. */
export function v11Refusals(draft: ResizeDraft, t: Translate): ResizeProblem[] {
  const found: ResizeProblem[] = [];
  if (draft.resourceIds && draft.resourceIds.length > 0) {
    const message = t(
      'Naming abnormal nodes to force-delete (resource_ids) is part of the v2 shrink, which only custom clusters use; this cluster is resized with the v1.1 call. Remove resource_ids.',
    );
    found.push(problemOf('error', RESIZE_PATHS.resourceIds, 'resourceIds.notInV11', message));
  }
  if (draft.azCode !== undefined && draft.azCode.trim() !== '') {
    const message = t(
      'az_code is part of the v2 calls, which only custom clusters and master node groups use; this cluster is resized with the v1.1 call. Remove az_code.',
    );
    found.push(problemOf('error', RESIZE_PATHS.azCode, 'azCode.notInV11', message));
  }
  return found;
}

function v11FieldsOnV2(draft: ResizeDraft, scaleType: ScaleType, t: Translate): ResizeProblem[] {
  const found: ResizeProblem[] = [];
  if (draft.serverIds && draft.serverIds.length > 0 && scaleType === 'scale_in') {
    const message = t(
      'This node group is resized with the v2 shrink, where MRS chooses the nodes to remove; only abnormal nodes can be named (resource_ids), and they are force-deleted. Remove server_ids.',
    );
    found.push(problemOf('error', RESIZE_PATHS.serverIds, 'serverIds.notInV2', message));
  }
  if (draft.taskNodeInfo) {
    const message = t(
      'task_node_info belongs to the v1.1 call: this node group is resized with the v2 expand, which adds nodes like the group’s own. Remove task_node_info.',
    );
    found.push(problemOf('error', RESIZE_PATHS.taskNodeInfo, 'taskNodeInfo.notInV2', message));
  }
  return found;
}

function groupNotes(cluster: ClusterFacts, group: ResolvedGroup, scaleType: ScaleType, t: Translate) {
  const found: ResizeProblem[] = [];
  if (group.role === 'master' && scaleType === 'scale_out') {
    const message = t(
      'Master nodes are added for good: MRS never removes master nodes. They run the cluster’s management services, which are reconfigured while they join.',
    );
    found.push(problemOf('warning', RESIZE_PATHS.group, 'group.masterScaleOut', message));
  }
  const periodic = group.group?.billing === 'yearlyMonthly' || isYearlyMonthly(cluster);
  if (periodic && scaleType === 'scale_in') {
    const message = t(
      'Node group {0} is billed yearly/monthly: its nodes are released by unsubscribing them in the console, not by a scale-in.',
      group.name,
    );
    found.push(problemOf('error', RESIZE_PATHS.group, 'group.yearlyMonthlyShrink', message));
  }
  if (periodic && scaleType === 'scale_out') {
    const message = t(
      'Node group {0} is billed yearly/monthly: MRS answers with an order, and nothing is added until it is paid in the console. MRS Explorer never pays an order.',
      group.name,
    );
    found.push(problemOf('warning', RESIZE_PATHS.group, 'group.orderToPay', message));
  }
  return found;
}

/** A node MRS may force-delete by name (`resource_ids`): its ECS status is known and not ACTIVE. */
export function isAbnormalHost(host: HostFacts): boolean {
  return host.status !== undefined && host.status !== 'ACTIVE';
}

/**
 * The nodes of a group that a v2 shrink may name in `resource_ids`: abnormal (the rule below) and with a
 * resource id. The form and the palette offer the choice only when there are some.
 */
export function abnormalNodesOfGroup<H extends HostFacts>(
  cluster: ClusterFacts,
  hosts: readonly H[],
  groupName: string,
): H[] {
  const group = cluster.nodeGroups.find((g) => g.name === groupName);
  if (!group) {
    return [];
  }
  const sameRole = cluster.nodeGroups.filter((g) => g.role === group.role).length;
  return hostsOfGroup(hosts, group.name, group.role, sameRole).filter((h) => isAbnormalHost(h) && h.resourceId);
}

function resourceIdRules(
  ids: readonly string[],
  cluster: ClusterFacts,
  group: ResolvedGroup,
  instances: number | undefined,
  hosts: readonly HostFacts[] | undefined,
  t: Translate,
): ResizeProblem[] {
  const found: ResizeProblem[] = ids.flatMap((id, i) =>
    ids.indexOf(id) < i
      ? [problemOf('error', resourceIdPath(i), 'resourceIds.duplicate', t('Node "{0}" is listed more than once.', id))]
      : [],
  );
  if (instances !== undefined && ids.length !== instances) {
    const message = t('Chosen nodes: {0}; nodes to remove: {1}. The numbers must match.', ids.length, instances);
    found.push(problemOf('error', RESIZE_PATHS.resourceIds, 'resourceIds.countMismatch', message));
  }
  if (hosts === undefined) {
    const message = t('The hosts of the cluster are not known yet, so the chosen nodes could not be checked.');
    return [...found, problemOf('warning', RESIZE_PATHS.resourceIds, 'resourceIds.hostsUnknown', message)];
  }
  const sameRole = cluster.nodeGroups.filter((g) => g.role === group.role).length;
  const own = hostsOfGroup(hosts, group.name, group.role, sameRole);
  const chosen: HostFacts[] = [];
  ids.forEach((id, i) => {
    const host = own.find((h) => h.resourceId === id || h.id === id);
    if (!host) {
      const message = t('"{0}" is not a node of node group {1}.', id, group.name);
      found.push(problemOf('error', resourceIdPath(i), 'resourceIds.notInGroup', message));
    } else if (!isAbnormalHost(host)) {
      const message = t(
        '{0} is running: MRS only force-deletes abnormal nodes by name. Leave resource_ids out and give the number of nodes to remove.',
        hostText(host, cluster.id, t),
      );
      found.push(problemOf('error', resourceIdPath(i), 'resourceIds.notAbnormal', message));
    } else {
      chosen.push(host);
    }
  });
  if (chosen.length > 0) {
    const message = t(
      'Force-deleted, without moving their data or services first: {0}.',
      hostListText(chosen, cluster.id, t),
    );
    found.push(problemOf('warning', RESIZE_PATHS.resourceIds, 'resourceIds.forceDeleted', message));
  }
  return found;
}

/** Hosts not running: the v1.1 refuses the cluster (12000068); for the v2 calls it is a warning. */
export function hostsNotRunningV2(cluster: ClusterFacts, hosts: readonly HostFacts[] | undefined, t: Translate) {
  const down = (hosts ?? []).filter(isAbnormalHost);
  if (down.length === 0) {
    return [];
  }
  const message = t(
    'Nodes not running: {0}. MRS may refuse to resize the cluster until they run again, or until a shrink force-deletes them (resource_ids).',
    hostListText(down, cluster.id, t),
  );
  return [problemOf('warning', RESIZE_PATHS.cluster, 'cluster.hostsNotRunningV2', message)];
}

/** Which call is sent, and why this one: every way in shows it. */
function callNote(cluster: ClusterFacts, kind: 'expand' | 'shrink', t: Translate): ResizeProblem {
  const call = callTemplate(kind);
  const message = isCustomCluster(cluster)
    ? t('A custom cluster is resized with the v2 API: {0}.', call)
    : t('Master nodes are added with the v2 API: {0}.', call);
  return problemOf('info', RESIZE_PATHS.cluster, 'call.v2', message);
}

/** The v2 rules of a draft whose group and direction are known. */
export function checkV2(
  input: { readonly cluster: ClusterFacts; readonly hosts?: readonly HostFacts[]; readonly draft: ResizeDraft },
  kind: Exclude<ResizeCallKind, 'v1.1'>,
  group: ResolvedGroup,
  instances: number | undefined,
  t: Translate,
): V2Check {
  const { cluster, hosts, draft } = input;
  const scaleType: ScaleType = kind === 'expand' ? 'scale_out' : 'scale_in';
  const problems = [
    callNote(cluster, kind, t),
    ...v11FieldsOnV2(draft, scaleType, t),
    ...groupNotes(cluster, group, scaleType, t),
  ];
  const ids = draft.resourceIds ?? [];
  if (ids.length === 0) {
    return { problems, resourceIds: undefined };
  }
  if (kind === 'expand') {
    const message = t('Chosen nodes (resource_ids) have no effect on a scale-out; they are left out of the request.');
    problems.push(problemOf('warning', RESIZE_PATHS.resourceIds, 'resourceIds.ignoredOnScaleOut', message));
    return { problems, resourceIds: undefined };
  }
  problems.push(...resourceIdRules(ids, cluster, group, instances, hosts, t));
  return { problems, resourceIds: ids };
}
