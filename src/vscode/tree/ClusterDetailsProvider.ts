// Read-only JSON documents of a parsed cluster: mrs-cluster:/<connection>/<cluster id>/<name>.json.
// Each open reads fresh details.
import * as vscode from 'vscode';
import type { Clients } from '../connections/Clients';

export const CLUSTER_SCHEME = 'mrs-cluster';

export function clusterDetailsUri(connection: string, clusterId: string, name: string): vscode.Uri {
  const seg = (s: string) => encodeURIComponent(s);
  return vscode.Uri.from({ scheme: CLUSTER_SCHEME, path: `/${seg(connection)}/${seg(clusterId)}/${seg(name)}.json` });
}

/** Opens fresh details of a cluster as a read-only JSON document. */
export async function openClusterDetails(connection: string, clusterId: string, name: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(clusterDetailsUri(connection, clusterId, name));
  await vscode.languages.setTextDocumentLanguage(doc, 'json');
  await vscode.window.showTextDocument(doc, { preview: true });
}

export class ClusterDetailsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly clients: Clients) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const [connection, clusterId] = uri.path.split('/').filter(Boolean).map(decodeURIComponent);
    const client = await this.clients.get(connection);
    const cluster = await client.getCluster(clusterId);
    return `${JSON.stringify(cluster, null, 2)}\n`;
  }
}
