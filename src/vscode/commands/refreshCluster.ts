import * as vscode from 'vscode';
import type { Services } from '../services';
import { pickCluster } from '../tree/pickCluster';
import type { CommandSpec } from './registry';

export function refreshCluster(s: Services): CommandSpec {
  const title = vscode.l10n.t('Refresh Cluster');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection, cluster } = await pickCluster(s, arg, title);
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        s.model.refreshCluster(connection, cluster.id),
      );
    },
  };
}
