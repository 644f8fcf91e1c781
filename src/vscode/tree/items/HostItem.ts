import * as vscode from 'vscode';
import type { Host } from '../../../core/model/cluster';
import { describeHost } from '../describeHost';
import { apply } from './apply';

export class HostItem extends vscode.TreeItem {
  constructor(id: string, host: Host, clusterId: string) {
    const d = describeHost(host, clusterId, vscode.l10n.t);
    super(d.label, vscode.TreeItemCollapsibleState.None);
    apply(this, id, d);
  }
}
