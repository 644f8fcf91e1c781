import * as vscode from 'vscode';
import { emptyDraft } from '../../core/connections/connectionWizard';
import { askConnection } from '../connections/askConnection';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

export function addConnection(s: Services): CommandSpec {
  return {
    title: vscode.l10n.t('Add Connection'),
    run: async () => {
      const { settings, credential } = await askConnection(s, emptyDraft());
      await s.store.save(settings, credential);
      await s.store.setActive(settings.name);
      void s.ui.current.info(vscode.l10n.t('Connection "{0}" added.', settings.name));
    },
  };
}
