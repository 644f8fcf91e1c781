import * as vscode from 'vscode';
import type { Cluster } from '../../core/model/cluster';
import { requestOfDraft } from '../../core/requests';
import { openNewRequestFile } from '../requestFiles/newRequestFile';
import type { Services } from '../services';
import type { ClusterTreeElement } from '../tree/elements';
import { pickActiveCluster } from '../tree/pickCluster';
import type { CommandSpec } from './registry';

async function treeCluster(s: Services, connection: string, clusterId: string): Promise<Cluster | undefined> {
  const known = s.model.cluster(connection, clusterId);
  return (
    known ??
    (await (await s.clients.get(connection)).listClusters({ state: 'existing' })).find((c) => c.id === clusterId)
  );
}

/** `MRS: New Resize Request File`: on a cluster or node group of the tree, else a cluster pick. */
export function newResizeRequestFile(s: Services): CommandSpec {
  return {
    title: vscode.l10n.t('New Resize Request File'),
    run: async (arg?: unknown) => {
      const node = arg as ClusterTreeElement | undefined;
      const onTree = node?.kind === 'cluster' || node?.kind === 'nodeGroup' ? node : undefined;
      // On the tree the model has the cluster (read when it does not); from the palette, one of the
      // active connection is picked.
      const { connection, cluster } = onTree
        ? { connection: onTree.connection, cluster: await treeCluster(s, onTree.connection, onTree.clusterId) }
        : await pickActiveCluster(s, vscode.l10n.t('New Resize Request File'));
      const group =
        (node?.kind === 'nodeGroup' ? node.group : undefined) ??
        cluster?.nodeGroups.find((g) => g.role === 'core')?.name;
      const draft = { scaleType: 'scale_out' as const, group: group ?? '', instances: 1 };
      await openNewRequestFile({
        connection,
        clusterId: cluster?.id ?? onTree?.clusterId ?? '',
        clusterName: cluster?.name,
        request: requestOfDraft(draft),
      });
    },
  };
}
