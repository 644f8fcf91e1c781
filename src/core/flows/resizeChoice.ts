// What the palette flow asks of the rules once a group is chosen: its role, which call resizes it,
// whether a direction can be sent at all (and why not), and the words of a range with no documented
// top (master nodes). Every answer comes from the one rule module.
import type { Cluster, NodeGroupRole } from '../model/cluster';
import { checkResize, needsV2, scaleBlocker } from '../resize/rules';
import type { InstanceRange, ScaleType } from '../resize/types';
import type { Translate } from '../translate';
import type { ResizeFlowState } from './resizeState';

/** The group's role once cluster, group and direction are chosen (the doc's task alias: task); undefined before. */
export function chosenRole(s: ResizeFlowState): NodeGroupRole | undefined {
  if (!s.cluster || !s.group || !s.scaleType) {
    return undefined;
  }
  return s.cluster.nodeGroups.find((g) => g.name === s.group)?.role ?? 'task';
}

/** True when the v2 expand or shrink resizes the chosen group (a custom cluster's, or a master group). */
export function usesV2(s: ResizeFlowState): boolean {
  const cluster = s.cluster as Cluster;
  return needsV2(cluster, cluster.nodeGroups.find((g) => g.name === s.group)?.role ?? 'core');
}

/**
 * Why no resize of the chosen group can go this way now, or undefined. The v1.1 groups: scaleBlocker.
 * A v2 group: the rules' first error for one node, which also says a master group only grows and a
 * yearly/monthly group is unsubscribed, not scaled in.
 */
export function directionBlocker(s: ResizeFlowState, scaleType: ScaleType, t: Translate): string | undefined {
  const cluster = s.cluster as Cluster;
  if (!usesV2(s)) {
    return scaleBlocker(cluster, s.group, scaleType, t, s.hosts);
  }
  const draft = { scaleType, group: s.group, instances: '1' };
  return checkResize({ cluster, hosts: s.hosts, draft }, t).problems.find((d) => d.severity === 'error')?.message;
}

/** A range without a documented top: master nodes, which MRS alone limits. */
export function isOpenRange(range: InstanceRange): boolean {
  return range.max === Number.MAX_SAFE_INTEGER;
}
