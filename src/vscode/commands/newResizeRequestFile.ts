import * as vscode from 'vscode';
import type { Cluster } from '../../core/model/cluster';
import { requestOfDraft } from '../../core/requests';
import { openNewRequestFile } from '../requestFiles/newRequestFile';
import { pickCluster, type ClusterPickerDeps } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

async function treeCluster(
  { model, clients }: ClusterPickerDeps,
  connection: string,
  clusterId: string,
): Promise<Cluster | undefined> {
  const known = model.cluster(connection, clusterId);
  return (
    known ?? (await (await clients.get(connection)).listClusters({ state: 'existing' })).find((c) => c.id === clusterId)
  );
}

/** `MRS: New Resize Request File`: on a cluster or node group of the tree, else a cluster pick. */
export function newResizeRequestFile(deps: ClusterPickerDeps): CommandSpec {
  return {
    title: vscode.l10n.t('New Resize Request File'),
    run: async (arg?: unknown) => {
      const element = treeElementOf(arg, 'cluster', 'nodeGroup');
      // On the tree the model has the cluster (read when it does not); from the palette, one of the
      // active connection is picked.
      const { connection, cluster } = element
        ? { connection: element.connection, cluster: await treeCluster(deps, element.connection, element.clusterId) }
        : await pickCluster(deps, vscode.l10n.t('New Resize Request File'), { activeOnly: true });
      const group =
        (element?.kind === 'nodeGroup' ? element.group : undefined) ??
        cluster?.nodeGroups.find((g) => g.role === 'core')?.name;
      const draft = { scaleType: 'scale_out' as const, group: group ?? '', instances: 1 };
      await openNewRequestFile({
        connection,
        clusterId: cluster?.id ?? element?.clusterId ?? '',
        clusterName: cluster?.name,
        request: requestOfDraft(draft),
      });
    },
  };
}
