import * as vscode from 'vscode';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { CommandSpec } from './registry';

export function loadMoreClusters(model: ExplorerModel): CommandSpec {
  return {
    title: vscode.l10n.t('Load more…'),
    run: async (connection?: unknown) => {
      if (typeof connection !== 'string') {
        return;
      }
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () => model.loadMore(connection));
    },
  };
}
