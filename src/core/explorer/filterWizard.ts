// The questions of Filter Clusters: a part of the name, then a state. Written against a Prompter,
// like the connection wizard, so that it runs (and is tested) without VS Code.
import { CLUSTER_STATES, type ClusterStateFilter } from '../model/cluster';
import { stateLabel } from '../model/labels';
import { BACK, type Prompter } from '../prompts/Prompter';
import { runWizard, type WizardStep } from '../prompts/wizard';
import type { Translate } from '../translate';
import type { ClusterFilter } from './ExplorerModel';

type Draft = { name: string; state: ClusterStateFilter | '' };

const STATES: ReadonlyArray<ClusterStateFilter | ''> = ['', 'existing', ...CLUSTER_STATES, 'history'];

function nameStep(title: string, t: Translate): WizardStep<Draft> {
  return {
    run: async (d, p, pos) => {
      const v = await p.input({ title, ...pos, prompt: t('Cluster name contains (empty: any name)'), value: d.name });
      if (v === BACK) {
        return BACK;
      }
      d.name = v;
    },
  };
}

function stateStep(title: string, t: Translate): WizardStep<Draft> {
  return {
    run: async (d, p, pos) => {
      const v = await p.pick({
        title,
        ...pos,
        placeholder: t('State'),
        active: d.state,
        items: STATES.map((st) => ({
          label: st === '' ? t('Any state') : st,
          description: st && st !== 'existing' && st !== 'history' ? stateLabel(st, t) : undefined,
          value: st,
        })),
      });
      if (v === BACK) {
        return BACK;
      }
      d.state = v;
    },
  };
}

/**
 * Asks for the filter, starting from the one in use; returns the new one.
 * @throws CancelledError when the prompter is cancelled.
 */
export async function runFilterWizard(
  now: ClusterFilter,
  prompter: Prompter,
  title: string,
  t: Translate,
): Promise<ClusterFilter> {
  const start: Draft = { name: now.name ?? '', state: now.state ?? '' };
  const draft = await runWizard([nameStep(title, t), stateStep(title, t)], start, prompter);
  return { name: draft.name, ...(draft.state ? { state: draft.state } : {}) };
}
