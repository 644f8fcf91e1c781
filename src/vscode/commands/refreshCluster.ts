import * as vscode from 'vscode';
import type { Services } from '../services';
import { pickCluster } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function refreshCluster(s: Services): CommandSpec {
  const title = vscode.l10n.t('Refresh Cluster');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection, cluster } = await pickCluster(s, title, { element: treeElementOf(arg) });
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        s.model.refreshCluster(connection, cluster.id),
      );
    },
  };
}
