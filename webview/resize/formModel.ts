// The resize form as a pure function: its state (live facts, the draft as typed, the send state)
// → what the view shows. Every problem comes from the rule module's checkResize; no rule here.
import { clusterStateText, hostStatusText } from '../../src/core/model/labels';
import { volumeTypeLabel } from '../../src/core/resize/fieldNames';
import { callTemplate, checkResize, hasBootstrapActions } from '../../src/core/resize/rules';
import { formatPath, isPathWithin, RESIZE_PATHS } from '../../src/core/resize/problem';
import type { ClusterFacts } from '../../src/core/resize/facts';
import { DATA_VOLUME_TYPES, type ResizeCheck, type ResizeProblem, type ResizePath } from '../../src/core/resize/types';
import {
  isFirstTask,
  toResizeDraft,
  type FormDraft,
  type FormHost,
  type FormLabels,
  type SendState,
} from '../../src/shared/resizeForm';
import type { Translate } from '../../src/core/translate';
import type { FlavorOffer } from '../../src/core/quota/flavorOffer';
import { liveQuotaOf, type LiveQuota, type ShortQuotaCode } from '../../src/core/quota/live';
import { factsWithOffer, flavorOptions, quotaWithOffer } from './flavors';
import { groupOptions, hostChoiceOf, pictureOf, type HostChoice, type Option, type PictureBar } from './groups';
import { outcomeOf, problemsTone, type Outcome, type Tone } from './tones';

export type { HostChoice, Option, PictureBar } from './groups';

export interface FormState {
  readonly facts: ClusterFacts;
  readonly hosts: readonly FormHost[];
  readonly draft: FormDraft;
  readonly labels: FormLabels;
  readonly sendState: SendState;
  /** Set when the cluster changed while the form was open, or the host said a word; cleared by an edit. */
  readonly note?: string;
  /** The draft is the fresh start after this form's resize ended and the user has not edited it yet. */
  readonly fresh?: boolean;
  /** The outcome the user moved on from by editing (JSON of its SendState): not shown again. */
  readonly dismissed?: string;
  /** The quota the host read for this reading: free amounts and what a node takes. */
  readonly quota?: LiveQuota;
  /** The flavors MRS offers for the first task nodes, as the host read them for this reading. */
  readonly flavorOffer?: FlavorOffer;
}

/** A problem beside a field: the rules', or the quota's (on the count). */
export type FormProblem = Omit<ResizeProblem, 'code'> & { readonly code: ResizeProblem['code'] | ShortQuotaCode };

/** The fields of the form, most specific first: a problem goes to the first field whose path holds it. */
export const FIELD_PATHS = [
  ['nodeSize', RESIZE_PATHS.nodeSize],
  ['volumeType', RESIZE_PATHS.volumeType],
  ['volumeCount', RESIZE_PATHS.volumeCount],
  ['volumeSize', RESIZE_PATHS.volumeSize],
  ['taskNodeInfo', RESIZE_PATHS.taskNodeInfo],
  ['serverIds', RESIZE_PATHS.serverIds],
  ['resourceIds', RESIZE_PATHS.resourceIds],
  ['skipBootstrap', RESIZE_PATHS.skipBootstrap],
  ['scaleWithoutStart', RESIZE_PATHS.scaleWithoutStart],
  ['instances', RESIZE_PATHS.instances],
  ['group', RESIZE_PATHS.group],
  ['scaleType', RESIZE_PATHS.scaleType],
] as const satisfies ReadonlyArray<readonly [string, ResizePath]>;
export type FieldKey = (typeof FIELD_PATHS)[number][0];

export interface FormView {
  /** "etl · running", the state in the display language. */
  readonly heading: string;
  readonly groups: readonly Option[];
  readonly visible: Readonly<Record<FieldKey, boolean>>;
  readonly problems: Readonly<Record<FieldKey | 'cluster', readonly FormProblem[]>>;
  /**
   * Beside the count of a scale-out: the most nodes that fit and the resource that limits them, and
   * "quota not checked (why)" when a read failed; undefined before the quota is read, or for a scale-in.
   */
  readonly quota: { readonly line: string | undefined; readonly note: string | undefined } | undefined;
  /** "1–497" of the chosen direction, or the label that says none is allowed. */
  readonly range: string;
  /** "3 → 5 core nodes" once the number is one, in the tone of what the rules say of it; never a negative count. */
  readonly change: { readonly text: string; readonly tone: 'valid' | 'warning' | 'error' } | undefined;
  /** The nodes a scale-in may name (task hosts, or abnormal nodes to force-delete), state in the display language. */
  readonly taskHosts: readonly FormHost[];
  /** Which ids the chosen nodes are sent as, when the form offers a choice. */
  readonly hostChoice: HostChoice | undefined;
  /** The first task nodes' flavors: those MRS offers with vCPUs and memory, else the cluster's own. */
  readonly flavors: readonly Option[];
  /** Beside the flavor: why the list is the cluster's own, or why the sizes are missing. */
  readonly flavorNote: string | undefined;
  readonly volumeTypes: readonly Option[];
  readonly picture: readonly PictureBar[];
  /** The exact body of the call, pretty-printed; undefined while an error stands. */
  readonly preview: string | undefined;
  /** The call the body goes with, as the API doc names it ("POST /v2/{project_id}/clusters/{cluster_id}/expand"). */
  readonly previewCall: string | undefined;
  /** What the preview says when there is no body. */
  readonly noBody: string;
  /** Whether Send may be used, and why not, in the tone of that reason. */
  readonly send: { readonly enabled: boolean; readonly reason: string | undefined; readonly tone: Tone | undefined };
  readonly outcome: Outcome;
}

function visibleFields(state: FormState, choice: HostChoice | undefined): Record<FieldKey, boolean> {
  const { draft, facts } = state;
  const out = draft.scaleType === 'scale_out';
  const first = out && isFirstTask(facts, draft.group);
  return {
    scaleType: true,
    group: true,
    instances: true,
    skipBootstrap: out && hasBootstrapActions(facts),
    scaleWithoutStart: out,
    serverIds: choice === 'serverIds',
    resourceIds: choice === 'resourceIds',
    taskNodeInfo: first,
    nodeSize: first,
    volumeType: first,
    volumeCount: first,
    volumeSize: first,
  };
}

/** Each problem beside its field; one about a hidden field (or the cluster) goes to the top. */
function placeProblems(problems: readonly FormProblem[], visible: Record<FieldKey, boolean>) {
  const byField = Object.fromEntries([...FIELD_PATHS.map(([k]) => [k, []]), ['cluster', []]]) as Record<
    FieldKey | 'cluster',
    FormProblem[]
  >;
  for (const d of problems) {
    const field = FIELD_PATHS.find(([, path]) => isPathWithin(d.path, path))?.[0];
    byField[field && visible[field] ? field : 'cluster'].push(d);
  }
  return byField;
}

function rangeText(check: ResizeCheck, state: FormState): string {
  const range = state.draft.scaleType === 'scale_out' ? check.limits?.scaleOut : check.limits?.scaleIn;
  if (!range || range.max < range.min) {
    return state.labels.noRange;
  }
  if (range.max === Number.MAX_SAFE_INTEGER) {
    return state.labels.rangeOpen.replace('{0}', String(range.min));
  }
  return state.labels.range.replace('{0}', String(range.min)).replace('{1}', String(range.max));
}

function sendOf(state: FormState, problems: readonly FormProblem[], body: boolean): FormView['send'] {
  const { kind } = state.sendState;
  if (kind === 'sending' || kind === 'accepted' || kind === 'unknown') {
    return { enabled: false, reason: state.labels.sending, tone: 'progress' };
  }
  const error = problems.find((d) => d.severity === 'error');
  if (error) {
    const where = formatPath(error.path);
    const reason = state.labels.sendBlocked.replace('{0}', where ? `${where}: ${error.message}` : error.message);
    return { enabled: false, reason, tone: 'error' };
  }
  if (!body) {
    return { enabled: false, reason: state.labels.noChange, tone: 'info' };
  }
  return { enabled: true, reason: undefined, tone: undefined };
}

/** True while the count is empty in the fresh start after the form's resize: no change chosen yet, no mistake. */
function waitingForCount(state: FormState): boolean {
  return state.fresh === true && state.draft.instances.trim() === '';
}

/** The change line: shown once the count is a number that leaves no group below zero. */
function changeOf(check: ResizeCheck, byField: ReturnType<typeof placeProblems>): FormView['change'] {
  if (!check.change || check.change.to < 0) {
    return undefined;
  }
  const about = [...byField.instances, ...byField.group, ...byField.scaleType, ...byField.cluster];
  return { text: check.change.text, tone: problemsTone(about) };
}

/** What the view shows for a state; `t` translates the rules' messages. */
export function formView(state: FormState, t: Translate): FormView {
  const { draft } = state;
  // The offered flavors feed the rules (a flavor not offered is a warning) and the quota (ECS's sizes).
  const facts = factsWithOffer(state.facts, state.flavorOffer);
  const choice = hostChoiceOf(facts, state.hosts, draft);
  const visible = visibleFields(state, choice?.kind);
  const resizeDraft = toResizeDraft(draft, facts);
  const check = checkResize({ cluster: facts, hosts: state.hosts, draft: resizeDraft }, t);
  const waiting = waitingForCount(state);
  // The quota's arithmetic on the amounts the host read once: no request per keystroke.
  const live = quotaWithOffer(state.quota, state.flavorOffer);
  const quota = live && liveQuotaOf(live, check, draft.scaleType, t);
  const all: FormProblem[] = [...check.problems, ...(quota?.problems ?? [])];
  const problems = waiting ? all.filter((d) => !isPathWithin(d.path, RESIZE_PATHS.instances)) : all;
  const byField = placeProblems(problems, visible);
  const flavors = flavorOptions(facts, state.flavorOffer, draft.nodeSize, t);
  return {
    heading: `${facts.name} · ${clusterStateText(facts, t)}`,
    groups: groupOptions(facts, state.labels),
    visible,
    problems: byField,
    range: rangeText(check, state),
    quota: quota && (quota.line || quota.notChecked) ? { line: quota.line, note: quota.notChecked } : undefined,
    change: changeOf(check, byField),
    taskHosts: (choice?.hosts ?? []).map((h) => ({ ...h, status: h.status && hostStatusText(h.status, t) })),
    hostChoice: choice?.kind,
    flavors: flavors.options,
    flavorNote: flavors.note,
    volumeTypes: DATA_VOLUME_TYPES.map((v) => ({ value: v, label: volumeTypeLabel(v, t) })),
    picture: pictureOf(facts, check),
    preview: check.call && JSON.stringify(check.call.body, null, 2),
    previewCall: check.call && callTemplate(check.call.kind),
    noBody: waiting ? state.labels.noChange : state.labels.noBody,
    send: sendOf(state, problems, check.call !== undefined),
    outcome: outcomeOf(state.sendState, state.labels),
  };
}
