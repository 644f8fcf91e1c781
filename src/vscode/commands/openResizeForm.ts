import * as vscode from 'vscode';
import type { Services } from '../services';
import type { ClusterTreeElement } from '../tree/elements';
import { pickActiveCluster } from '../tree/pickCluster';
import type { ResizePanels } from '../webviews/ResizePanels';
import type { CommandSpec } from './registry';

/** "Open Resize Form" on a cluster or a core/task node group of the tree; from the palette, a cluster pick. */
export function openResizeForm(s: Services, panels: ResizePanels): CommandSpec {
  return {
    title: vscode.l10n.t('Open Resize Form'),
    run: async (arg?: unknown) => {
      const node = arg as ClusterTreeElement | undefined;
      if (node?.kind === 'cluster' || node?.kind === 'nodeGroup') {
        await panels.open(node.connection, node.clusterId, node.kind === 'nodeGroup' ? node.group : undefined);
        return;
      }
      const { connection, cluster } = await pickActiveCluster(s, vscode.l10n.t('Open Resize Form'));
      await panels.open(connection, cluster.id);
    },
  };
}
