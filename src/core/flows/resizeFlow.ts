// "MRS: Resize Node Group…" (and "Scale Out…" / "Scale In…" on a node group) as wizard steps:
// what to resize (resizeSteps.ts), then how many, which task hosts, task node info, options, and a
// summary with the exact request body. Every check comes from the one rule module (src/core/resize).
import type { Cluster } from '../model/cluster';
import type { Prompter } from '../prompts/Prompter';
import { runWizard, type WizardStep } from '../prompts/wizard';
import { directionBlocker } from './resizeChoice';
import { hostsStep, instancesStep, optionsStep } from './resizeDetailSteps';
import {
  checkState,
  draftOf,
  readHosts,
  ResizeFlowStopped,
  type ResizeFlowDeps,
  type ResizeFlowResult,
  type ResizeFlowState,
} from './resizeState';
import { clusterStep, connectionStep, groupStep, scaleTypeStep } from './resizeSteps';
import { summaryStep } from './resizeSummary';
import { taskNodeInfoSteps } from './taskNodeInfoSteps';

export {
  draftOf,
  flowTitle,
  initialState,
  ResizeFlowStopped,
  type ResizeFlowDeps,
  type ResizeFlowResult,
  type ResizeFlowState,
} from './resizeState';

export function resizeSteps(deps: ResizeFlowDeps): WizardStep<ResizeFlowState>[] {
  return [
    connectionStep(deps),
    clusterStep(deps),
    groupStep(deps),
    scaleTypeStep(deps),
    instancesStep(deps),
    hostsStep(deps),
    ...taskNodeInfoSteps(deps),
    optionsStep(deps),
    summaryStep(deps),
  ];
}

/** Opened on a node group: stop before the first question when no such resize can be sent. */
async function checkPreset(state: ResizeFlowState, deps: ResizeFlowDeps): Promise<void> {
  if (!state.cluster) {
    return;
  }
  await readHosts(state, deps);
  if (state.preset.group && state.scaleType) {
    const why = directionBlocker(state, state.scaleType, deps.t);
    if (why !== undefined) {
      throw new ResizeFlowStopped(why);
    }
  }
}

/**
 * @throws CancelledError on Escape, ResizeFlowStopped when the cluster or the group refuses any
 *   such resize (a host not running, no node left to remove…): nothing is sent either way.
 */
export async function runResizeFlow(
  state: ResizeFlowState,
  prompter: Prompter,
  deps: ResizeFlowDeps,
): Promise<ResizeFlowResult> {
  if (!state.connection && deps.connections().length === 1) {
    Object.assign(state, { connection: deps.connections()[0].name, preset: { ...state.preset, connection: true } });
  }
  await checkPreset(state, deps);
  const s = await runWizard(resizeSteps(deps), state, prompter);
  // What the summary showed ("3 → 5"): the plan says so if the cluster has changed since.
  const shownFrom = checkState(s, deps.t).change?.from;
  return { connection: s.connection as string, cluster: s.cluster as Cluster, draft: draftOf(s), shownFrom };
}
