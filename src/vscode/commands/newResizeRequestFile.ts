import * as vscode from 'vscode';
import { pickOne } from '../../core/prompts/Prompter';
import { requestOfDraft } from '../../core/requests';
import { openNewRequestFile } from '../requestFiles/newRequestFile';
import type { Services } from '../services';
import type { ClusterTreeElement } from '../tree/elements';
import type { CommandSpec } from './registry';

/** `MRS: New Resize Request File`: on a cluster or node group of the tree, else a cluster pick. */
export function newResizeRequestFile(s: Services): CommandSpec {
  return {
    title: vscode.l10n.t('New Resize Request File'),
    run: async (arg?: unknown) => {
      const node = arg as ClusterTreeElement | undefined;
      const onTree = node?.kind === 'cluster' || node?.kind === 'nodeGroup' ? node : undefined;
      const connection = onTree?.connection ?? s.store.active()?.name;
      if (!connection) {
        throw new Error(vscode.l10n.t('No MRS connection yet: add one first.'));
      }
      const clusters = await (await s.clients.get(connection)).listClusters({ state: 'existing' });
      const cluster = onTree
        ? clusters.find((c) => c.id === onTree.clusterId)
        : await pickOne(s.prompter.current, {
            title: vscode.l10n.t('New Resize Request File'),
            placeholder: vscode.l10n.t('Choose a cluster'),
            items: clusters.map((c) => ({ label: c.name, description: c.stateText, value: c })),
          });
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
