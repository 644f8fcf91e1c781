// Read-only JSON documents of a parsed cluster: mrs-cluster:/<connection>/<cluster id>/<name>.json.
// Each open reads fresh details.
import * as vscode from 'vscode';
import type { Clients } from '../connections/Clients';

export const CLUSTER_SCHEME = 'mrs-cluster';

export function clusterDetailsUri(connection: string, clusterId: string, name: string): vscode.Uri {
  const seg = (s: string) => encodeURIComponent(s);
  return vscode.Uri.from({ scheme: CLUSTER_SCHEME, path: `/${seg(connection)}/${seg(clusterId)}/${seg(name)}.json` });
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
