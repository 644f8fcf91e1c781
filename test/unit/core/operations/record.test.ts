// The operation record: plain JSON without secrets, a history of the last 50, parsed back safely.
import assert from 'node:assert/strict';
import {
  OPERATION_HISTORY_LIMIT,
  addToHistory,
  describeOperation,
  newOperationRecord,
  operationDurationMs,
  parseOperationHistory,
  targetOfRecord,
  updateRecord,
  type ResizeOperationRecord,
  type ResizeTarget,
} from '../../../../src/core/operations';
import { englishTranslate } from '../../../../src/shared/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { CORE, TASK } from '../resize/clusters';

const target: ResizeTarget = {
  clusterId: CLUSTER_ID,
  clusterName: 'analytics',
  groupName: TASK,
  role: 'task',
  scaleType: 'scale_in',
  from: 5,
  to: 3,
};

function aRecord(id: string, state: ResizeOperationRecord['state'] = 'succeeded'): ResizeOperationRecord {
  return newOperationRecord({ id, connection: 'prod', target, startedAtMs: T0, state });
}

describe('operation record', () => {
  it('holds the operation as plain JSON, with exactly these fields', () => {
    const record = newOperationRecord({
      id: 'op-1',
      connection: 'prod',
      target,
      serverIds: ['a', 'b'],
      startedAtMs: T0,
      requestId: 'r-1',
      message: 'sent',
    });
    assert.deepEqual(record, {
      id: 'op-1',
      connection: 'prod',
      clusterId: CLUSTER_ID,
      clusterName: 'analytics',
      groupName: TASK,
      groupRole: 'task',
      scaleType: 'scale_in',
      from: 5,
      to: 3,
      serverIds: ['a', 'b'],
      startedAt: new Date(T0).toISOString(),
      state: 'running',
      message: 'sent',
      requestId: 'r-1',
    });
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
    assert.deepEqual(targetOfRecord(record), target);
  });

  it('is updated without losing fields, and knows its duration', () => {
    const running = aRecord('op-1', 'running');
    assert.equal(operationDurationMs(running, T0 + 90_000), 90_000);
    const ended = updateRecord(running, {
      state: 'failed',
      stageDesc: 'Cluster shrink failed',
      errorInfo: undefined,
      changeSeen: true,
      endedAtMs: T0 + 60_000,
    });
    assert.equal(ended.changeSeen, true);
    assert.equal(parseOperationHistory([ended])[0].changeSeen, true);
    assert.equal(ended.state, 'failed');
    assert.equal(ended.stageDesc, 'Cluster shrink failed');
    assert.equal(ended.endedAt, new Date(T0 + 60_000).toISOString());
    assert.ok(!('errorInfo' in ended));
    assert.equal(ended.clusterName, 'analytics');
    assert.equal(operationDurationMs(ended, T0 + 999_999), 60_000);
  });

  it('adds new operations first and replaces an updated one in place', () => {
    let history = addToHistory([], aRecord('a'));
    history = addToHistory(history, aRecord('b'));
    history = addToHistory(history, updateRecord(aRecord('a'), { state: 'failed' }));
    assert.deepEqual(
      history.map((r) => `${r.id}:${r.state}`),
      ['b:succeeded', 'a:failed'],
    );
  });

  it('keeps the last 50, dropping the oldest finished ones before running ones', () => {
    let history: ResizeOperationRecord[] = [aRecord('old-running', 'running')];
    for (let i = 0; i < 60; i++) {
      history = addToHistory(history, aRecord(`op-${i}`));
    }
    assert.equal(history.length, OPERATION_HISTORY_LIMIT);
    assert.equal(history[0].id, 'op-59');
    assert.ok(history.some((r) => r.id === 'old-running'));
    assert.ok(!history.some((r) => r.id === 'op-10'));
    assert.ok(history.some((r) => r.id === 'op-11'));
    assert.deepEqual(
      addToHistory([aRecord('x', 'running'), aRecord('y', 'running')], aRecord('z', 'running'), 2).map((r) => r.id),
      ['z', 'x'],
    );
  });

  it('parses a stored history back, dropping malformed entries and repeated ids', () => {
    const good = aRecord('a');
    const parsed = parseOperationHistory([
      good,
      { ...good, id: 'b', endedAt: 'not a date', password: 'x' },
      { ...good, id: 'a' },
      { ...good, id: 'c', state: 'exploded' },
      { ...good, id: 'd', from: -1 },
      { ...good, id: 'e', groupRole: 'master' },
      { ...good, id: 'f', serverIds: [1] },
      { ...good, id: '' },
      null,
      'x',
    ]);
    assert.deepEqual(
      parsed.map((r) => r.id),
      ['a', 'b'],
    );
    assert.ok(!('password' in parsed[1]) && !('endedAt' in parsed[1]));
    assert.deepEqual(parsed[0], good);
    assert.deepEqual(parseOperationHistory({}), []);
    assert.equal(parseOperationHistory(Array.from({ length: 60 }, (_, i) => aRecord(`r${i}`))).length, 50);
  });
});

describe('operation target', () => {
  it('describes the operation for the progress notification', () => {
    assert.equal(
      describeOperation(
        { ...target, groupName: CORE, role: 'core', scaleType: 'scale_out', from: 3, to: 5 },
        englishTranslate,
      ),
      'Scaling out core nodes of analytics: 3 → 5',
    );
    assert.equal(describeOperation(target, englishTranslate), 'Scaling in task nodes of analytics: 5 → 3');
    assert.equal(
      describeOperation({ ...target, scaleType: 'scale_out', from: 0, to: 2 }, englishTranslate),
      'Scaling out task nodes of analytics: 0 → 2',
    );
    assert.equal(
      describeOperation({ ...target, role: 'core', from: 5, to: 4 }, englishTranslate),
      'Scaling in core nodes of analytics: 5 → 4',
    );
  });
});
