// What the form shows of the cluster's node groups: the group choice (every group by name and role,
// master groups included: the v2 expand adds master nodes), the picture's bars, and the nodes a Send
// may name (task hosts for the v1.1 PUT, abnormal nodes for the v2 shrink). Pure, over the core's rules.
import { nodeChoiceOf, type ClusterFacts, type NodeChoiceKind, type ResizeCheck } from '../../src/core/resize/rules';
import { isCustomCluster, type NodeGroupRole } from '../../src/core/model/cluster';
import { TASK_GROUP_ALIAS } from '../../src/core/resize/types';
import type { FormDraft, FormHost, FormLabels } from '../../src/shared/resizeForm';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** One group of the picture: its count now and after the resize. */
export interface PictureBar {
  readonly name: string;
  readonly role: NodeGroupRole;
  readonly current: number;
  readonly target: number;
}

/** Which nodes a scale-in may name: task hosts by ECS id (v1.1), abnormal nodes by resource id (v2). */
export type HostChoice = NodeChoiceKind;

function roleLabel(role: NodeGroupRole, labels: FormLabels): string {
  return role === 'master' ? labels.master : role === 'core' ? labels.core : labels.task;
}

/**
 * Every group by name, with its role, count and flavor. A cluster without task groups is offered a
 * first one (the v1.1 PUT creates it), except a custom cluster: the v2 expand grows existing groups only.
 */
export function groupOptions(facts: ClusterFacts, labels: FormLabels): Option[] {
  const options = facts.nodeGroups.map((g) => {
    const role = roleLabel(g.role, labels);
    return { value: g.name, label: `${g.name} (${role}, ${g.nodeCount}${g.flavor ? ` × ${g.flavor}` : ''})` };
  });
  if (!facts.nodeGroups.some((g) => g.role === 'task') && !isCustomCluster(facts)) {
    options.push({ value: TASK_GROUP_ALIAS, label: labels.newTaskGroup });
  }
  return options;
}

/** The core and task groups; a master group too when the draft resizes it. */
export function pictureOf(facts: ClusterFacts, check: ResizeCheck): PictureBar[] {
  const changed = check.group?.name;
  const bars: PictureBar[] = facts.nodeGroups
    .filter((g) => g.role !== 'master' || g.name === changed)
    .map((g) => ({ name: g.name, role: g.role, current: g.nodeCount, target: g.nodeCount }));
  if (check.change && changed && !bars.some((b) => b.name === changed)) {
    bars.push({ name: changed, role: check.change.role, current: 0, target: 0 });
  }
  return bars.map((b) => (check.change && b.name === changed ? { ...b, target: Math.max(0, check.change.to) } : b));
}

/** What a scale-in of the draft's group may name, if anything (the rules' nodeChoiceOf). */
export function hostChoiceOf(facts: ClusterFacts, hosts: readonly FormHost[], draft: FormDraft) {
  return nodeChoiceOf(facts, hosts, draft.group, draft.scaleType);
}
