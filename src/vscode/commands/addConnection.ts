import * as vscode from 'vscode';
import {
  draftCredential,
  emptyDraft,
  runConnectionWizard,
  settingsFrom,
} from '../../core/connections/connectionWizard';
import { testDraft } from '../connections/testConnection';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

export function addConnection(s: Services): CommandSpec {
  return {
    title: vscode.l10n.t('Add Connection'),
    run: async () => {
      const taken = s.store.list().map((c) => c.name);
      const draft = await runConnectionWizard(emptyDraft(), s.prompter.current, {
        t: vscode.l10n.t,
        takenNames: taken,
        editing: false,
        test: (d) => testDraft(d, undefined, s.log),
      });
      const credential = draftCredential(draft, undefined);
      if (!credential) {
        throw new Error(vscode.l10n.t('Some credentials are missing.'));
      }
      const settings = settingsFrom(draft);
      await s.store.save(settings, credential);
      await s.store.setActive(settings.name);
      void s.ui.current.info(vscode.l10n.t('Connection "{0}" added.', settings.name));
    },
  };
}
