// What the resize form shows of its operation: every record state, and the errors of a start.
import * as assert from 'node:assert/strict';
import { explainError } from '../../../../src/core/api/catalog';
import { MrsApiError } from '../../../../src/core/api/errors';
import { ResizeBusyError, ResizeRefusedError } from '../../../../src/core/operations';
import { englishTranslate } from '../../../../src/core/translate';
import { moveTo, type OperationState } from '../../../../src/core/journal';
import { aSendingRecord } from '../../../support/unit/records';
import type { SendState } from '../../../../src/shared/resizeForm';
import { stateOfError, stateOfRecord, stateOfResult } from '../../../../src/vscode/webviews/sendStates';
import { zhTranslate } from '../../../support/unit/zhTranslate';

const sending = aSendingRecord();

describe('resize form: send states', () => {
  it('maps every state of the operation record to what the form shows', () => {
    const running = moveTo(sending, 'running', { stageDesc: 'Creating VM' }, 1);
    const unknown = moveTo(sending, 'unknown', { message: 'The answer was lost.' }, 1);
    const expected: Record<OperationState, SendState['kind']> = {
      sending: 'sending',
      running: 'accepted',
      unknown: 'unknown',
      succeeded: 'succeeded',
      failed: 'failed',
      stopped: 'failed',
      timedOut: 'failed',
      refused: 'refused',
      notSent: 'notSent',
      ordered: 'ordered',
    };
    assert.deepEqual(stateOfRecord(running), {
      kind: 'accepted',
      message: 'MRS accepted the resize of etl: 3 → 5 core nodes.',
      stage: 'Creating VM',
    });
    // An unknown outcome is never shown as accepted: the request may not have been applied.
    assert.deepEqual(stateOfRecord(unknown), { kind: 'unknown', message: 'The answer was lost.' });
    assert.equal(stateOfRecord(moveTo(running, 'succeeded', {}, 2)).kind, expected.succeeded);
    assert.equal(stateOfRecord(moveTo(running, 'failed', {}, 2)).kind, expected.failed);
    assert.equal(stateOfRecord(moveTo(unknown, 'timedOut', {}, 2)).kind, expected.timedOut);
    assert.equal(stateOfRecord(moveTo(sending, 'notSent', {}, 2)).kind, expected.notSent);
    assert.equal(stateOfRecord(moveTo(sending, 'refused', { errorCode: '12000017' }, 2)).kind, expected.refused);
  });

  it('shows an expand that ended as an order with its order id, from the record and from the answer alone', () => {
    const message = 'Order created for etl: pay order CS2612 in the console to start the resize.';
    const ordered = moveTo(sending, 'ordered', { message, orderId: 'CS2612' }, 1);
    assert.deepEqual(stateOfRecord(ordered), { kind: 'ordered', message, orderId: 'CS2612' });
    const result = { status: 'ordered', operationId: 'op', message, orderId: 'CS2612' } as const;
    assert.deepEqual(stateOfResult(result), { kind: 'ordered', message, orderId: 'CS2612' });
    assert.deepEqual(stateOfResult({ status: 'declined' }), { kind: 'declined' });
  });

  it('says "not sent" for a busy cluster, with the reason', () => {
    const state = stateOfError(
      new ResizeBusyError('A resize of etl is under way.', 'prod', 'c1'),
      'en',
      englishTranslate,
    );
    assert.deepEqual(state, { kind: 'notSent', message: 'A resize of etl is under way.' });
  });

  it('shows a failure as the catalog explains it in the UI language, never the English of code', () => {
    const path = '/v1.1/p/cluster_infos/c1';
    const network = new MrsApiError(`GET ${path} network error (ECONNREFUSED)`, {
      kind: 'network',
      method: 'GET',
      path,
    });
    const timeout = new MrsApiError(`GET ${path} timed out after 30000 ms`, { kind: 'timeout', method: 'GET', path });
    const disk = Object.assign(new Error("ENOSPC: no space left on device, write '/j/op-1.json'"), {
      code: 'ENOSPC',
      syscall: 'write',
    });
    const bug = new TypeError("Cannot read properties of undefined (reading 'nodeGroups')");
    assert.deepEqual(
      [network, timeout, disk, bug].map((e) => stateOfError(e, 'zh-cn', zhTranslate)),
      [
        { kind: 'failed', message: '无法连接服务端。' },
        { kind: 'failed', message: '服务端未及时应答。' },
        { kind: 'failed', message: '磁盘空间已满。（ENOSPC）' },
        { kind: 'failed', message: '意外错误。' },
      ],
    );
    assert.deepEqual(stateOfError(network, 'en', englishTranslate), {
      kind: 'failed',
      message: 'Could not reach the server.',
    });
  });

  it('shows MRS’s refusal once: the code, MRS’s words (or the explanation when it gave none) and the hint', () => {
    const refusedWith = (status: number, code: string, serverMessage?: string): SendState => {
      const apiError = new MrsApiError(`${code}: x`, { kind: 'unavailable', status, code, serverMessage });
      const explanation = explainError(apiError, 'en');
      const sentence = `MRS refused the resize (${code}): ${explanation.explanation} ${explanation.hint}`;
      return stateOfError(new ResizeRefusedError(sentence, apiError, explanation, 'op-1'), 'en', englishTranslate);
    };
    const mrs300 = explainError(new MrsApiError('', { kind: 'unavailable', code: 'MRS.300' }), 'en');
    assert.deepEqual(refusedWith(500, 'MRS.300', 'MRS internal error'), {
      kind: 'refused',
      code: 'MRS.300',
      message: 'MRS internal error',
      explanation: mrs300.explanation,
      hint: mrs300.hint,
    });
    const e14 = explainError(new MrsApiError('', { kind: 'validation', code: '12000014' }), 'en');
    assert.deepEqual(refusedWith(200, '12000014'), {
      kind: 'refused',
      code: '12000014',
      message: e14.explanation,
      hint: e14.hint,
    });
  });
});
