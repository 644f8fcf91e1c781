// What a resize aims at, in the terms needed to follow it: the group, the direction and the
// counts before and after. Built by the plan (preparePlan.ts), or from a persisted record on resume.
import type { Translate } from '../translate';
import { countByRole, hasScaleError, isScaling, type NodeGroupRole } from '../model/cluster';
import type { ClusterFacts, NodeGroupFacts } from '../resize/facts';
import { isGroupAlias } from '../resize/group';
import type { ScaleType } from '../resize/types';

export interface ResizeTarget {
  readonly clusterId: string;
  readonly clusterName: string;
  /** The `node_group` (v1.1) or `node_group_name` (v2) that was sent. */
  readonly groupName: string;
  readonly role: NodeGroupRole;
  readonly scaleType: ScaleType;
  /** The group's count before the request. */
  readonly from: number;
  /** The count that means success. */
  readonly to: number;
}

/**
 * The group's count in a cluster reading. A group sent under the doc's alias (a first task group
 * that MRS creates under its own name) is counted by role; a real group that vanished counts 0.
 */
export function countOfTarget(
  cluster: { readonly nodeGroups: readonly NodeGroupFacts[] },
  target: Pick<ResizeTarget, 'groupName' | 'role'>,
): number {
  const group = cluster.nodeGroups.find((g) => g.name === target.groupName);
  if (group) {
    return group.nodeCount;
  }
  return isGroupAlias(target.groupName) ? countByRole(cluster.nodeGroups, target.role) : 0;
}

/** What the pre-flight read of the cluster's last resize, to tell its traces from this one's. */
export type ClusterBefore = Partial<Pick<ClusterFacts, 'scale' | 'stageDesc' | 'errorInfo'>>;

/**
 * True when a reading shows that the request took effect: a resize in progress, the group's
 * count moved, `scale` changed since the reading before the request, or a failure whose reason
 * differs from the one an earlier resize left (a new failure right after an old one).
 */
export function changeVisible(before: ClusterBefore | undefined, now: ClusterFacts, target: ResizeTarget): boolean {
  if (isScaling(now) || countOfTarget(now, target) !== target.from) {
    return true;
  }
  if (before === undefined || now.scale === undefined) {
    return false;
  }
  if (now.scale !== before.scale) {
    return true;
  }
  return hasScaleError(now) && (now.errorInfo !== before.errorInfo || now.stageDesc !== before.stageDesc);
}

/** "Scaling out core nodes of analytics: 3 → 5", for a progress notification or a history row. */
export function describeOperation(target: ResizeTarget, t: Translate): string {
  const { clusterName: name, from, to } = target;
  if (target.role === 'master') {
    return t('Scaling out master nodes of {0}: {1} → {2}', name, from, to);
  }
  if (target.scaleType === 'scale_out') {
    return target.role === 'core'
      ? t('Scaling out core nodes of {0}: {1} → {2}', name, from, to)
      : t('Scaling out task nodes of {0}: {1} → {2}', name, from, to);
  }
  return target.role === 'core'
    ? t('Scaling in core nodes of {0}: {1} → {2}', name, from, to)
    : t('Scaling in task nodes of {0}: {1} → {2}', name, from, to);
}
