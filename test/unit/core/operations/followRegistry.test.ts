// FollowRegistry, its end, and the hand-over between windows: every move is written by the lifecycle,
// a window that closes gives its operations up at once, a dead window's are taken over at once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { CancelledError } from '../../../../src/core/errors';
import { handover } from '../../../../src/core/operations';
import {
  ClusterLocks,
  FileJournal,
  OperationHistory,
  processAlive,
  type ResizeOperationRecord,
} from '../../../../src/core/journal';
import fs from 'node:fs';
import path from 'node:path';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { TASK, clusterOf, taskHosts } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { ME, harness, onDisk, operationId, tempFolder } from './lifecycleHarness';

const scaling = clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out' } });

/** Waits in real time (the lock's heartbeat runs on a real timer). */
async function waitUntil(done: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !done();) {
    assert.ok(Date.now() - start < ms, 'waited too long');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A pid that certainly belongs to no process: a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

describe('ResizeLifecycle: following to the end', () => {
  it('reports a failed resize with MRS reason, and frees the cluster', async () => {
    const failed = clusterOf({ cluster: { scale: 'scaling-error', errorInfo: 'ECS quota exceeded' } });
    const client = new FakeClient([clusterOf(), scaling, failed]);
    const h = harness(client);
    await h.start();
    const done = await h.settled('op-1');
    assert.equal(done.state, 'failed');
    assert.equal(done.errorInfo, 'ECS quota exceeded');
    assert.deepEqual(
      h.reporter.notes.map((n) => n.kind),
      ['error'],
    );
    assert.match(h.reporter.notes[0].message, /Resize of analytics failed: ECS quota exceeded/);
  });

  it('fails a scale-in of chosen hosts when those hosts are still there', async () => {
    const client = new FakeClient([clusterOf({ task: 3 }), clusterOf({ task: 1 })]);
    client.hosts = taskHosts(3);
    const h = harness(client);
    await h.start({ group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'task-1'] });
    const done = await h.settled('op-1');
    assert.equal(done.state, 'failed');
    assert.match(done.message ?? '', /these chosen nodes are still in the cluster: .*_node_task_0, .*_node_task_1/);
  });

  it('"Stop Following" ends following (stopped), never the resize', async () => {
    const client = new FakeClient([clusterOf(), scaling]);
    const h = harness(client);
    await h.start();
    assert.ok(h.lifecycle.isFollowing('op-1'));
    assert.ok(h.reporter.stops.has('op-1'));
    h.reporter.stops.get('op-1')?.();
    const done = await h.settled('op-1');
    assert.equal(done.state, 'stopped');
    assert.match(done.message ?? '', /Stopped following the resize of analytics; the resize continues on the server/);
    assert.equal(client.resizeCalls.length, 1);
    assert.equal(h.lifecycle.stopFollowing('op-1'), false, 'nothing followed any more');
  });
});

describe('ResizeLifecycle: windows and reloads', () => {
  const active = (over: Partial<ResizeOperationRecord>): ResizeOperationRecord => ({
    id: 'op-9',
    connection: 'prod',
    clusterId: CLUSTER_ID,
    clusterName: 'analytics',
    groupName: 'core_node_analysis_group',
    role: 'core',
    scaleType: 'scale_out',
    from: 3,
    to: 5,
    serverIds: [],
    startedAt: new Date(T0).toISOString(),
    state: 'running',
    ...over,
  });

  async function journalWith(record: ResizeOperationRecord): Promise<OperationHistory> {
    const h = harness(new FakeClient([clusterOf()]));
    await new FileJournal(h.folder).write(record);
    const history = new OperationHistory(new FileJournal(h.folder));
    await history.load();
    return history;
  }

  it('takes over at once an operation whose window process is gone, and never resends', async () => {
    const follower = { window: 'old', pid: deadPid(), at: new Date(T0).toISOString() };
    const history = await journalWith(active({ follower }));
    const client = new FakeClient([scaling, clusterOf({ core: 5 })]);
    const h = harness(client, true, { history });
    assert.equal(await h.lifecycle.resumeAll(), 1);
    assert.equal(history.get('op-9')?.follower?.window, ME.window);
    assert.equal((await h.settled('op-9')).state, 'succeeded');
    assert.equal(client.resizeCalls.length, 0);
  });

  it('moves a record left in "sending" to "unknown" and lets the readings settle it', async () => {
    const history = await journalWith(active({ state: 'sending' }));
    const client = new FakeClient([scaling, clusterOf({ core: 5 })]);
    const h = harness(client, true, { history });
    assert.equal(await h.lifecycle.resumeAll(), 1);
    const states: string[] = [];
    history.onDidChange(() => states.push(history.get('op-9')?.state ?? ''));
    assert.equal((await h.settled('op-9')).state, 'succeeded');
    assert.ok(states.includes('running'), states.join());
    assert.equal(client.resizeCalls.length, 0);
  });

  it('leaves alone what a living window follows, and takes over once it is silent', async () => {
    const follower = { window: 'other', pid: process.pid, at: new Date(T0).toISOString() };
    const history = await journalWith(active({ follower }));
    const h = harness(new FakeClient([clusterOf({ core: 5 })]), true, { history });
    assert.equal(await h.lifecycle.resumeAll(), 0);
    h.clock.advance(6 * 60_000);
    assert.equal(await h.lifecycle.resumeAll(), 1);
    await h.settled('op-9');
    h.lifecycle.dispose();
  });

  it('gives its operations up synchronously when the window closes; the next one resumes at once', async () => {
    const first = harness(new FakeClient([clusterOf(), scaling]));
    await first.start();
    first.lifecycle.dispose();
    const disk = onDisk(first.folder);
    assert.deepEqual(
      disk.map((r) => [r.state, r.follower]),
      [['running', undefined]],
      'still running, followed by nobody',
    );
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(onDisk(first.folder)[0].follower, undefined, 'no late heartbeat brings the old window back');
    const history = new OperationHistory(new FileJournal(first.folder));
    await history.load();
    const client = new FakeClient([clusterOf({ core: 5 })]);
    const second = harness(client, true, { history, me: { window: 'window-2', pid: process.pid } });
    assert.equal(await second.lifecycle.resumeAll(), 1);
    assert.equal((await second.settled('op-1')).state, 'succeeded');
  });

  it('sends nothing once its window is closing', async () => {
    const client = new FakeClient([clusterOf()]);
    const h = harness(client);
    h.lifecycle.dispose();
    await assert.rejects(h.start(), CancelledError);
    assert.equal(client.resizeCalls.length, 0);
    assert.equal(client.getClusterCalls, 0);
  });

  it('reads a resumed operation at least once, even when it started longer ago than the follow timeout', async () => {
    const history = await journalWith(active({ startedAt: new Date(T0 - 3 * 3600_000).toISOString() }));
    const client = new FakeClient([clusterOf({ core: 5 })]);
    const h = harness(client, true, { history });
    assert.equal(await h.lifecycle.resumeAll(), 1);
    const done = await h.settled('op-9');
    assert.equal(done.state, 'succeeded', done.message);
    assert.ok(client.getClusterCalls >= 1, 'the cluster was read');
  });

  it('lets the user mark an operation nobody can follow as not followed, with the lock', async () => {
    const history = await journalWith(active({}));
    const h = harness(new FakeClient([clusterOf()]), true, {
      history,
      clientFor: () => Promise.reject(new Error('There is no connection named "prod".')),
    });
    assert.equal(await h.lifecycle.resumeAll(), 0);
    assert.match((await h.lifecycle.busyReason(CLUSTER_ID, 'analytics')) ?? '', /nobody follows it now/);
    await h.lifecycle.markNotFollowed('op-9');
    const record = onDisk(h.folder).find((r) => r.id === 'op-9');
    assert.equal(record?.state, 'stopped');
    assert.match(record?.message ?? '', /^Marked not followed: nobody was following this resize/);
    assert.equal(await h.lifecycle.busyReason(CLUSTER_ID), undefined, 'the cluster is free in the journal');
  });

  it('when another process takes its lock over, goes on reading the cluster, writes nothing, and tells the end', async () => {
    const folder = tempFolder();
    const history = new OperationHistory(new FileJournal(folder));
    const locks = new ClusterLocks(folder, { kind: 'window', heartbeatMs: 5 });
    const client = new FakeClient([clusterOf(), scaling, scaling, scaling, clusterOf({ core: 5 })]);
    const h = harness(client, true, { history, locks });
    client.readDelayMs = 30;
    const id = operationId(await h.start());
    // Another process took this one for gone: the lock file now carries its token.
    const file = path.join(folder, 'locks', `${CLUSTER_ID}.lock`);
    fs.writeFileSync(
      file,
      JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), pid: 4242, token: 'theirs' }),
    );
    const written = () => onDisk(folder).find((r) => r.id === id);
    await waitUntil(() => h.reporter.notes.some((n) => /Another process took over/.test(n.message)));
    const onDiskWhenLost = written();
    assert.equal(onDiskWhenLost?.state, 'running');
    const end = await h.lifecycle.whenEnded(id);
    assert.equal(end?.state, 'succeeded', 'the end is told here');
    assert.deepEqual(written(), onDiskWhenLost, "nothing more was written: the record is the other process's");
    assert.ok(h.reporter.notes.some((n) => /Another process took over the resize of analytics/.test(n.message)));
    assert.equal(
      (JSON.parse(fs.readFileSync(file, 'utf8')) as { token: string }).token,
      'theirs',
      "its lock file stays the other process's",
    );
  });

  it('leaves an operation it has no connection for open (another process follows it), and the cluster busy', async () => {
    const history = await journalWith(active({}));
    const h = harness(new FakeClient([clusterOf()]), true, {
      history,
      clientFor: () => Promise.reject(new Error('There is no connection named "Environment".')),
    });
    assert.equal(await h.lifecycle.resumeAll(), 0);
    assert.equal(await h.lifecycle.resumeAll(), 0, 'not tried again and again');
    assert.deepEqual(
      [history.get('op-9')?.state, onDisk(h.folder).find((r) => r.id === 'op-9')?.state],
      ['running', 'running'],
    );
    assert.match(
      (await h.lifecycle.busyReason(CLUSTER_ID, 'analytics')) ?? '',
      /still open in the journal and nobody follows it now: a window with connection "prod" follows it to its end \(or mark it not followed in the Operations view\)/,
    );
  });

  it('does not take over an operation that ended meanwhile (it reads the journal again under the lock)', async () => {
    const history = await journalWith(active({}));
    const h = harness(new FakeClient([clusterOf({ core: 5 })]), true, { history });
    // Another process ends it on disk; this process has not read that yet.
    await new FileJournal(h.folder).write({ ...active({}), state: 'succeeded', endedAt: new Date(T0).toISOString() });
    assert.equal(await h.lifecycle.resumeAll(), 0);
    assert.equal(onDisk(h.folder).find((r) => r.id === 'op-9')?.state, 'succeeded');
    assert.equal(h.lifecycle.isFollowing('op-9'), false);
  });
});

describe('handover', () => {
  const input = { me: ME, nowMs: T0, staleMs: 60_000, isAlive: () => true };
  const at = (ms: number) => new Date(ms).toISOString();

  it('says who may follow an operation', () => {
    assert.equal(handover({}, input), 'free');
    assert.equal(handover({ follower: { ...ME, at: at(T0) } }, input), 'mine');
    const other = { window: 'w2', pid: 42, at: at(T0 - 1_000) };
    assert.equal(handover({ follower: other }, input), 'followedElsewhere');
    assert.equal(handover({ follower: other }, { ...input, isAlive: () => false }), 'followerGone');
    assert.equal(handover({ follower: { ...other, at: at(T0 - 60_000) } }, input), 'followerSilent');
  });

  it('knows a living process from a dead one', () => {
    assert.equal(processAlive(process.pid), true);
    assert.equal(processAlive(deadPid()), false);
  });
});
