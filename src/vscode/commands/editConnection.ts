import * as vscode from 'vscode';
import { draftCredential, draftFrom, runConnectionWizard, settingsFrom } from '../../core/connections/connectionWizard';
import { pickConnection } from '../connections/pickConnection';
import { testDraft } from '../connections/testConnection';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

export function editConnection(s: Services): CommandSpec {
  const title = vscode.l10n.t('Edit Connection');
  return {
    title,
    run: async (arg?: unknown) => {
      const connection = await pickConnection(s, arg, title, true);
      const stored = await s.store.credential(connection);
      const taken = s.store
        .list()
        .map((c) => c.name)
        .filter((n) => n !== connection.name);
      const draft = await runConnectionWizard(draftFrom(connection), s.prompter.current, {
        t: vscode.l10n.t,
        takenNames: taken,
        editing: true,
        test: (d) => testDraft(d, stored, s.log),
      });
      const credential = draftCredential(draft, stored);
      if (!credential) {
        throw new Error(vscode.l10n.t('Some credentials are missing.'));
      }
      await s.store.save(settingsFrom(draft), credential, connection.name);
      void s.ui.current.info(vscode.l10n.t('Connection "{0}" saved.', draft.name));
    },
  };
}
