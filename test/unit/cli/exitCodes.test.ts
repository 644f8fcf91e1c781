import * as assert from 'node:assert/strict';
import { exitOfRecord } from '../../../src/cli/commands/apply';
import { EXIT } from '../../../src/cli/exitCodes';
import type { ResizeOperationRecord } from '../../../src/core/journal/record';

const accepted = { status: 'accepted', operationId: 'op', message: '' } as const;
const lost = { status: 'unknown', operationId: 'op', message: '' } as const;
const rec = (state: ResizeOperationRecord['state'], changeSeen?: boolean) =>
  ({ state, changeSeen }) as ResizeOperationRecord;

describe('cli/exit codes', () => {
  it('are distinct', () => {
    const codes = Object.values(EXIT);
    assert.equal(new Set(codes).size, codes.length);
  });

  it('map the end of an accepted resize', () => {
    assert.equal(exitOfRecord(accepted, rec('succeeded'), false), EXIT.ok);
    assert.equal(exitOfRecord(accepted, rec('failed'), false), EXIT.failed);
    assert.equal(exitOfRecord(accepted, rec('timedOut'), false), EXIT.timedOut);
    assert.equal(exitOfRecord(accepted, rec('stopped'), false), EXIT.ok, '--no-follow');
    assert.equal(exitOfRecord(accepted, rec('stopped'), true), EXIT.interrupted);
    assert.equal(exitOfRecord({ ...accepted, status: 'ordered' }, rec('ordered'), false), EXIT.orderCreated);
  });

  it('keep a lost answer "unknown" until a change was seen', () => {
    assert.equal(exitOfRecord(lost, rec('timedOut'), false), EXIT.outcomeUnknown);
    assert.equal(exitOfRecord(lost, rec('failed'), false), EXIT.outcomeUnknown);
    assert.equal(exitOfRecord(lost, rec('stopped'), false), EXIT.outcomeUnknown);
    assert.equal(exitOfRecord(lost, rec('timedOut', true), false), EXIT.timedOut);
    assert.equal(exitOfRecord(lost, rec('succeeded', true), false), EXIT.ok);
    assert.equal(exitOfRecord(lost, undefined, false), EXIT.outcomeUnknown);
  });
});
