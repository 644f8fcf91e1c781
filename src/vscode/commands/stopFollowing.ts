import * as vscode from 'vscode';
import type { ResizeLifecycle } from '../../core/operations';
import type { UiSlot } from '../ui';
import type { CommandSpec } from './registry';

/** "Stop Following" on an active operation: ends following here, never the resize. */
export function stopFollowing({
  lifecycle,
  ui,
}: {
  readonly lifecycle: ResizeLifecycle;
  readonly ui: UiSlot;
}): CommandSpec {
  return {
    title: vscode.l10n.t('Stop Following'),
    run: (id?: unknown) => {
      if (typeof id === 'string' && !lifecycle.stopFollowing(id)) {
        void ui.current.info(vscode.l10n.t('This resize is not being followed in this window.'));
      }
    },
  };
}
