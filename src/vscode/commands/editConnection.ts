import * as vscode from 'vscode';
import { draftFrom } from '../../core/connections/connectionWizard';
import { askConnection, type ConnectionWizardDeps } from '../connections/askConnection';
import { pickConnection } from '../connections/pickConnection';
import type { UiSlot } from '../ui';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

export function editConnection(deps: ConnectionWizardDeps & { readonly ui: UiSlot }): CommandSpec {
  const { store, ui } = deps;
  const title = vscode.l10n.t('Edit Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(deps, title, { name: connectionNameOf(arg), editableOnly: true });
      const stored = await store.credential(connection);
      const { settings, credential } = await askConnection(deps, draftFrom(connection), {
        name: connection.name,
        stored,
      });
      await store.save(settings, credential, connection.name);
      void ui.current.info(vscode.l10n.t('Connection "{0}" saved.', settings.name));
    },
  };
}
