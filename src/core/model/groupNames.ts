// How a node group is told apart from the others of its role: standard names carry a family
// (`core_node_analysis_group` → analysis), custom groups only their own name (`node_group_batch`).
import type { NodeGroup } from './cluster';

/** `analysis` from `core_node_analysis_group`; undefined for `*_default_group` and custom names. */
function familyOf(name: string): string | undefined {
  const family = /^(?:master|core|task)_node_(.+)_group$/i.exec(name)?.[1];
  return family === undefined || family.toLowerCase() === 'default' ? undefined : family;
}

function isStandardName(name: string): boolean {
  return /^(?:master|core|task)_node_.+_group$/i.test(name);
}

/**
 * What to show after the role so that a group can be told apart: its family when the cluster has
 * several groups of its role (a hybrid cluster), its whole name when it is custom; else undefined
 * (the role alone says which group it is).
 */
export function groupQualifier(
  group: Pick<NodeGroup, 'name' | 'role'>,
  groups: readonly Pick<NodeGroup, 'role'>[],
): string | undefined {
  if (!isStandardName(group.name)) {
    return group.name;
  }
  const shared = groups.filter((g) => g.role === group.role).length > 1;
  return shared ? (familyOf(group.name) ?? group.name) : undefined;
}
