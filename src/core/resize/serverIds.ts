// `server_ids`: only a task scale-in acts on it (doc 表4: "当scale_type为扩容时，该参数不生效"); it must
// name task hosts of the group, once each, as many as `instances`. On a core scale-in MRS accepts it and
// removes nodes of its own choice, so naming nodes there is an error, not a note.
import type { Translate } from '../translate';
import { hostsOfGroup } from '../model/hosts';
import { problemOf, RESIZE_PATHS, serverIdPath } from './problem';
import type { HostFacts } from './facts';
import type { ResizeProblem, ResolvedGroup, ScaleType } from './types';

/** The hosts of a task group (by `node_group_name`, else host type, else name); see hostsOfGroup. */
export function taskHostsOfGroup<H extends HostFacts>(hosts: readonly H[], groupName: string, taskGroups = 1): H[] {
  return hostsOfGroup(hosts, groupName, 'task', taskGroups);
}

export interface ServerIdsCheck {
  /** True when `server_ids` belongs in the body (a task scale-in with ids). */
  readonly send: boolean;
  readonly problems: ResizeProblem[];
}

/** Ids listed more than once, at the index of each repeat. */
export function duplicates(ids: readonly string[], t: Translate): ResizeProblem[] {
  return ids.flatMap((id, i) =>
    ids.indexOf(id) < i
      ? [problemOf('error', serverIdPath(i), 'serverIds.duplicate', t('Node "{0}" is listed more than once.', id))]
      : [],
  );
}

function membership(
  ids: readonly string[],
  group: ResolvedGroup,
  hosts: readonly HostFacts[] | undefined,
  taskGroups: number,
  t: Translate,
): ResizeProblem[] {
  if (hosts === undefined) {
    const message = t('The hosts of the cluster are not known yet, so the chosen nodes could not be checked.');
    return [problemOf('warning', RESIZE_PATHS.serverIds, 'serverIds.hostsUnknown', message)];
  }
  const own = new Set(taskHostsOfGroup(hosts, group.name, taskGroups).map((h) => h.id));
  return ids.flatMap((id, i) =>
    own.has(id)
      ? []
      : [
          problemOf(
            'error',
            serverIdPath(i),
            'serverIds.notInGroup',
            t('"{0}" is not a task node of node group {1}.', id, group.name),
          ),
        ],
  );
}

/** `server_ids` given on a scale-out. */
export function ignoredOnScaleOut(t: Translate): ResizeProblem {
  const message = t('The chosen nodes (server_ids) have no effect on a scale-out; they are left out of the request.');
  return problemOf('warning', RESIZE_PATHS.serverIds, 'serverIds.ignoredOnScaleOut', message);
}

/** The problems about `server_ids`; `instances` is the parsed count when it is valid. */
export function checkServerIds(
  ids: readonly string[] | undefined,
  scaleType: ScaleType,
  group: ResolvedGroup,
  instances: number | undefined,
  hosts: readonly HostFacts[] | undefined,
  t: Translate,
  taskGroups = 1,
): ServerIdsCheck {
  if (ids === undefined || ids.length === 0) {
    return { send: false, problems: [] };
  }
  if (scaleType === 'scale_out') {
    return { send: false, problems: [ignoredOnScaleOut(t)] };
  }
  if (group.role !== 'task') {
    // MRS takes the request and ignores the list: the nodes removed would not be the ones named.
    const message = t(
      'server_ids only applies to a task scale-in: on a core scale-in MRS ignores it and removes core nodes of its own choice. Remove server_ids.',
    );
    return { send: false, problems: [problemOf('error', RESIZE_PATHS.serverIds, 'serverIds.onCoreScaleIn', message)] };
  }
  const problems = [...duplicates(ids, t), ...membership(ids, group, hosts, taskGroups, t)];
  if (instances !== undefined && ids.length !== instances) {
    const message = t('Chosen nodes: {0}; nodes to remove: {1}. The numbers must match.', ids.length, instances);
    problems.push(problemOf('error', RESIZE_PATHS.serverIds, 'serverIds.countMismatch', message));
  }
  return { send: true, problems };
}
