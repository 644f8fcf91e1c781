// "MRS: Resize Node Group…" as wizard steps (F3): what to resize (resizeSteps.ts), then how many,
// which task hosts, task node info, options, and a summary with the exact request body.
// Every check comes from the one rule module (src/core/resize/rules.ts).
import type { Cluster } from '../model/cluster';
import { BACK, type Prompter } from '../prompts/Prompter';
import { runWizard, type WizardStep } from '../prompts/wizard';
import { isPathWithin, RESIZE_PATHS } from '../resize/rules';
import { hostsStep, optionsStep, taskNodeInfoSteps } from './resizeDetailSteps';
import { checkState, draftOf, type ResizeFlowDeps, type ResizeFlowResult, type ResizeFlowState } from './resizeState';
import { clusterStep, connectionStep, groupStep, scaleTypeStep } from './resizeSteps';

export { draftOf, initialState, type ResizeFlowDeps, type ResizeFlowResult, type ResizeFlowState } from './resizeState';

function instancesStep(deps: ResizeFlowDeps): WizardStep<ResizeFlowState> {
  const t = deps.t;
  return {
    run: async (s, p, pos) => {
      const limits = checkState(s, t).limits;
      const range = s.scaleType === 'scale_out' ? limits?.scaleOut : limits?.scaleIn;
      const answer = await p.input({
        title: deps.title,
        ...pos,
        value: s.instances,
        prompt:
          s.scaleType === 'scale_out'
            ? t('Nodes to add (1–{0})', range?.max ?? 0)
            : t('Nodes to remove (1–{0})', range?.max ?? 0),
        validate: (v) => {
          const check = checkState(s, t, {
            ...draftOf(s),
            instances: v,
            serverIds: undefined,
            taskNodeInfo: undefined,
          });
          const error = check.diagnostics.find(
            (d) => d.severity === 'error' && isPathWithin(d.path, RESIZE_PATHS.instances),
          );
          return error ? error.message : check.change ? { hint: check.change.text } : undefined;
        },
      });
      if (answer === BACK) {
        return BACK;
      }
      s.instances = answer.trim();
    },
  };
}

function summaryStep(deps: ResizeFlowDeps): WizardStep<ResizeFlowState> {
  const t = deps.t;
  return {
    run: async (s, p, pos) => {
      const check = checkState(s, t);
      const errors = check.diagnostics.filter((d) => d.severity === 'error');
      const notes = check.diagnostics.filter((d) => d.severity !== 'error').map((d) => d.message);
      const items =
        errors.length > 0
          ? [{ label: t('Go back and fix: {0}', errors.map((d) => d.message).join(' ')), value: 'back' as const }]
          : [
              {
                label: s.scaleType === 'scale_out' ? t('Scale Out') : t('Scale In'),
                description: check.change?.text,
                detail: JSON.stringify(check.body),
                value: 'send' as const,
              },
              ...notes.map((n) => ({ label: n, value: 'note' as const, disabled: true })),
            ];
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: t('{0} of {1}: check and confirm', check.change?.text ?? '', s.cluster?.name ?? ''),
        items,
      });
      if (answer === BACK || answer === 'back') {
        return BACK;
      }
    },
  };
}

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

/** @throws CancelledError on Escape: nothing is sent. */
export async function runResizeFlow(
  state: ResizeFlowState,
  prompter: Prompter,
  deps: ResizeFlowDeps,
): Promise<ResizeFlowResult> {
  if (!state.connection && deps.connections().length === 1) {
    Object.assign(state, { connection: deps.connections()[0].name, preset: { ...state.preset, connection: true } });
  }
  const s = await runWizard(resizeSteps(deps), state, prompter);
  return { connection: s.connection as string, cluster: s.cluster as Cluster, draft: draftOf(s) };
}
