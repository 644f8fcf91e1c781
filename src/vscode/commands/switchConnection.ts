import * as vscode from 'vscode';
import { pickConnection } from '../connections/pickConnection';
import type { Services } from '../services';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

export function switchConnection(s: Services): CommandSpec {
  const title = vscode.l10n.t('Switch Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(s, title, { name: connectionNameOf(arg) });
      await s.store.setActive(connection.name);
    },
  };
}
