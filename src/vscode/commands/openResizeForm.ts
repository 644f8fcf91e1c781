import * as vscode from 'vscode';
import { pickOne } from '../../core/prompts/Prompter';
import type { Services } from '../services';
import type { ClusterTreeElement } from '../tree/elements';
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
      const connection = s.store.active()?.name;
      if (!connection) {
        throw new Error(vscode.l10n.t('No MRS connection yet: add one first.'));
      }
      const clusters = await (await s.clients.get(connection)).listClusters({ state: 'existing' });
      const cluster = await pickOne(s.prompter.current, {
        title: vscode.l10n.t('Open Resize Form'),
        placeholder: vscode.l10n.t('Choose a cluster'),
        items: clusters.map((c) => ({ label: c.name, description: c.stateText, value: c })),
      });
      await panels.open(connection, cluster.id);
    },
  };
}
