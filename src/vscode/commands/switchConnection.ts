import * as vscode from 'vscode';
import { pickConnection, type ConnectionPickerDeps } from '../connections/pickConnection';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

export function switchConnection(deps: ConnectionPickerDeps): CommandSpec {
  const title = vscode.l10n.t('Switch Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(deps, title, { name: connectionNameOf(arg) });
      await deps.store.setActive(connection.name);
    },
  };
}
