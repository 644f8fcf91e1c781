// The connection wizard as Add and Edit Connection run it: the other connections' names are taken,
// "Test Connection" lists clusters with the draft, and the answers must make a whole credential.
import * as vscode from 'vscode';
import type { Credential } from '../../core/auth/credentials';
import type { ConnectionSettings } from '../../core/connections/connection';
import {
  draftCredential,
  runConnectionWizard,
  settingsFrom,
  type ConnectionDraft,
} from '../../core/connections/connectionWizard';
import type { PrompterSlot } from '../prompts/PrompterSlot';
import type { ConnectionStore } from './ConnectionStore';
import { testDraft } from './testConnection';

/** What the wizard reads: the other connections' names, the prompter, and the log for its test. */
export interface ConnectionWizardDeps {
  readonly store: ConnectionStore;
  readonly prompter: PrompterSlot;
  readonly log: vscode.LogOutputChannel;
}

/** The connection being edited: its own name stays free, its secrets are kept where left empty. */
interface Editing {
  readonly name: string;
  readonly stored: Credential | undefined;
}

/**
 * Runs the wizard from `start` and returns what to save.
 * @throws CancelledError on Escape; Error when the answers leave a credential incomplete.
 */
export async function askConnection(
  { store, prompter, log }: ConnectionWizardDeps,
  start: ConnectionDraft,
  editing?: Editing,
): Promise<{ settings: ConnectionSettings; credential: Credential }> {
  const stored = editing?.stored;
  const draft = await runConnectionWizard(start, prompter.current, {
    t: vscode.l10n.t,
    takenNames: store
      .list()
      .map((c) => c.name)
      .filter((n) => n !== editing?.name),
    editing: editing !== undefined,
    test: (d) => testDraft(d, stored, log),
  });
  const credential = draftCredential(draft, stored);
  if (!credential) {
    throw new Error(vscode.l10n.t('Some credentials are missing.'));
  }
  return { settings: settingsFrom(draft), credential };
}
