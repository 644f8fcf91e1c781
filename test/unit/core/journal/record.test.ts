// The operation record and its state machine: plain JSON without secrets, one name per field,
// only the moves of the table, a history of the last 50 read back safely.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describeOperation, type ResizeTarget } from '../../../../src/core/plan';
import {
  FileJournal,
  IllegalTransitionError,
  OPERATION_HISTORY_LIMIT,
  OPERATION_STATES,
  OperationHistory,
  canMove,
  moveTo,
  newOperationRecord,
  operationDurationMs,
  overLimit,
  parseOperationRecords,
  stateTable,
  touch,
  type OperationState,
  type ResizeOperationRecord,
} from '../../../../src/core/journal';
import { englishTranslate } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { CORE, TASK } from '../resize/clusters';
import { tempFolder } from '../operations/lifecycleHarness';

const target: ResizeTarget = {
  clusterId: CLUSTER_ID,
  clusterName: 'analytics',
  groupName: TASK,
  role: 'task',
  scaleType: 'scale_in',
  from: 5,
  to: 3,
};
const follower = { window: 'w1', pid: 7, at: new Date(T0).toISOString() };

function aRecord(id: string, state: OperationState = 'succeeded', startedAtMs = T0): ResizeOperationRecord {
  return {
    ...newOperationRecord({ id, wayIn: 'form', connection: 'prod', target, startedAtMs, follower, message: 'm' }),
    state,
  };
}

describe('operation record', () => {
  it('starts in "sending" as plain JSON with exactly these fields', () => {
    const record = newOperationRecord({
      id: 'op-1',
      wayIn: 'form',
      connection: 'prod',
      target,
      serverIds: ['a', 'b'],
      startedAtMs: T0,
      before: { scale: 'scaling-error' },
      follower,
      message: 'Sending the resize request…',
    });
    assert.deepEqual(record, {
      version: 1,
      id: 'op-1',
      wayIn: 'form',
      connection: 'prod',
      ...target,
      serverIds: ['a', 'b'],
      startedAt: new Date(T0).toISOString(),
      state: 'sending',
      message: 'Sending the resize request…',
      before: { scale: 'scaling-error' },
      follower,
    });
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
    assert.equal(operationDurationMs(record, T0 + 90_000), 90_000);
  });

  it('keeps an empty reading before the request (an idle cluster) through the journal, so a new failure shows', () => {
    const idle = newOperationRecord({
      id: 'op-2',
      wayIn: 'form',
      connection: 'prod',
      target,
      startedAtMs: T0,
      before: {},
      follower,
      message: 'm',
    });
    assert.deepEqual(idle.before, {});
    assert.deepEqual(parseOperationRecords([JSON.parse(JSON.stringify(idle))])[0]?.before, {});
    const unread = newOperationRecord({
      id: 'op-3',
      wayIn: 'form',
      connection: 'prod',
      target,
      startedAtMs: T0,
      follower,
      message: 'm',
    });
    assert.ok(!('before' in unread));
    const legacy = { ...JSON.parse(JSON.stringify(unread)), scaleBefore: undefined } as unknown;
    assert.equal(parseOperationRecords([legacy])[0]?.before, undefined, 'an old record without a reading has none');
  });

  it('moves only along the table; a finished record gets its end and loses its follower', () => {
    const sending = aRecord('op-1', 'sending');
    const running = moveTo(sending, 'running', { requestId: 'r-1', errorInfo: undefined }, T0 + 1);
    assert.equal(running.state, 'running');
    assert.equal(running.follower, follower);
    assert.ok(!('errorInfo' in running) && !('endedAt' in running));
    const ended = moveTo(running, 'failed', { stageDesc: 'Shrink failed', changeSeen: true }, T0 + 60_000);
    assert.equal(ended.endedAt, new Date(T0 + 60_000).toISOString());
    assert.equal(ended.follower, undefined);
    assert.equal(ended.requestId, 'r-1');
    assert.equal(operationDurationMs(ended, T0 + 999_999), 60_000);
    assert.throws(() => moveTo(ended, 'running', {}, T0), IllegalTransitionError);
    assert.throws(() => moveTo(running, 'unknown', {}, T0), IllegalTransitionError, 'no caller turns a state back');
    assert.throws(() => moveTo(running, 'running', {}, T0), IllegalTransitionError);
  });

  it('has one table that covers every state, active states first', () => {
    assert.deepEqual(
      stateTable().map(([s]) => s),
      [...OPERATION_STATES],
    );
    assert.ok(canMove('unknown', 'running'));
    assert.ok(canMove('sending', 'notSent'));
    assert.ok(!canMove('refused', 'running'));
  });

  it('touches a record in place: stage, heartbeat, and giving the follower up', () => {
    const running = aRecord('op-1', 'running');
    const later = { ...follower, at: new Date(T0 + 5).toISOString() };
    assert.equal(touch(running, { stageDesc: 'Creating VM' }, later).follower, later);
    assert.ok(!('follower' in touch(running, {}, null)));
    assert.equal(touch(running, { stageDesc: 'x' }).state, 'running');
  });

  it('parses records back, migrating 0.1 (`groupRole`) and dropping malformed ones', () => {
    const good = aRecord('a');
    const { role: _role, ...legacy } = {
      ...good,
      id: 'legacy',
      groupRole: 'core',
      watcher: 'w',
      follower: undefined,
      scaleBefore: 'scaling-error',
    };
    const parsed = parseOperationRecords([
      good,
      legacy,
      { ...good, id: 'b', endedAt: 'not a date', password: 'x', follower: { window: '', pid: 1, at: 'x' } },
      { ...good, id: 'a' },
      { ...good, id: 'c', state: 'exploded' },
      { ...good, id: 'd', from: -1 },
      { ...good, id: 'e', role: 'edge' },
      { ...good, id: 'f', serverIds: [1] },
      { ...good, id: '' },
      null,
      'x',
    ]);
    assert.deepEqual(
      parsed.map((r) => r.id),
      ['a', 'legacy', 'b'],
    );
    assert.deepEqual(parsed[0], good);
    assert.equal(parsed[1].role, 'core');
    assert.ok(!('groupRole' in parsed[1]) && !('watcher' in parsed[1]));
    assert.deepEqual(parsed[1].before, { scale: 'scaling-error' });
    assert.ok(!('password' in parsed[2]) && !('endedAt' in parsed[2]) && !('follower' in parsed[2]));
    assert.deepEqual(parseOperationRecords({}), []);
  });

  it('forgets the oldest finished records first, active ones last', () => {
    const records = [aRecord('old-running', 'running', T0 - 1_000)];
    for (let i = 0; i < 60; i++) {
      records.push(aRecord(`op-${i}`, 'succeeded', T0 + i));
    }
    const dropped = overLimit(records);
    assert.equal(records.length - dropped.length, OPERATION_HISTORY_LIMIT);
    assert.ok(!dropped.includes('old-running'));
    assert.ok(dropped.includes('op-0') && dropped.includes('op-10') && !dropped.includes('op-11'));
    assert.deepEqual(overLimit([aRecord('x', 'running', T0), aRecord('y', 'running', T0 + 1)], 1), ['x']);
  });
});

describe('OperationHistory over the file journal', () => {
  it('writes each record atomically to its own file and reads them back, newest first', async () => {
    const folder = tempFolder();
    const history = new OperationHistory(new FileJournal(folder));
    await history.put(aRecord('a', 'succeeded', T0));
    await history.put(aRecord('b', 'running', T0 + 1));
    assert.deepEqual(fs.readdirSync(folder).sort(), ['a.json', 'b.json'], 'no temporary file left');
    const again = new OperationHistory(new FileJournal(folder));
    await again.load();
    assert.deepEqual(
      again.list().map((r) => r.id),
      ['b', 'a'],
    );
    assert.deepEqual(
      again.active().map((r) => r.id),
      ['b'],
    );
  });

  it('keeps what it wrote while a reload was reading, and the later of two reloads', async () => {
    const folder = tempFolder();
    const real = new FileJournal(folder);
    let gate: (() => void) | undefined;
    const slow = Object.assign(Object.create(real) as FileJournal, {
      readAll: async () => {
        const entries = await real.readAll();
        await new Promise<void>((r) => (gate = r));
        return entries;
      },
    });
    const history = new OperationHistory(slow);
    await history.put(aRecord('op-1', 'running'));
    const reloading = history.reload(); // reads 'running', then waits
    await new Promise((r) => setTimeout(r, 20));
    await history.put({ ...aRecord('op-1', 'running'), message: 'newer' });
    gate?.();
    await reloading;
    assert.equal(history.get('op-1')?.message, 'newer', 'the write made while reading stays');
  });

  it('lists a file that is not a record as unreadable (never drops it), and keeps at most the limit', async () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'junk.json'), '{ half');
    const history = new OperationHistory(new FileJournal(folder), undefined, 2);
    await history.load();
    assert.deepEqual(
      history.unreadable().map((u) => [u.file, u.reason]),
      [['junk.json', 'notJson']],
    );
    assert.match(history.unreadable()[0].detail ?? '', /JSON at position 2/);
    for (const id of ['a', 'b', 'c']) {
      await history.put(aRecord(id, 'succeeded', T0 + id.charCodeAt(0)));
    }
    assert.deepEqual(
      history.list().map((r) => r.id),
      ['c', 'b'],
    );
    assert.ok(!fs.existsSync(path.join(folder, 'a.json')));
  });

  it('clears finished records only, and imports the 0.1 history once', async () => {
    const history = new OperationHistory(new FileJournal(tempFolder()));
    const { role: _role, ...legacy } = { ...aRecord('old', 'failed'), groupRole: 'task' };
    assert.equal(await history.importRecords([legacy, aRecord('run', 'running')]), 2);
    assert.equal(await history.importRecords([legacy]), 0);
    await history.clearFinished();
    assert.deepEqual(
      history.list().map((r) => r.id),
      ['run'],
    );
  });

  it("sees another window's writes through the journal's watch", async () => {
    const folder = tempFolder();
    const mine = new OperationHistory(new FileJournal(folder));
    await mine.load({ watch: true });
    let changes = 0;
    mine.onDidChange(() => changes++);
    await new OperationHistory(new FileJournal(folder)).put(aRecord('theirs', 'running'));
    for (let i = 0; i < 100 && !mine.get('theirs'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(mine.get('theirs')?.state, 'running');
    assert.ok(changes > 0);
    mine.dispose();
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
  });
});
