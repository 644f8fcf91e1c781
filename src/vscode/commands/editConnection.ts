import * as vscode from 'vscode';
import { draftFrom } from '../../core/connections/connectionWizard';
import { askConnection } from '../connections/askConnection';
import { pickConnection } from '../connections/pickConnection';
import type { Services } from '../services';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

export function editConnection(s: Services): CommandSpec {
  const title = vscode.l10n.t('Edit Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(s, title, { name: connectionNameOf(arg), editableOnly: true });
      const stored = await s.store.credential(connection);
      const { settings, credential } = await askConnection(s, draftFrom(connection), {
        name: connection.name,
        stored,
      });
      await s.store.save(settings, credential, connection.name);
      void s.ui.current.info(vscode.l10n.t('Connection "{0}" saved.', settings.name));
    },
  };
}
