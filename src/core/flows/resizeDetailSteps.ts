// Steps of the resize flow from the count on: how many nodes, which task hosts to remove, and the
// scale-out options. Task node info: taskNodeInfoSteps.ts; the summary: resizeSummary.ts.
import type { Cluster } from '../model/cluster';
import { shortHostName } from '../model/hosts';
import { BACK } from '../prompts/Prompter';
import type { WizardStep } from '../prompts/wizard';
import { fieldNames } from '../resize/fieldNames';
import { hasBootstrapActions } from '../resize/clusterRules';
import { isPathWithin, RESIZE_PATHS } from '../resize/problem';
import { nodeChoiceOf, chosenNodeId } from '../resize/rules';
import type { LiveQuota } from '../quota/live';
import type { InstanceRange } from '../resize/types';
import { chosenRole, isOpenRange } from './resizeChoice';
import { QUOTA_STEP_WAIT_MS, quotaCheckOf, quotaSoon, STILL_READING, withQuota } from './resizeQuota';
import { stepHeading, checkState, draftOf, type ResizeFlowDeps, type ResizeFlowState } from './resizeState';

type Step = WizardStep<ResizeFlowState>;

function countPrompt(s: ResizeFlowState, deps: ResizeFlowDeps, range: InstanceRange): string {
  if (isOpenRange(range)) {
    return deps.t('Nodes to add ({0} or more; MRS decides the limit)', range.min);
  }
  return s.scaleType === 'scale_out'
    ? deps.t('Nodes to add ({0}–{1})', range.min, range.max)
    : deps.t('Nodes to remove ({0}–{1})', range.min, range.max);
}

/** The rules on the count alone: the hosts, task node info and options come later. */
function countCheck(s: ResizeFlowState, t: ResizeFlowDeps['t'], value: string) {
  const draft = {
    ...draftOf(s),
    instances: value,
    serverIds: undefined,
    resourceIds: undefined,
    taskNodeInfo: undefined,
  };
  return checkState(s, t, draft);
}

/**
 * An error keeps the range beside it; a count the quota cannot hold names MRS's code and the numbers;
 * an accepted count shows the change and the range, then the quota's line and "quota not checked".
 */
function validateCount(
  s: ResizeFlowState,
  deps: ResizeFlowDeps,
  range: InstanceRange,
  quota: LiveQuota | undefined,
  value: string,
) {
  const t = deps.t;
  const check = countCheck(s, t, value);
  const error = check.problems.find((d) => d.severity === 'error' && isPathWithin(d.path, RESIZE_PATHS.instances));
  if (error) {
    return isOpenRange(range) ? error.message : t('{0} Allowed: {1}–{2}.', error.message, range.min, range.max);
  }
  const fit = quotaCheckOf(quota, check, t);
  if (fit && fit.problems.length > 0) {
    return fit.problems.map((p) => p.message).join(' ');
  }
  const change =
    check.change &&
    (isOpenRange(range) ? check.change.text : t('{0} (allowed: {1}–{2})', check.change.text, range.min, range.max));
  const hint = withQuota(change, fit, t);
  return hint === undefined ? undefined : { hint };
}

export function instancesStep(deps: ResizeFlowDeps): Step {
  return {
    run: async (s, p, pos) => {
      const check = countCheck(s, deps.t, s.instances);
      const limits = check.limits;
      const range = (s.scaleType === 'scale_out' ? limits?.scaleOut : limits?.scaleIn) ?? { min: 1, max: 0 };
      // Read beside the hosts when the cluster was chosen: usually here already; a slow read is not waited for.
      const read = await quotaSoon(s, deps.quotaWaitMs ?? QUOTA_STEP_WAIT_MS);
      const quota = read === STILL_READING ? undefined : read;
      const prompt = countPrompt(s, deps, range);
      const answer = await p.input({
        ...stepHeading(s, deps, pos),
        value: s.instances,
        prompt: withQuota(prompt, read === STILL_READING ? read : quotaCheckOf(quota, check, deps.t), deps.t),
        placeholder: prompt,
        validate: (v) => validateCount(s, deps, range, quota, v),
      });
      if (answer === BACK) {
        return BACK;
      }
      s.instances = answer.trim();
    },
  };
}

/** The nodes the chosen scale-in may name (task hosts, or abnormal nodes to force-delete); undefined before. */
function choiceOf(s: ResizeFlowState) {
  return chosenRole(s) === undefined
    ? undefined
    : nodeChoiceOf(s.cluster as Cluster, s.hosts ?? [], s.group, s.scaleType);
}

function hostsPlaceholder(kind: 'serverIds' | 'resourceIds', count: number, t: ResizeFlowDeps['t']): string {
  return kind === 'resourceIds'
    ? t('Choose exactly {0} abnormal nodes to force-delete, or none to let MRS choose the nodes to remove', count)
    : t('Choose exactly {0} task nodes to remove, or none to let MRS choose', count);
}

/** A v1.1 task scale-in names task hosts; a v2 shrink of a group with abnormal nodes may name those. */
export function hostsStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => (chosenRole(s) === undefined ? undefined : choiceOf(s) === undefined),
    run: async (s, p, pos) => {
      const cluster = s.cluster as Cluster;
      const choice = choiceOf(s);
      if (!choice) {
        return;
      }
      const count = Number(s.instances);
      const answer = await p.pickMany({
        ...stepHeading(s, deps, pos),
        selected: choice.kind === 'resourceIds' ? s.resourceIds : s.serverIds,
        placeholder: hostsPlaceholder(choice.kind, count, t),
        items: choice.hosts.map((h) => ({
          label: shortHostName(h.name, cluster.id),
          description: [h.ip, h.status].filter(Boolean).join(' · '),
          value: chosenNodeId(h, choice.kind),
        })),
        validate: (ids) =>
          ids.length === 0 || ids.length === count
            ? undefined
            : t('Chosen: {0}; nodes to remove: {1}.', ids.length, count),
      });
      if (answer === BACK) {
        return BACK;
      }
      Object.assign(s, choice.kind === 'resourceIds' ? { resourceIds: answer } : { serverIds: answer });
    },
  };
}

type Option = 'skipBootstrapScripts' | 'scaleWithoutStart';

/** "Skip bootstrap actions" only for a cluster created with some (or whose details do not say). */
function optionItems(s: ResizeFlowState, t: ResizeFlowDeps['t']) {
  const skip = {
    label: fieldNames(t).skipBootstrap,
    detail: t('Do not run the bootstrap actions of the cluster on the new nodes.'),
    value: 'skipBootstrapScripts' as const,
  };
  const withoutStart = {
    label: fieldNames(t).scaleWithoutStart,
    detail: t('Start them later yourself (MRS 1.7.2 and later).'),
    value: 'scaleWithoutStart' as const,
  };
  return hasBootstrapActions(s.cluster as Cluster) ? [skip, withoutStart] : [withoutStart];
}

export function optionsStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => (s.scaleType === undefined ? undefined : s.scaleType !== 'scale_out'),
    run: async (s, p, pos) => {
      const selected: Option[] = [
        ...(s.skipBootstrapScripts ? ['skipBootstrapScripts' as const] : []),
        ...(s.scaleWithoutStart ? ['scaleWithoutStart' as const] : []),
      ];
      const answer = await p.pickMany<Option>({
        ...stepHeading(s, deps, pos),
        placeholder: t('Options (none is the usual choice)'),
        selected,
        items: optionItems(s, t),
      });
      if (answer === BACK) {
        return BACK;
      }
      s.skipBootstrapScripts = answer.includes('skipBootstrapScripts');
      s.scaleWithoutStart = answer.includes('scaleWithoutStart');
    },
  };
}
