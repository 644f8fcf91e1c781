import * as vscode from 'vscode';
import { openClusterDetails as openDetails } from '../tree/ClusterDetailsProvider';
import { pickCluster, type ClusterPickerDeps } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function openClusterDetails(deps: ClusterPickerDeps): CommandSpec {
  const title = vscode.l10n.t('Open Cluster Details');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection, cluster } = await pickCluster(deps, title, { element: treeElementOf(arg) });
      await openDetails(connection, cluster.id, cluster.name);
    },
  };
}
