import * as vscode from 'vscode';
import type { Services } from '../services';
import { clusterDetailsUri } from '../tree/ClusterDetailsProvider';
import { pickCluster } from '../tree/pickCluster';
import type { CommandSpec } from './registry';

export function openClusterDetails(s: Services): CommandSpec {
  const title = vscode.l10n.t('Open Cluster Details');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection, cluster } = await pickCluster(s, arg, title);
      const doc = await vscode.workspace.openTextDocument(clusterDetailsUri(connection, cluster.id, cluster.name));
      await vscode.languages.setTextDocumentLanguage(doc, 'json');
      await vscode.window.showTextDocument(doc, { preview: true });
    },
  };
}
