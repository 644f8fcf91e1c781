import * as vscode from 'vscode';
import { runFilterWizard } from '../../core/explorer/filterWizard';
import type { PrompterSlot } from '../prompts/PrompterSlot';
import type { FilterStore } from '../tree/FilterStore';
import type { CommandSpec } from './registry';

/** "Filter Clusters": a part of the name and a state, asked from the filter in use. */
export function filterClusters({ filter, prompter }: { filter: FilterStore; prompter: PrompterSlot }): CommandSpec {
  const title = vscode.l10n.t('Filter Clusters');
  return {
    title,
    run: async () => {
      await filter.set(await runFilterWizard(filter.get(), prompter.current, title, vscode.l10n.t));
    },
  };
}
