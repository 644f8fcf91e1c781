// Live suggestions of a request file: which slot the cursor is in (jsonc-parser's getLocation), and
// the values a cluster offers for it. The schema's own completions come from VS Code's JSON support.
import { getLocation } from 'jsonc-parser';
import { shortHostName } from '../model/hosts';
import { taskHostsOfGroup } from '../resize/rules';
import type { ClusterFacts, HostFacts } from '../resize/facts';
import { CORE_GROUP_ALIAS, TASK_GROUP_ALIAS } from '../resize/types';
import { tooDeepAt } from './structure';

export type SuggestionSlot = 'connection' | 'clusterId' | 'nodeGroup' | 'serverId' | 'nodeSize';

export interface SlotAt {
  readonly slot: SuggestionSlot;
  /** Span of the string under the cursor, quotes included; undefined when no value is typed yet. */
  readonly replace: { readonly offset: number; readonly length: number } | undefined;
}

export interface Suggestion {
  /** The JSON string value to insert. */
  readonly value: string;
  readonly label: string;
  readonly detail: string;
}

function slotOf(path: readonly (string | number)[]): SuggestionSlot | undefined {
  const key = path.join('.');
  if (key === 'target.connection') {
    return 'connection';
  }
  if (key === 'target.cluster_id') {
    return 'clusterId';
  }
  if (key === 'request.parameters.node_group') {
    return 'nodeGroup';
  }
  if (key === 'request.parameters.task_node_info.node_size') {
    return 'nodeSize';
  }
  return path.length === 4 && key.startsWith('request.parameters.server_ids.') ? 'serverId' : undefined;
}

/** The slot of a value at `offset`, or undefined (a key, another field, a text nested too deep). Never throws. */
export function slotAt(text: string, offset: number): SlotAt | undefined {
  if (tooDeepAt(text) !== undefined) {
    return undefined; // getLocation recurses once per level
  }
  const location = getLocation(text, offset);
  const slot = location.isAtPropertyKey ? undefined : slotOf(location.path);
  if (!slot) {
    return undefined;
  }
  const node = location.previousNode;
  const inValue = node?.type === 'string' && offset > node.offset && offset <= node.offset + node.length;
  return { slot, replace: inValue ? { offset: node.offset, length: node.length } : undefined };
}

/** `id` of each cluster, with its name and state. */
export function clusterSuggestions(clusters: readonly { id: string; name: string; stateText: string }[]): Suggestion[] {
  return clusters.map((c) => ({ value: c.id, label: c.name, detail: `${c.id} · ${c.stateText}` }));
}

export function connectionSuggestions(names: readonly string[]): Suggestion[] {
  return names.map((name) => ({ value: name, label: name, detail: '' }));
}

/** The cluster's core and task groups with their counts, then the doc's two aliases. */
export function nodeGroupSuggestions(cluster: ClusterFacts): Suggestion[] {
  const groups = cluster.nodeGroups
    .filter((g) => g.role === 'core' || g.role === 'task')
    .map((g) => ({ value: g.name, label: g.name, detail: `${g.role} · ${g.nodeCount}` }));
  const aliases = [CORE_GROUP_ALIAS, TASK_GROUP_ALIAS]
    .filter((a) => !groups.some((g) => g.value === a))
    .map((a) => ({ value: a, label: a, detail: a === CORE_GROUP_ALIAS ? 'core' : 'task' }));
  return [...groups, ...aliases];
}

/** Task hosts of the group not listed yet, with name, IP and state. */
export function serverIdSuggestions(
  cluster: ClusterFacts,
  hosts: readonly HostFacts[],
  group: string,
  listed: readonly string[],
): Suggestion[] {
  const taskGroups = cluster.nodeGroups.filter((g) => g.role === 'task');
  const name = group === TASK_GROUP_ALIAS || group === '' ? (taskGroups[0]?.name ?? group) : group;
  return taskHostsOfGroup(hosts, name, taskGroups.length)
    .filter((h) => !listed.includes(h.id))
    .map((h) => ({
      value: h.id,
      label: shortHostName(h.name, cluster.id),
      detail: [h.ip, h.status].filter(Boolean).join(' · '),
    }));
}

/** The flavors the cluster's groups use (task first). */
export function nodeSizeSuggestions(cluster: ClusterFacts): Suggestion[] {
  const ordered = [...cluster.nodeGroups].sort((a, b) => Number(b.role === 'task') - Number(a.role === 'task'));
  const flavors = [...new Set(ordered.flatMap((g) => (g.flavor ? [g.flavor] : [])))];
  return flavors.map((f) => ({
    value: f,
    label: f,
    detail: ordered
      .filter((g) => g.flavor === f)
      .map((g) => g.name)
      .join(', '),
  }));
}
