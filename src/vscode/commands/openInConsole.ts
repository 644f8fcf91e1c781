import * as vscode from 'vscode';
import { consoleUrl } from '../../core/connections/console';
import type { Services } from '../services';
import { pickCluster } from '../tree/pickCluster';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

export function openInConsole(s: Services): CommandSpec {
  const title = vscode.l10n.t('Open in Console');
  return {
    title,
    run: async (arg?: unknown) => {
      const { connection } = await pickCluster(s, title, { element: treeElementOf(arg) });
      const region = s.store.get(connection)?.region ?? 'cn-north-4';
      await vscode.env.openExternal(vscode.Uri.parse(consoleUrl(region)));
    },
  };
}
