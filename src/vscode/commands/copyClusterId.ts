import * as vscode from 'vscode';
import { pickCluster, type ClusterPickerDeps } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function copyClusterId(deps: ClusterPickerDeps): CommandSpec {
  const title = vscode.l10n.t('Copy Cluster ID');
  return {
    title,
    run: async (arg?: unknown) => {
      const { cluster } = await pickCluster(deps, title, { element: treeElementOf(arg) });
      await vscode.env.clipboard.writeText(cluster.id);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the ID of cluster {0}', cluster.name), 3000);
    },
  };
}
