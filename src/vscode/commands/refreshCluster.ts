import * as vscode from 'vscode';
import { pickCluster, type ClusterPickerDeps } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function refreshCluster(deps: ClusterPickerDeps): CommandSpec {
  const title = vscode.l10n.t('Refresh Cluster');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection, cluster } = await pickCluster(deps, title, { element: treeElementOf(arg) });
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        deps.model.refreshCluster(connection, cluster.id),
      );
    },
  };
}
