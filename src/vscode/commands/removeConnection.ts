import * as vscode from 'vscode';
import { pickConnection } from '../connections/pickConnection';
import type { Services } from '../services';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

export function removeConnection(s: Services): CommandSpec {
  const title = vscode.l10n.t('Remove Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(s, title, { name: connectionNameOf(arg), editableOnly: true });
      const confirmed = await s.ui.current.confirm(
        vscode.l10n.t('Remove connection "{0}"?', connection.name),
        vscode.l10n.t('Its stored credentials are deleted from this machine. Clusters are not affected.'),
        vscode.l10n.t('Remove'),
      );
      if (!confirmed) {
        return;
      }
      await s.store.remove(connection.name);
    },
  };
}
