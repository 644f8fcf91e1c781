import * as vscode from 'vscode';
import { pickConnection, type ConnectionPickerDeps } from '../connections/pickConnection';
import type { UiSlot } from '../ui';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

export function removeConnection(deps: ConnectionPickerDeps & { readonly ui: UiSlot }): CommandSpec {
  const { store, ui } = deps;
  const title = vscode.l10n.t('Remove Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(deps, title, { name: connectionNameOf(arg), editableOnly: true });
      const confirmed = await ui.current.confirm(
        vscode.l10n.t('Remove connection "{0}"?', connection.name),
        vscode.l10n.t('Its stored credentials are deleted from this machine. Clusters are not affected.'),
        vscode.l10n.t('Remove'),
      );
      if (!confirmed) {
        return;
      }
      await store.remove(connection.name);
    },
  };
}
