// The resize form's draft as typed, and its mappings: where a form starts, a request file's draft in
// the form's fields, the rule module's ResizeDraft of what the form shows. Plain data only.
import { needsV2 } from '../core/resize/api';
import { hasBootstrapActions } from '../core/resize/clusterRules';
import type { ClusterFacts, HostFacts } from '../core/resize/facts';
import { TASK_GROUP_ALIAS, type ResizeDraft, type ScaleType } from '../core/resize/types';

/** A host row of the form: what the rules read, plus the IP shown in the table. */
export interface FormHost extends HostFacts {
  readonly ip?: string;
}

/** The form's fields as typed (numbers stay text until the rules read them). */
export interface FormDraft {
  readonly scaleType: ScaleType;
  /** A real group name, or the doc's task alias for a first task group. */
  readonly group: string;
  readonly instances: string;
  readonly skipBootstrapScripts: boolean;
  readonly scaleWithoutStart: boolean;
  /**
   * False: MRS chooses the nodes to remove (the default). True: the chosen task hosts (`serverIds`, the
   * v1.1 PUT) or, for a group the v2 shrink resizes, the chosen abnormal nodes (`resourceIds`, force-deleted).
   */
  readonly chooseHosts: boolean;
  readonly serverIds: readonly string[];
  /** Resource ids of abnormal nodes to force-delete (a v2 shrink). */
  readonly resourceIds: readonly string[];
  readonly nodeSize: string;
  readonly volumeType: string;
  readonly volumeCount: string;
  readonly volumeSize: string;
}

/** The draft a form opens with: the given group (or the core group), scale out by 1. */
export function initialFormDraft(facts: ClusterFacts, group?: string): FormDraft {
  const known = facts.nodeGroups.find((g) => g.name === group);
  const core = facts.nodeGroups.find((g) => g.role === 'core');
  return {
    scaleType: 'scale_out',
    group: known?.name ?? core?.name ?? '',
    instances: '1',
    skipBootstrapScripts: false,
    scaleWithoutStart: false,
    chooseHosts: false,
    serverIds: [],
    resourceIds: [],
    nodeSize: facts.nodeGroups.find((g) => g.role !== 'master' && g.flavor)?.flavor ?? '',
    volumeType: 'SATA',
    volumeCount: '1',
    volumeSize: '100',
  };
}

/** The form's fields for a draft read elsewhere (a request file); what it does not say keeps the defaults. */
export function formDraftOf(draft: ResizeDraft, facts: ClusterFacts): FormDraft {
  const core = facts.nodeGroups.find((g) => g.role === 'core')?.name ?? '';
  const group = draft.group === '' || draft.group === 'core_node_default_group' ? core : draft.group;
  const base = initialFormDraft(facts, group);
  const info = draft.taskNodeInfo;
  const text = (v: number | string | undefined, fallback: string) => (v === undefined ? fallback : String(v));
  return {
    ...base,
    scaleType: draft.scaleType === 'scale_in' ? 'scale_in' : 'scale_out',
    group: group || base.group,
    instances: String(draft.instances),
    skipBootstrapScripts: draft.skipBootstrapScripts ?? base.skipBootstrapScripts,
    scaleWithoutStart: draft.scaleWithoutStart ?? base.scaleWithoutStart,
    chooseHosts: (draft.serverIds?.length ?? 0) > 0 || (draft.resourceIds?.length ?? 0) > 0,
    serverIds: draft.serverIds ?? [],
    resourceIds: draft.resourceIds ?? [],
    nodeSize: info?.nodeSize ?? base.nodeSize,
    volumeType: info?.dataVolumeType ?? base.volumeType,
    volumeCount: text(info?.dataVolumeCount, base.volumeCount),
    volumeSize: text(info?.dataVolumeSize, base.volumeSize),
  };
}

/**
 * The rule module's draft of what the form shows on this cluster. Fields the form hides are left out,
 * so that the body the rules build is the one the user sees: the switches on a scale-in, "skip
 * bootstrap actions" on a cluster created without any, the task node info unless it is a first task
 * group (isFirstTask; the rules decide whether it is required).
 */
export function toResizeDraft(form: FormDraft, facts: ClusterFacts): ResizeDraft {
  const out = form.scaleType === 'scale_out';
  const firstTask = isFirstTask(facts, form.group);
  const chosen = isV2Group(facts, form.group)
    ? { resourceIds: [...form.resourceIds] }
    : { serverIds: [...form.serverIds] };
  return {
    scaleType: form.scaleType,
    group: form.group,
    instances: form.instances,
    ...(out && hasBootstrapActions(facts) ? { skipBootstrapScripts: form.skipBootstrapScripts } : {}),
    ...(out ? { scaleWithoutStart: form.scaleWithoutStart } : {}),
    ...(!out && form.chooseHosts ? chosen : {}),
    ...(out && firstTask
      ? {
          taskNodeInfo: {
            nodeSize: form.nodeSize,
            dataVolumeType: form.volumeType,
            dataVolumeCount: form.volumeCount,
            dataVolumeSize: form.volumeSize,
          },
        }
      : {}),
  };
}

/** True when the v2 calls resize this group (a custom cluster's, or a master group): resource ids, no server ids. */
export function isV2Group(facts: ClusterFacts, group: string): boolean {
  return needsV2(facts, facts.nodeGroups.find((g) => g.name === group)?.role ?? 'core');
}

/**
 * True when the form shows the task node info for this group: a task group (or the doc's task alias)
 * while the cluster has no task node and no task group that keeps a flavor (then the flavor comes from it).
 * Never for the v2 expand, which adds nodes like the group's own.
 */
export function isFirstTask(facts: ClusterFacts, group: string): boolean {
  if (isV2Group(facts, group)) {
    return false;
  }
  const tasks = facts.nodeGroups.filter((g) => g.role === 'task');
  const role =
    facts.nodeGroups.find((g) => g.name === group)?.role ?? (group === TASK_GROUP_ALIAS ? 'task' : undefined);
  return role === 'task' && tasks.every((g) => g.nodeCount === 0 && !g.flavor);
}

/**
 * Where the form starts again once its resize ended: the same group, direction and options, against
 * the cluster as it now is, with no count (and no chosen hosts, which may be gone), so that sending
 * again takes a new choice. A group the cluster no longer has gives way to the form's default.
 */
export function restartDraft(sent: FormDraft, facts: ClusterFacts): FormDraft {
  const group = initialFormDraft(facts, sent.group).group;
  return { ...sent, group, instances: '', chooseHosts: false, serverIds: [], resourceIds: [] };
}
