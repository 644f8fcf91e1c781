// The confirmation policy of every way in that shows the change and the exact body before Send
// (the palette's summary step, the form's preview, a request file's text and Preview): a scale-out
// is sent unless the fresh pre-flight found something worth a second look; every scale-in and every
// master scale-out asks modally, naming the nodes that may go (ResizeConfirmation.detail); the button
// says what it does (scale out, scale in, or force-delete the chosen abnormal nodes).
import * as vscode from 'vscode';
import type { ConfirmPolicy } from '../../core/operations';
import type { UiSlot } from '../ui';

export function confirmAfterSummary(ui: UiSlot): ConfirmPolicy {
  return (c) => {
    const warnings = c.notes.filter((n) => n.severity === 'warning');
    if (!c.modal && warnings.length === 0) {
      return Promise.resolve(true);
    }
    const detail = [c.detail, ...c.notes.map((n) => n.message)].join('\n\n');
    const action =
      c.target.scaleType === 'scale_out'
        ? vscode.l10n.t('Scale Out')
        : c.forceDelete
          ? vscode.l10n.t('Force-Delete and Scale In')
          : vscode.l10n.t('Scale In');
    return Promise.resolve(ui.current.confirm(c.title, detail, action));
  };
}
