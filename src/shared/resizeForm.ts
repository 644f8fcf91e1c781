// The resize form's contract between the extension host and the webview: one union each way,
// the form's draft as typed, and its mapping to the rule module's ResizeDraft. Plain data only.
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
  /** False: MRS chooses the task hosts to remove (the default). */
  readonly chooseHosts: boolean;
  readonly serverIds: readonly string[];
  readonly nodeSize: string;
  readonly volumeType: string;
  readonly volumeCount: string;
  readonly volumeSize: string;
}

/** Where a Send stands, as the panel shows it in place. */
export type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'declined' }
  | { readonly kind: 'accepted'; readonly message: string; readonly stage?: string }
  /** The answer to the PUT was lost and the cluster shows no change yet: never sent again. */
  | { readonly kind: 'unknown'; readonly message: string }
  | { readonly kind: 'succeeded'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'refused';
      readonly code?: string;
      readonly message: string;
      readonly explanation?: string;
      readonly hint?: string;
    }
  | { readonly kind: 'notSent'; readonly message: string };

export const SEND_STATE_KINDS = [
  'idle',
  'sending',
  'declined',
  'accepted',
  'unknown',
  'succeeded',
  'failed',
  'refused',
  'notSent',
] as const satisfies readonly SendState['kind'][];

/** The form's words, translated on the host (one vscode.l10n.t each). */
export type FormLabels = Readonly<Record<FormLabelKey, string>>;

export const FORM_LABEL_KEYS = [
  'nodeGroup',
  'newTaskGroup',
  'direction',
  'scaleOut',
  'scaleIn',
  'instances',
  'range',
  'noRange',
  'skipBootstrap',
  'scaleWithoutStart',
  'scaleWithoutStartNote',
  'hosts',
  'letMrsChoose',
  'chooseHosts',
  'hostName',
  'hostIp',
  'hostState',
  'taskNodeInfo',
  'flavor',
  'volumeType',
  'volumeCount',
  'volumeSize',
  'picture',
  'now',
  'after',
  'preview',
  'noBody',
  'copy',
  'openAsRequestFile',
  'send',
  'sendBlocked',
  'sending',
  'declined',
  'accepted',
  'stage',
  'succeeded',
  'failed',
  'refused',
  'notSent',
  'unknown',
  'hint',
  'core',
  'task',
] as const;
export type FormLabelKey = (typeof FORM_LABEL_KEYS)[number];

/** Milliseconds since the webview document started loading (its own `performance.now()`). */
export interface RenderTimings {
  /** Our HTML asked for the bundle (before it, the document is VS Code's webview set-up). */
  readonly fetch: number;
  /** The bundle started running. */
  readonly script: number;
  /** The toolkit's components were registered and `ready` was posted. */
  readonly ready: number;
  /** The host's init arrived. */
  readonly init: number;
  /** The form was built and painted (the frame after the render). */
  readonly painted: number;
}

export type HostToForm =
  | {
      readonly type: 'init';
      readonly facts: ClusterFacts;
      readonly hosts: readonly FormHost[];
      /** Where to start (the group the command was run on); a draft kept by the webview wins. */
      readonly draft: FormDraft;
      /** True when `draft` comes from a request file ("Open in Form"): it wins over the kept one. */
      readonly prefilled?: boolean;
      readonly labels: FormLabels;
      /** The host's l10n bundle (vscode.l10n.bundle), for the rules' messages; absent in English. */
      readonly bundle?: Readonly<Record<string, string>>;
      readonly sendState: SendState;
    }
  | {
      readonly type: 'clusterChanged';
      readonly facts: ClusterFacts;
      readonly hosts: readonly FormHost[];
      /** Why the limits were refreshed, translated; none after the form's own resize. */
      readonly note?: string;
    }
  | { readonly type: 'sendState'; readonly state: SendState }
  /** A short word from the host that leaves the form as it is (copied; a second Send refused, with why). */
  | { readonly type: 'notice'; readonly message: string };

export type FormToHost =
  | { readonly type: 'ready' }
  /** The first complete render after an init (for the open-to-form figure and tests). */
  | { readonly type: 'rendered'; readonly timings: RenderTimings }
  | { readonly type: 'send'; readonly draft: FormDraft }
  | { readonly type: 'copyBody'; readonly draft: FormDraft }
  | { readonly type: 'openAsRequestFile'; readonly draft: FormDraft };

/** The draft a form opens with: the given group (or the core group), scale out by 1. */
export function initialFormDraft(facts: ClusterFacts, group?: string): FormDraft {
  const known = facts.nodeGroups.find((g) => g.name === group && (g.role === 'core' || g.role === 'task'));
  const core = facts.nodeGroups.find((g) => g.role === 'core');
  return {
    scaleType: 'scale_out',
    group: known?.name ?? core?.name ?? '',
    instances: '1',
    skipBootstrapScripts: false,
    scaleWithoutStart: false,
    chooseHosts: false,
    serverIds: [],
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
    chooseHosts: (draft.serverIds?.length ?? 0) > 0,
    serverIds: draft.serverIds ?? [],
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
  return {
    scaleType: form.scaleType,
    group: form.group,
    instances: form.instances,
    ...(out && hasBootstrapActions(facts) ? { skipBootstrapScripts: form.skipBootstrapScripts } : {}),
    ...(out ? { scaleWithoutStart: form.scaleWithoutStart } : {}),
    ...(!out && form.chooseHosts ? { serverIds: [...form.serverIds] } : {}),
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

/**
 * True when the form shows the task node info for this group: a task group (or the doc's task alias)
 * while the cluster has no task node and no task group that keeps a flavor (then the flavor comes from it).
 */
export function isFirstTask(facts: ClusterFacts, group: string): boolean {
  const tasks = facts.nodeGroups.filter((g) => g.role === 'task');
  const role =
    facts.nodeGroups.find((g) => g.name === group)?.role ?? (group === TASK_GROUP_ALIAS ? 'task' : undefined);
  return role === 'task' && tasks.every((g) => g.nodeCount === 0 && !g.flavor);
}

/** The default of an exhaustive switch: a message type nobody handles fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message ${JSON.stringify(value)}`);
}
