// How many nodes may be added or removed (doc 表4): core + task ≤ 500 (or the raised limit, nodeLimit.ts)
// after a scale-out, at least 3 core nodes after a scale-in and no core group emptied, task groups down to 0.
import type { Translate } from '../translate';
import { countByRole, type NodeGroupRole } from '../model/cluster';
import { problemOf, parseWholeNumber, RESIZE_PATHS } from './problem';
import type { ClusterFacts } from './facts';
import { scaleOutLimitText, scaleOutRoom } from './nodeLimit';
import {
  MAX_CORE_AND_TASK_NODES,
  MIN_CORE_NODES,
  type InstanceLimits,
  type ResizeChange,
  type ResizeProblem,
  type ResolvedGroup,
  type ScaleType,
} from './types';

/** The node count of the resolved group now (0 for a task group not created yet). */
export function currentCount(group: ResolvedGroup): number {
  return group.group?.nodeCount ?? 0;
}

/** What bounds a core scale-in: the cluster's 3-node minimum, or the group keeping one node. */
export interface CoreScaleInBound {
  readonly max: number;
  readonly by: 'clusterMinimum' | 'groupKept';
}

/**
 * The one core minimum of a scale-in. At least MIN_CORE_NODES core nodes stay in the cluster
 * (all core groups counted), and every core group keeps a node: a hybrid cluster's analysis and
 * streaming core groups each host their own services, so neither may be emptied.
 */
export function coreScaleInBound(cluster: ClusterFacts, group: ResolvedGroup): CoreScaleInBound {
  const byCluster = countByRole(cluster.nodeGroups, 'core') - MIN_CORE_NODES;
  const byGroup = currentCount(group) - 1;
  const max = Math.max(0, Math.min(byCluster, byGroup));
  return { max, by: byCluster <= byGroup ? 'clusterMinimum' : 'groupKept' };
}

/**
 * The allowed `instances` of both directions for a group: scale-out 1…limit − (core + task), the limit
 * being 500 or the raised one; scale-in of core 1…coreScaleInBound; of task 1…group (a task group may go
 * down to 0).
 */
export function instanceLimits(cluster: ClusterFacts, group: ResolvedGroup): InstanceLimits {
  if (group.role === 'master') {
    // No source limits master nodes (the core + task limit does not count them): MRS judges. Never
    // scaled in (resolveGroup refuses it).
    return { scaleOut: { min: 1, max: Number.MAX_SAFE_INTEGER }, scaleIn: { min: 1, max: 0 } };
  }
  const outMax = scaleOutRoom(cluster);
  const inMax = group.role === 'core' ? coreScaleInBound(cluster, group).max : currentCount(group);
  return { scaleOut: { min: 1, max: outMax }, scaleIn: { min: 1, max: inMax } };
}

/** `instances` as a positive integer, or undefined when it is not one. */
export function parseInstances(value: unknown): number | undefined {
  const n = parseWholeNumber(value);
  return n !== undefined && n >= 1 ? n : undefined;
}

/**
 * A whole number too large to be held exactly (beyond 2^53, "1" and 400 zeros): above every limit
 * there is, and said so, rather than "not a whole number".
 */
export function isHugeWholeNumber(value: unknown): boolean {
  if (typeof value === 'number') {
    return Number.isInteger(value) && !Number.isSafeInteger(value) && value > 0;
  }
  return typeof value === 'string' && /^\s*0*[1-9]\d*\s*$/.test(value) && parseWholeNumber(value) === undefined;
}

function scaleOutLimit(cluster: ClusterFacts, t: Translate): ResizeProblem {
  return problemOf('error', RESIZE_PATHS.instances, 'instances.aboveTotalLimit', scaleOutLimitText(cluster, t));
}

/** A task scale-in where there is no task node: one error, on the group. */
export function noTaskNodes(group: ResolvedGroup, t: Translate): ResizeProblem {
  const message = group.group
    ? t('Node group {0} has no task nodes to remove.', group.name)
    : t('The cluster has no task nodes to remove.');
  return problemOf('error', RESIZE_PATHS.group, 'group.noTaskNodes', message);
}

function scaleInLimit(cluster: ClusterFacts, group: ResolvedGroup, max: number, t: Translate): ResizeProblem {
  const own = currentCount(group);
  if (group.role === 'task') {
    const message = t('Nodes that can be removed from node group {1}: at most {0} (it has {2}).', max, group.name, own);
    return problemOf('error', RESIZE_PATHS.instances, 'instances.aboveGroupSize', message);
  }
  if (coreScaleInBound(cluster, group).by === 'groupKept') {
    const message = t(
      'Core nodes that can be removed from node group {1}: at most {0} (a core node group keeps at least one node, and it has {2}).',
      max,
      group.name,
      own,
    );
    return problemOf('error', RESIZE_PATHS.instances, 'instances.emptiesCoreGroup', message);
  }
  const message = t(
    'Core nodes that can be removed: at most {0} (at least {1} must remain, and the cluster has {2}).',
    max,
    MIN_CORE_NODES,
    countByRole(cluster.nodeGroups, 'core'),
  );
  return problemOf('error', RESIZE_PATHS.instances, 'instances.belowCoreMinimum', message);
}

function notPositive(t: Translate): ResizeProblem {
  const message = t('Enter a whole number of nodes greater than 0.');
  return problemOf('error', RESIZE_PATHS.instances, 'instances.notPositiveInteger', message);
}

/** A whole number too large to hold, where the cluster or the group is not known. */
function beyondAnyLimit(t: Translate): ResizeProblem {
  const message = t(
    'Too many nodes: core and task nodes together are limited to {0}, or to the limit technical support raised it to.',
    MAX_CORE_AND_TASK_NODES,
  );
  return problemOf('error', RESIZE_PATHS.instances, 'instances.aboveTotalLimit', message);
}

/** The problem of an `instances` that is not a positive integer (or too large to hold), whatever the cluster. */
export function checkInstancesValue(raw: unknown, t: Translate): ResizeProblem[] {
  if (parseInstances(raw) !== undefined) {
    return [];
  }
  return [isHugeWholeNumber(raw) ? beyondAnyLimit(t) : notPositive(t)];
}

/**
 * The problems about `instances`; `value` is set whenever it is a positive integer that can be held.
 * Above the limits (a number too large to hold included), the problem says the limit in force.
 */
export function checkInstances(
  cluster: ClusterFacts,
  group: ResolvedGroup | undefined,
  scaleType: ScaleType | undefined,
  raw: unknown,
  t: Translate,
): { value: number | undefined; problems: ResizeProblem[] } {
  const value = parseInstances(raw);
  // Nothing to remove: one error on the group, not "at most 0".
  const empty = group?.role === 'task' && scaleType === 'scale_in' && currentCount(group) === 0;
  const nothing = empty ? [noTaskNodes(group, t)] : [];
  if (value === undefined && !isHugeWholeNumber(raw)) {
    return { value, problems: [...nothing, notPositive(t)] };
  }
  if (empty) {
    return { value, problems: nothing };
  }
  if (!group || !scaleType) {
    return { value, problems: value === undefined ? [beyondAnyLimit(t)] : [] };
  }
  const limits = instanceLimits(cluster, group);
  const count = value ?? Number.POSITIVE_INFINITY;
  if (scaleType === 'scale_out' && count > limits.scaleOut.max) {
    return { value, problems: [scaleOutLimit(cluster, t)] };
  }
  if (scaleType === 'scale_in' && count > limits.scaleIn.max) {
    return { value, problems: [scaleInLimit(cluster, group, limits.scaleIn.max, t)] };
  }
  return { value, problems: [] };
}

/** "3 → 5 core nodes". */
export function describeChange(role: NodeGroupRole, from: number, to: number, t: Translate): string {
  switch (role) {
    case 'master':
      return t('{0} → {1} master nodes', from, to);
    case 'core':
      return t('{0} → {1} core nodes', from, to);
    case 'task':
      return t('{0} → {1} task nodes', from, to);
  }
}

/** The before/after counts of the group, whether or not the limits allow them. */
export function changeOf(group: ResolvedGroup, scaleType: ScaleType, instances: number, t: Translate): ResizeChange {
  const from = currentCount(group);
  const to = scaleType === 'scale_out' ? from + instances : from - instances;
  return { role: group.role, from, to, text: describeChange(group.role, from, to, t) };
}
