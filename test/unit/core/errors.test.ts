import assert from 'node:assert/strict';
import { errorForLog, errorMessage } from '../../../src/core/errors';

describe('reading anything thrown', () => {
  it('takes the message of an Error and the text of anything else', () => {
    assert.equal(errorMessage(new RangeError('out of range')), 'out of range');
    assert.equal(errorMessage('plain text'), 'plain text');
    assert.equal(errorMessage(42), '42');
  });

  it('hands the log an Error as it is (with its stack) and anything else as text', () => {
    const error = new Error('boom');
    assert.equal(errorForLog(error), error);
    assert.equal(errorForLog({ toString: () => 'odd' }), 'odd');
  });
});
