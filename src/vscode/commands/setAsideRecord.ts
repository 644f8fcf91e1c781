import * as vscode from 'vscode';
import type { OperationHistory } from '../../core/journal';
import type { UiSlot } from '../ui';
import type { CommandSpec } from './registry';

/**
 * "Set Aside" on an unreadable journal file (Operations view): moves it to the journal's set-aside
 * folder after a modal question, so that the cluster it names counts as free again.
 */
export function setAsideRecord({
  history,
  ui,
}: {
  readonly history: OperationHistory;
  readonly ui: UiSlot;
}): CommandSpec {
  return {
    title: vscode.l10n.t('Set Aside'),
    run: async (element?: unknown) => {
      const file = typeof element === 'string' ? element.replace(/^unreadable:/, '') : undefined;
      const record = history.unreadable().find((u) => u.file === file);
      if (!record) {
        return;
      }
      const detail = record.clusterId
        ? vscode.l10n.t(
            'It is moved to the set-aside folder of the journal; cluster {0} then counts as free. Check the cluster in the MRS console first: a resize may still be running.',
            record.clusterId,
          )
        : vscode.l10n.t('It is moved to the set-aside folder of the journal.');
      const action = vscode.l10n.t('Set Aside');
      if (
        await ui.current.confirm(vscode.l10n.t('Set aside the unreadable record {0}?', record.file), detail, action)
      ) {
        const to = await history.setAside(record.file);
        void ui.current.info(vscode.l10n.t('The record was moved to {0}.', to));
      }
    },
  };
}
