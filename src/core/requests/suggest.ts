// Live suggestions of a request file: which slot the cursor is in (jsonc-parser's getLocation), and
// the values a cluster offers for it. The schema's own completions come from VS Code's JSON support.
import { getLocation } from 'jsonc-parser';
import type { NodeGroupRole } from '../model/cluster';
import { shortHostName } from '../model/hosts';
import { flavorChoices } from '../quota/flavorChoices';
import type { FlavorOffer } from '../quota/flavorOffer';
import { taskHostsOfGroup } from '../resize/rules';
import type { ClusterFacts, HostFacts } from '../resize/facts';
import type { Translate } from '../translate';
import { CORE_GROUP_ALIAS, TASK_GROUP_ALIAS } from '../resize/types';
import { tooDeepAt } from './structure';

export type SuggestionSlot =
  | 'connection'
  | 'clusterId'
  | 'nodeGroup'
  | 'serverId'
  | 'nodeSize'
  /** `node_group_name` of a v2 body, and the `resource_ids` of a shrink. */
  | 'expandGroup'
  | 'shrinkGroup'
  | 'resourceId';

export interface SlotAt {
  readonly slot: SuggestionSlot;
  /** Span of the string under the cursor, quotes included; undefined when no value is typed yet. */
  readonly replace: { readonly offset: number; readonly length: number } | undefined;
}

export interface Suggestion {
  /** The JSON string value to insert. */
  readonly value: string;
  /** What leads the line: a host's short name, a group's name, a cluster's id. */
  readonly label: string;
  /** Right after the label (a host's IP). */
  readonly labelDetail?: string;
  /** After it, set apart: a host's id, a group's role and size, a cluster's name. */
  readonly description: string;
  /** The detail pane. */
  readonly detail: string;
}

/** A suggestion as the editor's completion item takes it (CompletionItemLabel, insert, filter and sort texts). */
export interface CompletionEntry {
  readonly label: string;
  readonly labelDetail: string | undefined;
  readonly description: string | undefined;
  readonly detail: string | undefined;
  readonly insertText: string;
  /** Starts with the quote: VS Code filters against the string typed so far, quote included. */
  readonly filterText: string;
  /** In the order given: the cluster's groups before the doc's names. */
  readonly sortText: string;
}

export function completionEntry(s: Suggestion, index: number): CompletionEntry {
  const words = [s.label, s.labelDetail, s.value === s.label ? undefined : s.value].filter((w) => w !== undefined);
  return {
    label: s.label,
    labelDetail: s.labelDetail ? ` ${s.labelDetail}` : undefined,
    description: s.description || undefined,
    detail: s.detail || undefined,
    insertText: JSON.stringify(s.value),
    filterText: `"${words.join(' ')}`,
    sortText: String(index).padStart(4, '0'),
  };
}

const SLOTS: Readonly<Record<string, SuggestionSlot>> = {
  'target.connection': 'connection',
  'target.cluster_id': 'clusterId',
  'request.parameters.node_group': 'nodeGroup',
  'request.parameters.task_node_info.node_size': 'nodeSize',
  'expand.node_group_name': 'expandGroup',
  'shrink.node_group_name': 'shrinkGroup',
};

function slotOf(path: readonly (string | number)[]): SuggestionSlot | undefined {
  const key = path.join('.');
  if (Object.hasOwn(SLOTS, key)) {
    return SLOTS[key];
  }
  if (path.length === 3 && key.startsWith('shrink.resource_ids.')) {
    return 'resourceId';
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
  return clusters.map((c) => ({ value: c.id, label: c.id, description: c.name, detail: c.stateText }));
}

export function connectionSuggestions(names: readonly string[]): Suggestion[] {
  return names.map((name) => ({ value: name, label: name, description: '', detail: '' }));
}

export function groupText(role: NodeGroupRole, nodes: number, t: Translate): string {
  if (role === 'master') {
    return nodes === 1 ? t('master node group, 1 node') : t('master node group, {0} nodes', nodes);
  }
  if (role === 'core') {
    return nodes === 1 ? t('core node group, 1 node') : t('core node group, {0} nodes', nodes);
  }
  return nodes === 1 ? t('task node group, 1 node') : t('task node group, {0} nodes', nodes);
}

/**
 * The cluster's core and task groups, each once with its role and size, then the API doc's two
 * names for the core and task group (`core_node_default_group`, `task_node_default_group`); only
 * those when the cluster is not known.
 */
export function nodeGroupSuggestions(cluster: ClusterFacts | undefined, t: Translate): Suggestion[] {
  const groups = (cluster?.nodeGroups ?? []).flatMap((g) =>
    g.role === 'core' || g.role === 'task'
      ? [{ value: g.name, label: g.name, description: groupText(g.role, g.nodeCount, t), detail: '' }]
      : [],
  );
  const aliases = [CORE_GROUP_ALIAS, TASK_GROUP_ALIAS]
    .filter((a) => !groups.some((g) => g.value === a))
    .map((a) => ({
      value: a,
      label: a,
      description:
        a === CORE_GROUP_ALIAS
          ? t("the API documentation's name of the core node group")
          : t("the API documentation's name of the task node group"),
      detail: '',
    }));
  return [...groups, ...aliases];
}

/** Task hosts of the group not listed yet: the short host name and IP lead, the id (what is inserted) follows. */
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
      ...(h.ip ? { labelDetail: h.ip } : {}),
      description: h.id,
      detail: h.status ?? '',
    }));
}

/**
 * `node_size` of the first task nodes: the flavors MRS offers (vCPUs and memory beside each, the cluster's
 * own first), else the flavors the cluster's groups use (task first) with the note that says why.
 */
export function nodeSizeSuggestions(cluster: ClusterFacts, offer: FlavorOffer | undefined, t: Translate): Suggestion[] {
  const { items, note } = flavorChoices(cluster, offer, t);
  return items.map((c) => ({
    value: c.value,
    label: c.value,
    description: c.description,
    detail: [c.description, note].filter((x) => x !== undefined && x !== '').join('\n'),
  }));
}
