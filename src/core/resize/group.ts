// Which node group a draft means. The doc names the groups `core_node_default_group` and
// `task_node_default_group`, real clusters call them `core_node_analysis_group` and the like:
// aliases resolve to the cluster's real group, which is what gets sent.
import type { Translate } from '../translate';
import type { ResizeProblemCode } from './codes';
import { problemOf, RESIZE_PATHS } from './problem';
import { nodeGroupFactsOf, type ClusterFacts, type NodeGroupFacts } from './facts';
import {
  CORE_GROUP_ALIAS,
  MASTER_GROUP_NAME,
  TASK_GROUP_ALIAS,
  type ResizeProblem,
  type ResolvedGroup,
  type ScaleType,
} from './types';

export interface GroupResolution {
  readonly group: ResolvedGroup | undefined;
  readonly problems: readonly ResizeProblem[];
}

function firstOfRole(cluster: ClusterFacts, role: NodeGroupFacts['role']): NodeGroupFacts | undefined {
  return cluster.nodeGroups.find((g) => g.role === role);
}

function resolved(group: NodeGroupFacts, alias: string | undefined, t: Translate): GroupResolution {
  const role = group.role;
  const problems =
    alias !== undefined && alias !== group.name
      ? [
          problemOf(
            'info',
            RESIZE_PATHS.group,
            'group.alias',
            t('"{0}" is sent as "{1}", the real name of this node group.', alias, group.name),
          ),
        ]
      : [];
  return { group: { role, name: group.name, group: nodeGroupFactsOf(group), alias }, problems };
}

function refused(code: ResizeProblemCode, message: string): GroupResolution {
  return { group: undefined, problems: [problemOf('error', RESIZE_PATHS.group, code, message)] };
}

function resolveCoreDefault(cluster: ClusterFacts, alias: string | undefined, t: Translate): GroupResolution {
  const core = firstOfRole(cluster, 'core');
  return core ? resolved(core, alias, t) : refused('group.noCore', t('The cluster has no core node group.'));
}

/**
 * The task alias on a cluster without task groups: a scale-out creates the group, under the doc's name
 * (said in an info); a scale-in finds nothing to remove (the instances rule says so, once).
 */
function resolveTaskDefault(cluster: ClusterFacts, scaleType: ScaleType | undefined, t: Translate): GroupResolution {
  const task = firstOfRole(cluster, 'task');
  if (task) {
    return resolved(task, TASK_GROUP_ALIAS, t);
  }
  const group = { role: 'task', name: TASK_GROUP_ALIAS, group: undefined, alias: TASK_GROUP_ALIAS } as const;
  if (scaleType === 'scale_in') {
    return { group, problems: [] };
  }
  const info = problemOf(
    'info',
    RESIZE_PATHS.group,
    'group.newTask',
    t('The cluster has no task node group yet: this scale-out creates it.'),
  );
  return { group, problems: [info] };
}

/** Master nodes are added by the v2 expand and never removed (docs/mrs-api.md §3.6). */
export function masterScaleIn(t: Translate): GroupResolution {
  return refused(
    'group.masterScaleIn',
    t('Master nodes cannot be removed: MRS only scales master node groups out. Choose a core or task node group.'),
  );
}

function resolveMaster(
  cluster: ClusterFacts,
  group: NodeGroupFacts | undefined,
  alias: string | undefined,
  scaleType: ScaleType | undefined,
  t: Translate,
): GroupResolution {
  if (scaleType === 'scale_in') {
    return masterScaleIn(t);
  }
  const master = group ?? firstOfRole(cluster, 'master');
  return master
    ? resolved(master, alias, t)
    : refused('group.master', t('The cluster has no master node group named "{0}".', alias ?? ''));
}

/**
 * Resolves `node_group` of a draft: '' (the API's default) and `core_node_default_group` mean
 * the first core group, `task_node_default_group` the first task group; other names must exist.
 * A master group (the cluster's, or a name such as `master_node_default_group` for it) resolves for a
 * scale-out, which the v2 expand sends; a scale-in of it is refused. Any other name must exist.
 */
export function resolveGroup(
  cluster: ClusterFacts,
  name: string,
  t: Translate,
  scaleType?: ScaleType,
): GroupResolution {
  const wanted = typeof name === 'string' ? name.trim() : '';
  const exact = cluster.nodeGroups.find((g) => g.name === wanted);
  if (exact?.role === 'master') {
    return resolveMaster(cluster, exact, undefined, scaleType, t);
  }
  if (!exact && MASTER_GROUP_NAME.test(wanted)) {
    return resolveMaster(cluster, undefined, wanted, scaleType, t);
  }
  if (exact) {
    return resolved(exact, undefined, t);
  }
  if (wanted === '') {
    return resolveCoreDefault(cluster, undefined, t);
  }
  if (wanted === CORE_GROUP_ALIAS) {
    return resolveCoreDefault(cluster, CORE_GROUP_ALIAS, t);
  }
  if (wanted === TASK_GROUP_ALIAS) {
    return resolveTaskDefault(cluster, scaleType, t);
  }
  return refused('group.unknown', t('The cluster has no node group named "{0}".', wanted));
}

/** True for the doc's `*_default_group` names, which may not exist on a real cluster. */
export function isGroupAlias(name: string): boolean {
  return name === CORE_GROUP_ALIAS || name === TASK_GROUP_ALIAS;
}
