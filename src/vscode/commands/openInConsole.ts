import * as vscode from 'vscode';
import { consoleUrl } from '../../core/connections/console';
import { pickCluster, type ClusterPickerDeps } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function openInConsole(deps: ClusterPickerDeps): CommandSpec {
  const title = vscode.l10n.t('Open in Console');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection } = await pickCluster(deps, title, { element: treeElementOf(arg) });
      const region = deps.store.get(connection)?.region ?? 'cn-north-4';
      await vscode.env.openExternal(vscode.Uri.parse(consoleUrl(region)));
    },
  };
}
