import * as vscode from 'vscode';
import { apiLanguageFor } from '../../core/api/catalog';
import { createMrsClient } from '../../core/api/createMrsClient';
import type { Credential } from '../../core/auth/credentials';
import {
  draftCredential,
  settingsFrom,
  type ConnectionDraft,
  type TestResult,
} from '../../core/connections/connectionWizard';
import { errorMessage } from '../../core/errors';
import type { Logger } from '../../core/log';
import { errorLine, uiLanguage } from '../language';

/** "Test Connection" of the wizard: lists one page of clusters with the draft; never throws. */
export async function testDraft(
  draft: ConnectionDraft,
  stored: Credential | undefined,
  logger: Logger,
): Promise<TestResult> {
  const credential = draftCredential(draft, stored);
  if (!credential) {
    return { ok: false, message: vscode.l10n.t('Some credentials are missing.') };
  }
  const s = settingsFrom(draft);
  try {
    const client = createMrsClient({ ...s, credential, logger, language: () => apiLanguageFor(uiLanguage()) });
    const page = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Testing connection "{0}"…', s.name) },
      () => client.listClustersPage({ pageSize: 1 }),
    );
    const count = page.total ?? page.clusters.length;
    return { ok: true, message: vscode.l10n.t('Connected: {0} clusters in {1}.', count, s.region) };
  } catch (e) {
    logger.warn(`Testing connection ${s.name} failed: ${errorMessage(e)}`);
    return { ok: false, message: vscode.l10n.t('Failed: {0}', errorLine(e)) };
  }
}
