import * as vscode from 'vscode';
import type { ClusterFilter } from '../../core/explorer/ExplorerModel';
import { CLUSTER_STATES, type ClusterStateFilter } from '../../core/model/cluster';
import { BACK } from '../../core/prompts/Prompter';
import { runWizard } from '../../core/prompts/wizard';
import type { PrompterSlot } from '../prompts/PrompterSlot';
import type { FilterStore } from '../tree/FilterStore';
import { stateLabel } from '../../core/model/labels';
import type { CommandSpec } from './registry';

type Draft = { name: string; state: ClusterStateFilter | '' };

export function filterClusters({
  filter,
  prompter,
}: {
  readonly filter: FilterStore;
  readonly prompter: PrompterSlot;
}): CommandSpec {
  const title = vscode.l10n.t('Filter Clusters');
  return {
    title,
    run: async () => {
      const now = filter.get();
      const draft = await runWizard<Draft>(
        [
          {
            run: async (d, p, pos) => {
              const v = await p.input({
                title,
                ...pos,
                prompt: vscode.l10n.t('Cluster name contains (empty: any name)'),
                value: d.name,
              });
              if (v === BACK) {
                return BACK;
              }
              d.name = v;
            },
          },
          {
            run: async (d, p, pos) => {
              const states: Array<ClusterStateFilter | ''> = ['', 'existing', ...CLUSTER_STATES, 'history'];
              const v = await p.pick({
                title,
                ...pos,
                placeholder: vscode.l10n.t('State'),
                active: d.state,
                items: states.map((st) => ({
                  label: st === '' ? vscode.l10n.t('Any state') : st,
                  description: st && st !== 'existing' && st !== 'history' ? stateLabel(st, vscode.l10n.t) : undefined,
                  value: st,
                })),
              });
              if (v === BACK) {
                return BACK;
              }
              d.state = v;
            },
          },
        ],
        { name: now.name ?? '', state: now.state ?? '' },
        prompter.current,
      );
      const chosen: ClusterFilter = { name: draft.name, ...(draft.state ? { state: draft.state } : {}) };
      await filter.set(chosen);
    },
  };
}

export function clearClusterFilter(filter: FilterStore): CommandSpec {
  return {
    title: vscode.l10n.t('Clear Filter'),
    run: () => filter.set({}),
  };
}
