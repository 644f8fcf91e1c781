import * as vscode from 'vscode';
import type { Cluster } from '../../../core/model/cluster';
import { describeCluster } from '../describe';
import { apply } from './apply';

export class ClusterItem extends vscode.TreeItem {
  constructor(id: string, cluster: Cluster, readAt: Date, stale: boolean) {
    const d = describeCluster(cluster, readAt, vscode.l10n.t, { stale });
    super(d.label, vscode.TreeItemCollapsibleState.Collapsed);
    apply(this, id, d);
  }
}
