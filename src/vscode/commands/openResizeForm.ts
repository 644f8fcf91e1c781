import * as vscode from 'vscode';
import { pickCluster, type ClusterPickerDeps } from '../tree/pickCluster';
import type { ResizePanels } from '../webviews/ResizePanels';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

/** "Open Resize Form" on a cluster or a core/task node group of the tree; from the palette, a cluster pick. */
export function openResizeForm(deps: ClusterPickerDeps & { readonly panels: ResizePanels }): CommandSpec {
  const { panels } = deps;
  return {
    title: vscode.l10n.t('Open Resize Form'),
    run: async (arg?: unknown) => {
      const element = treeElementOf(arg, 'cluster', 'nodeGroup');
      if (element) {
        await panels.open(
          element.connection,
          element.clusterId,
          element.kind === 'nodeGroup' ? element.group : undefined,
        );
        return;
      }
      const { connection, cluster } = await pickCluster(deps, vscode.l10n.t('Open Resize Form'), { activeOnly: true });
      await panels.open(connection, cluster.id);
    },
  };
}
