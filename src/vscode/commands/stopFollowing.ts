import * as vscode from 'vscode';
import { isActive, type OperationHistory } from '../../core/journal';
import type { ResizeLifecycle } from '../../core/operations';
import type { UiSlot } from '../ui';
import type { CommandSpec } from './registry';

/**
 * "Stop Following" on an active operation: ends following here, never the resize. An operation
 * that nobody follows any more (its process is gone, no window here has its connection) can be
 * marked not followed instead, after a modal question, so that its cluster is free in the journal.
 */
export function stopFollowing({
  lifecycle,
  history,
  ui,
}: {
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  readonly ui: UiSlot;
}): CommandSpec {
  return {
    title: vscode.l10n.t('Stop Following'),
    run: async (id?: unknown) => {
      const record = typeof id === 'string' ? history.get(id) : undefined;
      if (!record || !isActive(record) || lifecycle.stopFollowing(record.id)) {
        return;
      }
      const holder = await lifecycle.lockReason(record.clusterId, record.clusterName);
      if (holder !== undefined) {
        void ui.current.info(holder);
        return;
      }
      const question = vscode.l10n.t(
        'Nobody follows the resize of {0} any more. Mark it not followed?',
        record.clusterName,
      );
      const detail = vscode.l10n.t(
        'MRS may still be resizing the cluster: check it in the console first. The journal then no longer counts it busy.',
      );
      if (await ui.current.confirm(question, detail, vscode.l10n.t('Mark Not Followed'))) {
        await lifecycle.markNotFollowed(record.id);
      }
    },
  };
}
