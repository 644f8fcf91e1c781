import * as vscode from 'vscode';
import type { Cluster, NodeGroup } from '../../../core/model/cluster';
import { describeNodeGroup } from '../describe';
import { apply } from './apply';

export class NodeGroupItem extends vscode.TreeItem {
  constructor(id: string, group: NodeGroup, cluster: Cluster) {
    const d = describeNodeGroup(group, cluster, vscode.l10n.t);
    super(
      d.label,
      group.nodeCount > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    apply(this, id, d);
  }
}
