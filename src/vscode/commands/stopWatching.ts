import * as vscode from 'vscode';
import type { Operations } from '../operations/Operations';
import type { UiSlot } from '../ui';
import type { CommandSpec } from './registry';

/** "Stop Watching" on a running operation: ends the watch, never the resize. */
export function stopWatching(operations: Operations, ui: UiSlot): CommandSpec {
  return {
    title: vscode.l10n.t('Stop Watching'),
    run: (id?: unknown) => {
      if (typeof id === 'string' && !operations.stopWatching(id)) {
        void ui.current.info(vscode.l10n.t('This resize is not being followed in this window.'));
      }
    },
  };
}
