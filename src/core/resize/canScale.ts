// Whether a node group can be scaled one way now, before any count is asked: for the tree's menus
// (canScale) and for a flow opened on a group (scaleBlocker says why not). The rules of checkResize.
import { countByRole } from '../model/cluster';
import { englishTranslate, type Translate } from '../translate';
import { callKindFor } from './api';
import { checkCluster } from './clusterRules';
import type { ClusterFacts, HostFacts } from './facts';
import { resolveGroup } from './group';
import { coreScaleInBound, currentCount, instanceLimits, noTaskNodes } from './limits';
import { noScaleOutRoomText } from './nodeLimit';
import { MIN_CORE_NODES, type ResolvedGroup, type ScaleType } from './types';
import { checkV2 } from './v2Rules';

function noRoom(cluster: ClusterFacts, group: ResolvedGroup, scaleType: ScaleType, t: Translate): string {
  if (scaleType === 'scale_out') {
    return noScaleOutRoomText(cluster, t);
  }
  if (group.role === 'task') {
    return noTaskNodes(group, t).message;
  }
  if (coreScaleInBound(cluster, group).by === 'groupKept') {
    return t(
      'No core nodes can be removed from node group {0}: a core node group keeps at least one node, and it has {1}.',
      group.name,
      currentCount(group),
    );
  }
  return t(
    'No core nodes can be removed: at least {0} must remain, and the cluster has {1}.',
    MIN_CORE_NODES,
    countByRole(cluster.nodeGroups, 'core'),
  );
}

/** The refusal of the call that resizes this group this way, whatever the count (the v2 rules: group.*). */
function callRefusal(cluster: ClusterFacts, group: ResolvedGroup, scaleType: ScaleType, t: Translate) {
  const kind = callKindFor(cluster, group.role, scaleType);
  if (kind === 'v1.1') {
    return undefined;
  }
  const draft = { scaleType, group: group.name, instances: 1 };
  return checkV2({ cluster, draft }, kind, group, undefined, t).problems.find((d) => d.severity === 'error')?.message;
}

/**
 * Why no resize of this group in this direction can be sent now (the cluster's state, billing or
 * hosts when given; a master scale-in, a yearly/monthly group's scale-in, or an unknown group; no room
 * within the limits), or undefined. The cluster is checked for the call that would resize the group.
 */
export function scaleBlocker(
  cluster: ClusterFacts,
  groupName: string,
  scaleType: ScaleType,
  t: Translate,
  hosts?: readonly HostFacts[],
): string | undefined {
  const { group, problems } = resolveGroup(cluster, groupName, t, scaleType);
  // A group not found is checked as a core group would be (a custom cluster's take the v2 calls), as checkResize does.
  const family = callKindFor(cluster, group?.role ?? 'core', scaleType) === 'v1.1' ? 'v1.1' : 'v2';
  const refusal = checkCluster(cluster, hosts, t, family).find((d) => d.severity === 'error');
  if (refusal) {
    return refusal.message;
  }
  if (!group) {
    return problems.find((d) => d.severity === 'error')?.message ?? '';
  }
  const callRefused = callRefusal(cluster, group, scaleType, t);
  if (callRefused !== undefined) {
    return callRefused;
  }
  const limits = instanceLimits(cluster, group);
  const range = scaleType === 'scale_out' ? limits.scaleOut : limits.scaleIn;
  return range.max >= range.min ? undefined : noRoom(cluster, group, scaleType, t);
}

/** True when at least one node can be added to (scale_out) or removed from (scale_in) the group now. */
export function canScale(
  cluster: ClusterFacts,
  groupName: string,
  scaleType: ScaleType,
  hosts?: readonly HostFacts[],
): boolean {
  return scaleBlocker(cluster, groupName, scaleType, englishTranslate, hosts) === undefined;
}
