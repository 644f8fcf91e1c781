// The resize form as a pure function: its state (live facts, the draft as typed, the send state)
// → what the view shows. Every problem comes from the rule module's checkResize; no rule here.
import { clusterStateText, hostStatusText } from '../../src/core/model/labels';
import { volumeTypeLabel } from '../../src/core/resize/fieldNames';
import { checkResize, hasBootstrapActions } from '../../src/core/resize/rules';
import { formatPath, isPathWithin, RESIZE_PATHS } from '../../src/core/resize/problem';
import { taskHostsOfGroup } from '../../src/core/resize/serverIds';
import type { ClusterFacts } from '../../src/core/resize/facts';
import {
  DATA_VOLUME_TYPES,
  TASK_GROUP_ALIAS,
  type ResizeCheck,
  type ResizeProblem,
  type ResizePath,
} from '../../src/core/resize/types';
import {
  isFirstTask,
  toResizeDraft,
  type FormDraft,
  type FormHost,
  type FormLabels,
  type SendState,
} from '../../src/shared/resizeForm';
import type { Translate } from '../../src/core/translate';
import { outcomeOf, problemsTone, type Outcome, type Tone } from './tones';

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
}

/** The fields of the form, most specific first: a problem goes to the first field whose path holds it. */
export const FIELD_PATHS = [
  ['nodeSize', RESIZE_PATHS.nodeSize],
  ['volumeType', RESIZE_PATHS.volumeType],
  ['volumeCount', RESIZE_PATHS.volumeCount],
  ['volumeSize', RESIZE_PATHS.volumeSize],
  ['taskNodeInfo', RESIZE_PATHS.taskNodeInfo],
  ['serverIds', RESIZE_PATHS.serverIds],
  ['skipBootstrap', RESIZE_PATHS.skipBootstrap],
  ['scaleWithoutStart', RESIZE_PATHS.scaleWithoutStart],
  ['instances', RESIZE_PATHS.instances],
  ['group', RESIZE_PATHS.group],
  ['scaleType', RESIZE_PATHS.scaleType],
] as const satisfies ReadonlyArray<readonly [string, ResizePath]>;
export type FieldKey = (typeof FIELD_PATHS)[number][0];

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** One group of the picture: its count now and after the resize. */
export interface PictureBar {
  readonly name: string;
  readonly role: 'core' | 'task';
  readonly current: number;
  readonly target: number;
}

export interface FormView {
  /** "etl · running", the state in the display language. */
  readonly heading: string;
  readonly groups: readonly Option[];
  readonly visible: Readonly<Record<FieldKey, boolean>>;
  readonly problems: Readonly<Record<FieldKey | 'cluster', readonly ResizeProblem[]>>;
  /** "1–497" of the chosen direction, or the label that says none is allowed. */
  readonly range: string;
  /** "3 → 5 core nodes" once the number is one, in the tone of what the rules say of it; never a negative count. */
  readonly change: { readonly text: string; readonly tone: 'valid' | 'warning' | 'error' } | undefined;
  readonly taskHosts: readonly FormHost[];
  readonly flavors: readonly string[];
  readonly volumeTypes: readonly Option[];
  readonly picture: readonly PictureBar[];
  /** The exact PUT body, pretty-printed; undefined while an error stands. */
  readonly preview: string | undefined;
  /** What the preview says when there is no body. */
  readonly noBody: string;
  /** Whether Send may be used, and why not, in the tone of that reason. */
  readonly send: { readonly enabled: boolean; readonly reason: string | undefined; readonly tone: Tone | undefined };
  readonly outcome: Outcome;
}

function groupOptions(facts: ClusterFacts, labels: FormLabels): Option[] {
  const options = facts.nodeGroups
    .filter((g) => g.role === 'core' || g.role === 'task')
    .map((g) => {
      const role = g.role === 'core' ? labels.core : labels.task;
      return { value: g.name, label: `${g.name} (${role}, ${g.nodeCount}${g.flavor ? ` × ${g.flavor}` : ''})` };
    });
  if (!facts.nodeGroups.some((g) => g.role === 'task')) {
    options.push({ value: TASK_GROUP_ALIAS, label: labels.newTaskGroup });
  }
  return options;
}

function visibleFields(state: FormState): Record<FieldKey, boolean> {
  const { draft, facts } = state;
  const out = draft.scaleType === 'scale_out';
  const role = facts.nodeGroups.find((g) => g.name === draft.group)?.role;
  const first = out && isFirstTask(facts, draft.group);
  return {
    scaleType: true,
    group: true,
    instances: true,
    skipBootstrap: out && hasBootstrapActions(facts),
    scaleWithoutStart: out,
    serverIds: !out && role === 'task',
    taskNodeInfo: first,
    nodeSize: first,
    volumeType: first,
    volumeCount: first,
    volumeSize: first,
  };
}

/** Each problem beside its field; one about a hidden field (or the cluster) goes to the top. */
function placeProblems(problems: readonly ResizeProblem[], visible: Record<FieldKey, boolean>) {
  const byField = Object.fromEntries([...FIELD_PATHS.map(([k]) => [k, []]), ['cluster', []]]) as Record<
    FieldKey | 'cluster',
    ResizeProblem[]
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
  return state.labels.range.replace('{0}', String(range.min)).replace('{1}', String(range.max));
}

function pictureOf(facts: ClusterFacts, check: ResizeCheck): PictureBar[] {
  const bars: PictureBar[] = facts.nodeGroups
    .filter((g) => g.role === 'core' || g.role === 'task')
    .map((g) => ({ name: g.name, role: g.role as 'core' | 'task', current: g.nodeCount, target: g.nodeCount }));
  const changed = check.group?.name;
  if (check.change && changed && !bars.some((b) => b.name === changed)) {
    bars.push({ name: changed, role: check.change.role === 'task' ? 'task' : 'core', current: 0, target: 0 });
  }
  return bars.map((b) => (check.change && b.name === changed ? { ...b, target: Math.max(0, check.change.to) } : b));
}

function sendOf(state: FormState, problems: readonly ResizeProblem[], body: boolean): FormView['send'] {
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
  const { facts, draft } = state;
  const visible = visibleFields(state);
  const resizeDraft = toResizeDraft(draft, facts);
  const check = checkResize({ cluster: facts, hosts: state.hosts, draft: resizeDraft }, t);
  const waiting = waitingForCount(state);
  const problems = waiting
    ? check.problems.filter((d) => !isPathWithin(d.path, RESIZE_PATHS.instances))
    : check.problems;
  const byField = placeProblems(problems, visible);
  const taskGroups = facts.nodeGroups.filter((g) => g.role === 'task').length;
  // A task group's flavor first: new task nodes usually match it.
  const flavor = facts.nodeGroups.find((g) => g.role === 'task' && g.flavor)?.flavor;
  const flavors = [...new Set(facts.nodeGroups.flatMap((g) => (g.flavor && g.role !== 'master' ? [g.flavor] : [])))];
  return {
    heading: `${facts.name} · ${clusterStateText(facts, t)}`,
    groups: groupOptions(facts, state.labels),
    visible,
    problems: byField,
    range: rangeText(check, state),
    change: changeOf(check, byField),
    taskHosts: visible.serverIds
      ? taskHostsOfGroup(state.hosts, draft.group, taskGroups).map((h) => ({
          ...h,
          status: h.status && hostStatusText(h.status, t),
        }))
      : [],
    flavors: flavor ? [flavor, ...flavors.filter((f) => f !== flavor)] : flavors,
    volumeTypes: DATA_VOLUME_TYPES.map((v) => ({ value: v, label: volumeTypeLabel(v, t) })),
    picture: pictureOf(facts, check),
    preview: check.call && JSON.stringify(check.call.body, null, 2),
    noBody: waiting ? state.labels.noChange : state.labels.noBody,
    send: sendOf(state, problems, check.call !== undefined),
    outcome: outcomeOf(state.sendState, state.labels),
  };
}
