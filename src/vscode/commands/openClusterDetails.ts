import * as vscode from 'vscode';
import type { Services } from '../services';
import { openClusterDetails as openDetails } from '../tree/ClusterDetailsProvider';
import { pickCluster } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function openClusterDetails(s: Services): CommandSpec {
  const title = vscode.l10n.t('Open Cluster Details');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection, cluster } = await pickCluster(s, title, { element: treeElementOf(arg) });
      await openDetails(connection, cluster.id, cluster.name);
    },
  };
}
