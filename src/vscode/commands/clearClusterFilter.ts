import * as vscode from 'vscode';
import type { FilterStore } from '../tree/FilterStore';
import type { CommandSpec } from './registry';

export function clearClusterFilter(filter: FilterStore): CommandSpec {
  return {
    title: vscode.l10n.t('Clear Filter'),
    run: () => filter.set({}),
  };
}
