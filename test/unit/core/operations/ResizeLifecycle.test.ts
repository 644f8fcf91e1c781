// The one owner of a resize: pre-flight on fresh details, the way in's confirmation, a record
// on disk before the PUT, exactly one PUT, the end of each path written by the lifecycle itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { CancelledAfterSendError, MrsApiError } from '../../../../src/core/api/errors';
import { CancelledError } from '../../../../src/core/errors';
import { ResizeBusyError, ResizePreflightError, ResizeRefusedError } from '../../../../src/core/operations';
import { FileJournal, OperationHistory } from '../../../../src/core/journal';
import { CLUSTER_ID } from '../../../support/builders';
import { T0 } from '../../../support/unit/fakes';
import { CORE, TASK, clusterOf, taskHosts } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { harness, onDisk, operationId, tempFolder } from './lifecycleHarness';

const scaling = clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out' } });
const lost = (): Promise<never> => Promise.reject(new MrsApiError('timed out', { kind: 'outcomeUnknown' }));

describe('ResizeLifecycle: sending', () => {
  it('sends a confirmed core scale-out once and follows it to success, writing each state', async () => {
    const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
    const h = harness(client);
    const result = await h.start();
    assert.deepEqual(result, {
      status: 'accepted',
      operationId: 'op-1',
      message: 'MRS accepted the resize of analytics: 3 → 5 core nodes.',
    });
    assert.deepEqual(client.resizeCalls, [
      {
        clusterId: CLUSTER_ID,
        body: { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', node_group: CORE, instances: 2 } },
      },
    ]);
    assert.equal(h.asked[0].title, 'Scale out core nodes of analytics: 3 → 5?');
    assert.equal(h.asked[0].modal, false);
    const done = await h.settled('op-1');
    assert.equal(done.state, 'succeeded');
    assert.equal(done.role, 'core');
    assert.equal(done.requestId, 'req-1');
    assert.equal(done.follower, undefined);
    assert.ok(done.endedAt);
    assert.deepEqual(
      onDisk(h.folder).map((r) => [r.id, r.state]),
      [['op-1', 'succeeded']],
    );
    assert.deepEqual(h.reporter.titles, ['Scaling out core nodes of analytics: 3 → 5']);
    assert.deepEqual(h.reporter.notes, [
      { kind: 'info', message: 'Resize of analytics succeeded: 3 → 5 core nodes.', id: 'op-1' },
    ]);
    assert.equal(client.resizeCalls.length, 1);
    assert.equal(h.lifecycle.knownBusy(CLUSTER_ID), undefined, 'the cluster is free again');
  });

  it('has the record on disk, in sending and followed by this window, before the PUT leaves', async () => {
    const client = new FakeClient([clusterOf({ cluster: { scale: 'scaling-error' } }), clusterOf({ core: 5 })]);
    let seenAtPut: unknown;
    const h = harness(client);
    client.onResize = () => {
      seenAtPut = onDisk(h.folder).map((r) => ({ state: r.state, window: r.follower?.window, scale: r.before?.scale }));
      return Promise.resolve({ result: 'succeeded', requestId: 'req-1' });
    };
    await h.start();
    assert.deepEqual(seenAtPut, [{ state: 'sending', window: 'window-1', scale: 'scaling-error' }]);
  });

  it('sends nothing when the record cannot be written, and frees the cluster', async () => {
    const client = new FakeClient([clusterOf()]);
    const file = `${tempFolder()}/not-a-folder`;
    fs.writeFileSync(file, '');
    const h = harness(client, true, { history: new OperationHistory(new FileJournal(`${file}/operations`)) });
    await assert.rejects(h.start(), /ENOTDIR|EEXIST/);
    assert.equal(client.resizeCalls.length, 0);
    assert.equal(h.lifecycle.knownBusy(CLUSTER_ID), undefined);
  });

  it('sends and records nothing when the confirmation is declined or cancelled', async () => {
    for (const answer of [false, () => Promise.reject(new CancelledError())]) {
      const client = new FakeClient([clusterOf()]);
      const h = harness(client, answer);
      if (answer === false) {
        assert.deepEqual(await h.start(), { status: 'declined' });
      } else {
        await assert.rejects(h.start(), CancelledError);
      }
      assert.equal(client.resizeCalls.length, 0);
      assert.deepEqual(h.history.list(), []);
      assert.equal(h.lifecycle.knownBusy(CLUSTER_ID), undefined);
    }
  });

  it('sends nothing when the signal aborts while confirming', async () => {
    const client = new FakeClient([clusterOf()]);
    const abort = new AbortController();
    const h = harness(client, () => {
      abort.abort();
      return Promise.resolve(true);
    });
    await assert.rejects(h.start({}, { signal: abort.signal }), CancelledError);
    assert.equal(client.resizeCalls.length, 0);
    assert.deepEqual(h.history.list(), []);
  });

  it('refuses in pre-flight (a resize in progress; the rules), errors first, without asking', async () => {
    const cases = [
      { cluster: scaling, draft: {}, codes: ['cluster.resizing'] },
      {
        cluster: clusterOf({ core: 3, cluster: { scale: 'scaling-error' } }),
        draft: { scaleType: 'scale_in' as const, instances: 1 },
        codes: ['instances.belowCoreMinimum', 'cluster.lastResizeFailed'],
      },
    ];
    for (const c of cases) {
      const client = new FakeClient([c.cluster]);
      const h = harness(client);
      await assert.rejects(h.start(c.draft), (e: unknown) => {
        assert.ok(e instanceof ResizePreflightError);
        assert.deepEqual(
          e.problems.map((d) => d.code),
          c.codes,
        );
        return true;
      });
      assert.equal(h.asked.length, 0);
      assert.equal(client.resizeCalls.length, 0);
      assert.equal(h.lifecycle.knownBusy(CLUSTER_ID), undefined);
    }
  });

  it('lets a pre-flight read error through and frees the cluster', async () => {
    const client = new FakeClient([new MrsApiError('boom', { kind: 'unavailable', status: 503 })]);
    const h = harness(client);
    await assert.rejects(h.start(), (e: unknown) => e instanceof MrsApiError && e.kind === 'unavailable');
    assert.equal(h.lifecycle.knownBusy(CLUSTER_ID), undefined);
  });

  it('names the chosen task hosts in a modal confirmation and sends them', async () => {
    const client = new FakeClient([clusterOf({ task: 3 }), clusterOf({ task: 1 })]);
    client.hosts = taskHosts(3);
    const h = harness(client);
    await h.start({ group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'task-2'] });
    assert.equal(h.asked[0].modal, true);
    assert.equal(h.asked[0].title, 'Scale in task nodes of analytics: 3 → 1?');
    assert.deepEqual(h.asked[0].removedNodes, [
      { id: 'task-0', name: `${CLUSTER_ID}_node_task_0` },
      { id: 'task-2', name: `${CLUSTER_ID}_node_task_2` },
    ]);
    assert.deepEqual(client.resizeCalls[0].body.parameters.server_ids, ['task-0', 'task-2']);
    assert.deepEqual(h.history.get('op-1')?.serverIds, ['task-0', 'task-2']);
  });

  it('says "chosen by MRS" for a scale-in without chosen nodes', async () => {
    const client = new FakeClient([clusterOf({ core: 5 }), clusterOf({ core: 3 })]);
    const h = harness(client);
    await h.start({ scaleType: 'scale_in', instances: 2 });
    assert.equal(client.listHostsCalls, 2, 'the plan, and again right before the PUT');
    assert.equal(h.asked[0].removedNodes, 'chosenByMrs');
    assert.equal(h.asked[0].detail, `Nodes to remove from node group ${CORE}: 2, chosen by MRS.`);
  });
});

describe('ResizeLifecycle: refusals and the busy check', () => {
  it('writes a refused record with the code and throws the catalog explanation', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = () =>
      Promise.reject(
        new MrsApiError('12000018: busy', {
          kind: 'conflict',
          status: 400,
          code: '12000018',
          serverMessage: 'The cluster is being scaled out.',
        }),
      );
    const h = harness(client);
    await assert.rejects(h.start(), (e: unknown) => {
      assert.ok(e instanceof ResizeRefusedError);
      assert.equal(e.code, '12000018');
      assert.equal(e.operationId, 'op-1');
      assert.match(e.message, /^MRS refused the resize \(12000018\): A scale-out or scale-in is already in progress/);
      assert.match(e.message, /MRS says: “The cluster is being scaled out\.” /);
      return true;
    });
    const record = h.history.get('op-1');
    assert.equal(record?.state, 'refused');
    assert.equal(record?.errorCode, '12000018');
    assert.equal(record?.errorInfo, 'The cluster is being scaled out.');
    assert.match(
      record?.message ?? '',
      /^MRS refused the resize \(12000018\): .* MRS says: “The cluster is being scaled out\.”/,
    );
    assert.equal(record?.endedAt, new Date(T0).toISOString());
    assert.equal(onDisk(h.folder)[0].state, 'refused');
    assert.equal(client.resizeCalls.length, 1);
    assert.equal(h.lifecycle.knownBusy(CLUSTER_ID), undefined);
  });

  it('records "not sent" when the connection failed before the request left', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = () => Promise.reject(new MrsApiError('refused', { kind: 'network' }));
    const h = harness(client);
    await assert.rejects(h.start(), /^Error|could not be sent/);
    assert.equal(h.history.get('op-1')?.state, 'notSent');
  });

  it('refuses a second resize of a cluster while the first is sent or followed, naming this window', async () => {
    const client = new FakeClient([clusterOf(), scaling]);
    const h = harness(client);
    const id = operationId(await h.start());
    await assert.rejects(h.start(), (e: unknown) => {
      assert.ok(e instanceof ResizeBusyError);
      assert.equal(
        e.message,
        'A resize of cluster analytics is already being sent or followed here; wait until it ends.',
      );
      return true;
    });
    assert.match(h.lifecycle.knownBusy(CLUSTER_ID, 'analytics') ?? '', /already being sent or followed here/);
    h.lifecycle.stopFollowing(id);
    await h.settled(id);
    assert.equal(await h.lifecycle.busyReason(CLUSTER_ID), undefined);
    assert.equal(client.resizeCalls.length, 1);
  });

  it('of two resizes confirmed at once, sends the first to take the lock; the other is refused under it', async () => {
    const answers: Array<(ok: boolean) => void> = [];
    const client = new FakeClient([clusterOf(), scaling]);
    const h = harness(client, () => new Promise<boolean>((resolve) => answers.push(resolve)));
    const first = h.start();
    const second = h.start({ instances: 1 });
    while (answers.length < 2) {
      await new Promise((r) => setImmediate(r));
    }
    answers.forEach((answer) => answer(true));
    const results = await Promise.allSettled([first, second]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected'],
    );
    const refusal = (results[1] as PromiseRejectedResult).reason as unknown;
    assert.ok(refusal instanceof ResizeBusyError, String(refusal));
    assert.equal(client.resizeCalls.length, 1);
  });

  it('counts a resize that another window follows as busy, naming the window', async () => {
    const first = harness(new FakeClient([clusterOf(), scaling]));
    await first.start();
    const other = new OperationHistory(new FileJournal(first.folder));
    await other.load();
    const second = harness(new FakeClient([clusterOf()]), true, { history: other, me: { window: 'w2', pid: 1 } });
    assert.match(
      (await second.lifecycle.busyReason(CLUSTER_ID, 'analytics')) ?? '',
      /^A resize of cluster analytics is already being sent or followed by another VS Code window \(process \d+ on .+, since \d\d:\d\d:\d\d\); wait until it ends\.$/,
    );
    await assert.rejects(second.start(), ResizeBusyError);
    first.lifecycle.dispose();
  });
});

describe('ResizeLifecycle: a lost answer', () => {
  it('re-reads once and follows it as accepted when the cluster shows the change; never resends', async () => {
    const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
    client.onResize = lost;
    const h = harness(client);
    const result = await h.start();
    assert.equal(result.status, 'accepted');
    assert.deepEqual(h.sleeper.delays.slice(0, 1), [3_000]);
    assert.equal((await h.settled('op-1')).state, 'succeeded');
    assert.equal(client.resizeCalls.length, 1);
  });

  it('stays "unknown" (named in a warning) until a reading shows the change, then runs to success', async () => {
    const client = new FakeClient([clusterOf(), clusterOf(), clusterOf(), scaling, clusterOf({ core: 5 })]);
    client.onResize = lost;
    const h = harness(client);
    const result = await h.start();
    assert.equal(result.status, 'unknown');
    assert.match(result.status === 'unknown' ? result.message : '', /of analytics was lost and no change is seen/);
    assert.deepEqual(h.reporter.notes[0], {
      kind: 'warning',
      message: h.history.get('op-1')?.message ?? '?',
      id: 'op-1',
    });
    assert.equal(h.history.get('op-1')?.state, 'unknown');
    const done = await h.settled('op-1');
    assert.equal(done.state, 'succeeded');
    assert.equal(client.resizeCalls.length, 1);
  });

  it('ends as failed when no change shows within the grace period; never resends', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = lost;
    const h = harness(client);
    await h.start();
    const done = await h.settled('op-1');
    assert.equal(done.state, 'failed');
    assert.match(done.message ?? '', /No change was seen on analytics/);
    assert.equal(client.resizeCalls.length, 1);
  });

  it('treats a cancel while the PUT is on the wire like a lost answer', async () => {
    const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
    const abort = new AbortController();
    client.onResize = () => {
      abort.abort();
      return Promise.reject(new CancelledAfterSendError());
    };
    const h = harness(client);
    assert.equal((await h.start({}, { signal: abort.signal })).status, 'accepted');
    assert.equal(client.resizeCalls.length, 1);
  });
});
