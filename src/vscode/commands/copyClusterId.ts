import * as vscode from 'vscode';
import type { Services } from '../services';
import { pickCluster } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function copyClusterId(s: Services): CommandSpec {
  const title = vscode.l10n.t('Copy Cluster ID');
  return {
    title,
    run: async (arg?: unknown) => {
      const { cluster } = await pickCluster(s, title, { element: treeElementOf(arg) });
      await vscode.env.clipboard.writeText(cluster.id);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the ID of cluster {0}', cluster.name), 3000);
    },
  };
}
