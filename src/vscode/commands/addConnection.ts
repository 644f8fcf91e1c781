import * as vscode from 'vscode';
import { emptyDraft } from '../../core/connections/connectionWizard';
import { askConnection, type ConnectionWizardDeps } from '../connections/askConnection';
import type { UiSlot } from '../ui';
import type { CommandSpec } from './registry';

export function addConnection(deps: ConnectionWizardDeps & { readonly ui: UiSlot }): CommandSpec {
  const { store, ui } = deps;
  return {
    title: vscode.l10n.t('Add Connection'),
    run: async () => {
      const { settings, credential } = await askConnection(deps, emptyDraft());
      await store.save(settings, credential);
      await store.setActive(settings.name);
      void ui.current.info(vscode.l10n.t('Connection "{0}" added.', settings.name));
    },
  };
}
