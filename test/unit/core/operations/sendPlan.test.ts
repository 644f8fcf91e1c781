// The send of a plan: under the cluster's lock the journal and the cluster are read again and a
// stale plan is refused; after the PUT no local failure changes the outcome; the journal keeps a
// cluster busy for every record it cannot read; a 401 resend that meets "already resizing" is
// unknown. Fake clock, instant sleeps, a real journal on a file system that fails on demand.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ClusterLocks,
  FileJournal,
  JournalReadError,
  OperationHistory,
  moveTo,
  newOperationRecord,
} from '../../../../src/core/journal';
import { CancelledError } from '../../../../src/core/errors';
import { PlanStaleError, ResizeBusyError } from '../../../../src/core/operations';
import { CLUSTER_ID } from '../../../support/builders';
import { FaultyFs } from '../../../support/unit/faultyFs';
import { PASSWORD, clusterPath, harness as clientHarness, issueIamTokens } from '../../../support/unit/harness';
import { CORE, clusterOf } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { harness, onDisk, operationId, tempFolder } from './lifecycleHarness';

const scaling = clusterOf({
  core: 5,
  cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out' },
});

/** A harness whose journal and locks live on a FaultyFs. */
function faulty(client: FakeClient) {
  const disk = new FaultyFs();
  const folder = tempFolder();
  const history = new OperationHistory(new FileJournal(folder, disk.fs));
  const locks = new ClusterLocks(folder, { kind: 'window', fs: disk.fs });
  return { disk, h: harness(client, true, { history, locks }) };
}

/** A journal file with this text, as a broken or newer writer left it. */
function leave(folder: string, name: string, text: string): void {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), text);
}

describe('ResizeLifecycle: a plan is sent only while it holds', () => {
  it('refuses a stale plan right before the PUT, saying what changed; nothing sent, nothing recorded', async () => {
    const client = new FakeClient([clusterOf({ core: 5 })]);
    client.beforePut = [clusterOf({ core: 5 }), clusterOf({ core: 6 })];
    const h = harness(client);
    const plan = await h.lifecycle.prepare(h.order({ instances: 2 }));
    assert.ok(plan.ready);
    await assert.rejects(h.lifecycle.send(plan), (e: unknown) => {
      assert.ok(e instanceof PlanStaleError);
      assert.deepEqual(e.reasons, [`Core node group ${CORE} now has 6 nodes; the plan was made at 5.`]);
      assert.match(e.message, /^The plan no longer holds; nothing was sent\. Core node group/);
      return true;
    });
    assert.equal(client.resizeCalls.length, 0);
    assert.deepEqual(onDisk(h.folder), []);
    assert.equal(await h.lifecycle.busyReason(CLUSTER_ID), undefined, 'the cluster is free again');
  });

  it('sends exactly the planned body when the cluster still matches', async () => {
    const client = new FakeClient([clusterOf({ core: 5 }), scaling, clusterOf({ core: 7 })]);
    const h = harness(client);
    const plan = await h.lifecycle.prepare(h.order({ instances: 2 }));
    assert.ok(plan.ready);
    client.beforePut = [clusterOf({ core: 5 })];
    const result = await h.lifecycle.send(plan);
    assert.deepEqual(client.resizeCalls, [{ clusterId: CLUSTER_ID, body: plan.request.body }]);
    assert.equal((await h.lifecycle.whenEnded(result.operationId))?.state, 'succeeded');
  });

  it('reads the journal again under the lock: a resize another process began meanwhile refuses the send', async () => {
    const client = new FakeClient([clusterOf()]);
    client.beforePut = [clusterOf()];
    const h = harness(client);
    const plan = await h.lifecycle.prepare(h.order());
    assert.ok(plan.ready);
    // Another process began a resize of the cluster after this plan was made, and left it to be followed.
    const record = newOperationRecord({
      id: 'op-of-another-process',
      wayIn: 'cli',
      connection: 'prod',
      target: { ...plan.target, from: 3, to: 5 },
      startedAtMs: Date.now(),
      follower: { window: 'cli', pid: 1, at: new Date().toISOString() },
      message: 'Sending',
    });
    await new FileJournal(h.folder).write({ ...moveTo(record, 'running', {}, Date.now()), follower: undefined });
    await assert.rejects(h.lifecycle.send(plan), (e: unknown) => {
      assert.ok(e instanceof ResizeBusyError);
      assert.match(
        e.message,
        /An earlier resize of cluster analytics \(3 → 5, started .*\) is still open in the journal/,
      );
      return true;
    });
    assert.equal(client.resizeCalls.length, 0);
  });
});

describe('ResizeLifecycle: after the PUT, no local failure changes the outcome', () => {
  it('a disk that fills after the PUT keeps the outcome in memory, follows to the end and warns once', async () => {
    const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
    const { disk, h } = faulty(client);
    client.onResize = () => {
      disk.failing.set('open', 'ENOSPC');
      return Promise.resolve({ result: 'succeeded', requestId: 'req-1' });
    };
    const result = await h.start();
    assert.equal(result.status, 'accepted');
    const id = operationId(result);
    const done = await h.settled(id);
    assert.equal(done.state, 'succeeded');
    assert.equal(h.history.isUnsaved(id), true);
    const warnings = h.reporter.notes.filter((n) => n.kind === 'warning');
    assert.equal(warnings.length, 1, JSON.stringify(h.reporter.notes));
    assert.match(
      warnings[0].message,
      /could not save the record of the resize of analytics: The disk is full\. \(ENOSPC\) Following goes on/,
    );
    assert.ok((disk.failures.get('open') ?? 0) >= 2, 'every later write was tried');
    assert.deepEqual(
      onDisk(h.folder).map((r) => r.state),
      ['sending'],
      'the record on disk is the one written before the PUT',
    );
    assert.deepEqual(
      fs.readdirSync(h.folder).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file left behind',
    );
    assert.equal(client.resizeCalls.length, 1);
  });

  it('a cancel between the last check and the PUT ends the record as not sent (nothing left in sending)', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = () => Promise.reject(new CancelledError());
    const h = harness(client);
    await assert.rejects(h.start(), CancelledError);
    assert.deepEqual(
      onDisk(h.folder).map((r) => [r.state, r.message]),
      [['notSent', 'Cancelled before the request left; nothing was sent.']],
    );
    assert.equal(await h.lifecycle.busyReason(CLUSTER_ID), undefined);
  });

  it('a disk full before the PUT sends nothing', async () => {
    const client = new FakeClient([clusterOf()]);
    const { disk, h } = faulty(client);
    client.beforePut = [() => (disk.failing.set('open', 'ENOSPC'), clusterOf())];
    await assert.rejects(h.start(), /ENOSPC/);
    assert.equal(client.resizeCalls.length, 0);
  });

  it('a 401 on the PUT whose one resend meets 12000018 is unknown and followed, not refused', async () => {
    const real = clientHarness(PASSWORD);
    issueIamTokens(real, 'token-1', 'token-2');
    real.server.on(
      'PUT',
      clusterPath(CLUSTER_ID),
      { status: 401, body: { error_code: 'APIG.0307', error_msg: 'The token must be updated.' } },
      { status: 400, body: { error_code: '12000018', error_msg: 'The cluster is being scaled.' } },
    );
    const client = new FakeClient([clusterOf(), clusterOf(), scaling, clusterOf({ core: 5 })]);
    client.onResize = () => real.client.resize(CLUSTER_ID, client.resizeCalls[0].body);
    const h = harness(client);
    const result = await h.start();
    assert.equal(result.status, 'unknown');
    assert.equal(h.history.get(operationId(result))?.state, 'unknown');
    assert.ok(h.lifecycle.isFollowing(operationId(result)));
    assert.equal((await h.settled(operationId(result))).state, 'succeeded');
    assert.equal(real.server.requestsTo('PUT', clusterPath(CLUSTER_ID)).length, 2, 'the transport resent once');
  });

  it('a refusal of a PUT sent once (no 401 before it) stays a refusal', async () => {
    const real = clientHarness(PASSWORD);
    issueIamTokens(real, 'token-1');
    real.server.on('PUT', clusterPath(CLUSTER_ID), {
      status: 400,
      body: { error_code: '12000018', error_msg: 'The cluster is being scaled.' },
    });
    const client = new FakeClient([clusterOf()]);
    client.onResize = () => real.client.resize(CLUSTER_ID, client.resizeCalls[0].body);
    const h = harness(client);
    await assert.rejects(h.start(), /MRS refused the resize \(12000018\)/);
    assert.equal(h.history.get('op-1')?.state, 'refused');
  });

  it('follow: false leaves the record active without a follower and frees the lock; the journal keeps the cluster busy', async () => {
    const client = new FakeClient([clusterOf()]);
    const h = harness(client);
    const plan = await h.lifecycle.prepare(h.order());
    assert.ok(plan.ready);
    client.beforePut = [clusterOf()];
    const result = await h.lifecycle.send(plan, { follow: false });
    const record = h.history.get(result.operationId);
    assert.deepEqual([record?.state, record?.follower], ['running', undefined]);
    assert.equal(h.lifecycle.isFollowing(result.operationId), false);
    assert.deepEqual(
      onDisk(h.folder).map((r) => [r.state, r.follower]),
      [['running', undefined]],
    );
    assert.match((await h.lifecycle.busyReason(CLUSTER_ID, 'analytics')) ?? '', /still open in the journal/);
    assert.equal(fs.existsSync(path.join(h.folder, 'locks', `${CLUSTER_ID}.lock`)), false, 'the lock is free');
  });
});

describe('ResizeLifecycle: the journal can be trusted', () => {
  /** A whole record of the cluster, as this version writes it, but for `over`. */
  const whole = (over: Record<string, unknown>) =>
    JSON.stringify({
      ...newOperationRecord({
        id: 'x',
        wayIn: 'cli',
        connection: 'prod',
        target: {
          clusterId: CLUSTER_ID,
          clusterName: 'analytics',
          groupName: CORE,
          role: 'core',
          scaleType: 'scale_out',
          from: 3,
          to: 5,
        },
        startedAtMs: Date.now(),
        follower: { window: 'w', pid: 1, at: new Date().toISOString() },
        message: 'm',
      }),
      state: 'running',
      ...over,
    });
  const cases: Array<[string, string, string]> = [
    ['a truncated record', `{ "id": "x", "clusterId": "${CLUSTER_ID}", "state": "runn`, 'notJson'],
    ['a record of an unknown state', whole({ state: 'paused' }), 'notARecord state'],
    ['a record of a newer version', whole({ version: 2 }), 'newerVersion 2'],
  ];
  for (const [what, text, why] of cases) {
    it(`keeps the cluster busy for ${what} until it is set aside`, async () => {
      const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
      const h = harness(client);
      leave(h.folder, 'broken.json', text);
      await h.history.reload();
      const [unreadable] = h.history.unreadable();
      assert.equal(unreadable?.clusterId, CLUSTER_ID);
      assert.equal(why.startsWith('notJson') ? unreadable.reason : `${unreadable.reason} ${unreadable.detail}`, why);
      await assert.rejects(h.start(), (e: unknown) => {
        assert.ok(e instanceof ResizeBusyError);
        assert.match(e.message, /holds a record of cluster analytics that cannot be read \(broken\.json in /);
        return true;
      });
      assert.equal(client.resizeCalls.length, 0);
      const moved = await h.history.setAside('broken.json');
      assert.ok(fs.existsSync(moved));
      assert.equal((await h.start()).status, 'accepted');
      assert.equal(client.resizeCalls.length, 1);
    });
  }

  it("lists a newer version's record that says it has ended, without keeping its cluster busy", async () => {
    const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
    const h = harness(client);
    leave(h.folder, 'newer.json', whole({ version: 3, state: 'succeeded', endedAt: new Date().toISOString() }));
    await h.history.reload();
    assert.equal(h.history.unreadable()[0]?.finished, true);
    assert.equal((await h.start()).status, 'accepted');
  });

  it('reads a record with a byte order mark as a record', async () => {
    const first = harness(new FakeClient([clusterOf(), scaling]));
    await first.start();
    first.lifecycle.dispose();
    const [record] = onDisk(first.folder);
    leave(first.folder, 'op-1.json', `\uFEFF${JSON.stringify(record)}`);
    const history = new OperationHistory(new FileJournal(first.folder));
    await history.load();
    assert.deepEqual([history.get('op-1')?.state, history.unreadable()], ['running', []]);
  });

  it('refuses to send when the journal folder cannot be read (only a missing folder is an empty history)', async () => {
    const client = new FakeClient([clusterOf()]);
    const { disk, h } = faulty(client);
    disk.failing.set('readdir', 'EACCES');
    await assert.rejects(h.start(), (e: unknown) => e instanceof JournalReadError && /EACCES/.test(e.message));
    assert.equal(client.resizeCalls.length, 0);
    const missing = new OperationHistory(new FileJournal(path.join(tempFolder(), 'not-yet')));
    await missing.load();
    assert.deepEqual(missing.list(), []);
  });
});
