// The confirmation policy of every way in that shows the change and the exact body before Send
// (the palette's summary step, the form's preview, a request file's text and Preview): a scale-out
// is sent unless the fresh pre-flight found something worth a second look; every scale-in asks
// modally, naming the nodes that may go (ResizeConfirmation.detail).
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
    const action = c.modal ? vscode.l10n.t('Scale In') : vscode.l10n.t('Scale Out');
    return Promise.resolve(ui.current.confirm(c.title, detail, action));
  };
}
