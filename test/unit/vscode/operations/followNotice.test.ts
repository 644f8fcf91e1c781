// The messages of a followed resize: a lost answer is a non-modal warning that says "Outcome
// unknown", with Show Operation and Show Log (no modal, so no VS Code "Cancel" that reads as
// cancelling the resize); the ends keep their kind.
import assert from 'node:assert/strict';
import { moveTo } from '../../../../src/core/journal';
import { englishTranslate } from '../../../../src/core/translate';
import { followNotice } from '../../../../src/vscode/operations/followNotice';
import { aSendingRecord } from '../../../support/unit/records';

describe('follow notices', () => {
  it('shows a lost answer as a warning saying "Outcome unknown", with Show Operation and Show Log', () => {
    const message = 'Outcome unknown: the answer to the resize request of etl was lost.';
    const record = moveTo(aSendingRecord(), 'unknown', { message }, 1);
    const notice = followNotice('warning', message, record, englishTranslate);
    assert.equal(notice.severity, 'warning');
    assert.match(
      notice.message,
      /^Outcome unknown: .* Stop Following and the state of the operation are in the Operations view\.$/,
    );
    assert.deepEqual(
      notice.actions.map((a) => [a.id, a.label]),
      [
        ['showOperation', 'Show Operation'],
        ['showLog', 'Show Log'],
      ],
    );
    assert.ok(!notice.actions.some((a) => /cancel/i.test(a.label)));
  });

  it('keeps the kind of an end: an error with Show Log, a success without buttons', () => {
    const running = moveTo(aSendingRecord(), 'running', {}, 1);
    const failed = moveTo(running, 'failed', { message: 'Resize of etl failed.' }, 2);
    assert.deepEqual(followNotice('error', 'Resize of etl failed.', failed, englishTranslate), {
      severity: 'error',
      message: 'Resize of etl failed.',
      actions: [{ id: 'showLog', label: 'Show Log' }],
    });
    const done = moveTo(running, 'succeeded', { message: 'Done.' }, 2);
    assert.deepEqual(followNotice('info', 'Done.', done, englishTranslate).actions, []);
  });
});
