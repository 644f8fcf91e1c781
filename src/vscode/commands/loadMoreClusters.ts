import * as vscode from 'vscode';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

export function loadMoreClusters(s: Services): CommandSpec {
  return {
    title: vscode.l10n.t('Load more…'),
    run: async (connection?: unknown) => {
      if (typeof connection !== 'string') {
        return;
      }
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () => s.model.loadMore(connection));
    },
  };
}
