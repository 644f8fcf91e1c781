// The resize operation: pre-flight on fresh details, confirmation, exactly one PUT, re-read after
// an ambiguous failure, typed refusals, one resize per cluster at a time.
import assert from 'node:assert/strict';
import { CancelledAfterSendError, MrsApiError } from '../../../../src/core/api/errors';
import { CancelledError } from '../../../../src/core/errors';
import {
  ResizeBusyError,
  ResizeLocks,
  ResizeOperation,
  ResizePreflightError,
  ResizeRefusedError,
  type ResizeAttempt,
  type ResizeConfirmation,
  type ResizeOutcome,
  type ResizeSent,
} from '../../../../src/core/operations';
import type { ResizeDraft } from '../../../../src/core/resize/rules';
import { englishTranslate } from '../../../../src/shared/translate';
import { FakeClock, FakeSleep, T0 } from '../../../support/unit/fakes';
import { CORE, TASK, clusterOf, taskHosts } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { CLUSTER_ID } from '../../../support/builders';

function setup(client: FakeClient, answer: boolean | ((c: ResizeConfirmation) => Promise<boolean>) = true) {
  const asked: ResizeConfirmation[] = [];
  const locks = new ResizeLocks();
  const clock = new FakeClock();
  const sleeper = new FakeSleep(clock);
  const operation = new ResizeOperation({
    client,
    locks,
    t: englishTranslate,
    clock: clock.clock,
    sleep: sleeper.sleep,
    newId: () => 'op-1',
    confirm: (c) => {
      asked.push(c);
      return typeof answer === 'function' ? answer(c) : Promise.resolve(answer);
    },
  });
  const run = (draft: Partial<ResizeDraft> = {}, more: Partial<ResizeAttempt> = {}): Promise<ResizeOutcome> =>
    operation.run({
      connection: 'prod',
      clusterId: CLUSTER_ID,
      draft: { scaleType: 'scale_out', group: CORE, instances: 2, ...draft },
      ...more,
    });
  return { operation, locks, asked, run, sleeper };
}

function sent(outcome: ResizeOutcome): ResizeSent {
  assert.notEqual(outcome.status, 'declined');
  return outcome as ResizeSent;
}

describe('ResizeOperation', () => {
  it('sends a confirmed core scale-out exactly once and hands the lock to the caller', async () => {
    const client = new FakeClient([clusterOf()]);
    const { run, locks, asked } = setup(client);
    const outcome = sent(await run());
    assert.equal(client.resizeCalls.length, 1);
    assert.deepEqual(client.resizeCalls[0], {
      clusterId: CLUSTER_ID,
      body: { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', node_group: CORE, instances: 2 } },
    });
    assert.equal(client.getClusterCalls, 1);
    assert.equal(client.listHostsCalls, 0);
    assert.equal(outcome.status, 'accepted');
    assert.equal(outcome.via, 'response');
    assert.equal(outcome.message, 'MRS accepted the resize of analytics: 3 → 5 core nodes.');
    assert.deepEqual(outcome.target, {
      clusterId: CLUSTER_ID,
      clusterName: 'analytics',
      groupName: CORE,
      role: 'core',
      scaleType: 'scale_out',
      from: 3,
      to: 5,
    });
    assert.equal(outcome.record.state, 'running');
    assert.equal(outcome.record.requestId, 'req-1');
    assert.equal(outcome.record.startedAt, new Date(T0).toISOString());
    assert.equal(asked.length, 1);
    assert.equal(asked[0].title, 'Scale out core nodes of analytics: 3 → 5?');
    assert.equal(asked[0].detail, `Nodes to add to node group ${CORE}: 2.`);
    assert.equal(asked[0].modal, false);
    assert.equal(asked[0].removedNodes, undefined);
    assert.ok(locks.isLocked('prod', CLUSTER_ID));
    outcome.release();
    outcome.release();
    assert.ok(!locks.isLocked('prod', CLUSTER_ID));
  });

  it('sends nothing when the confirmation is declined, and frees the cluster', async () => {
    const client = new FakeClient([clusterOf()]);
    const { run, locks } = setup(client, false);
    assert.deepEqual(await run(), { status: 'declined' });
    assert.equal(client.resizeCalls.length, 0);
    assert.ok(!locks.isLocked('prod', CLUSTER_ID));
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const client = new FakeClient([clusterOf()]);
    const { run } = setup(client, () => Promise.reject(new CancelledError()));
    await assert.rejects(run(), CancelledError);
    assert.equal(client.resizeCalls.length, 0);
  });

  it('sends nothing when the signal aborts while confirming', async () => {
    const client = new FakeClient([clusterOf()]);
    const abort = new AbortController();
    const { run, locks } = setup(client, () => {
      abort.abort();
      return Promise.resolve(true);
    });
    await assert.rejects(run({}, { signal: abort.signal }), CancelledError);
    assert.equal(client.resizeCalls.length, 0);
    assert.ok(!locks.isLocked('prod', CLUSTER_ID));
  });

  it('refuses in pre-flight when the fresh details show a resize in progress: no confirmation, no PUT', async () => {
    const client = new FakeClient([
      clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out' } }),
    ]);
    const { run, locks, asked } = setup(client);
    await assert.rejects(run(), (e: unknown) => {
      assert.ok(e instanceof ResizePreflightError);
      assert.equal(
        e.message,
        'The resize cannot be sent: A resize is already in progress on this cluster (scaling-out); wait until it ends.',
      );
      assert.deepEqual(
        e.diagnostics.map((d) => d.code),
        ['cluster.resizing'],
      );
      return true;
    });
    assert.equal(asked.length, 0);
    assert.equal(client.resizeCalls.length, 0);
    assert.ok(!locks.isLocked('prod', CLUSTER_ID));
  });

  it('refuses in pre-flight when the rules refuse (core 3, scale in 1), errors first', async () => {
    const client = new FakeClient([clusterOf({ core: 3, cluster: { scale: 'scaling-error' } })]);
    const { run } = setup(client);
    await assert.rejects(run({ scaleType: 'scale_in', instances: 1 }), (e: unknown) => {
      assert.ok(e instanceof ResizePreflightError);
      assert.deepEqual(
        e.diagnostics.map((d) => d.code),
        ['instances.belowCoreMinimum', 'cluster.lastResizeFailed'],
      );
      return true;
    });
    assert.equal(client.resizeCalls.length, 0);
  });

  it('lets a pre-flight read error through and frees the cluster', async () => {
    const client = new FakeClient([new MrsApiError('boom', { kind: 'unavailable', status: 503 })]);
    const { run, locks } = setup(client);
    await assert.rejects(run(), (e: unknown) => e instanceof MrsApiError && e.kind === 'unavailable');
    assert.equal(client.resizeCalls.length, 0);
    assert.ok(!locks.isLocked('prod', CLUSTER_ID));
  });

  it('reads the hosts for a task scale-in with chosen nodes and names them in a modal confirmation', async () => {
    const client = new FakeClient([clusterOf({ task: 3 })]);
    client.hosts = taskHosts(3);
    const { run, asked } = setup(client);
    sent(await run({ group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'task-2'] }));
    assert.equal(client.listHostsCalls, 1);
    assert.equal(asked[0].modal, true);
    assert.equal(asked[0].title, 'Scale in task nodes of analytics: 3 → 1?');
    assert.deepEqual(asked[0].removedNodes, [
      { id: 'task-0', name: `${CLUSTER_ID}_node_task_0` },
      { id: 'task-2', name: `${CLUSTER_ID}_node_task_2` },
    ]);
    assert.equal(
      asked[0].detail,
      `These nodes will be removed from node group ${TASK}: ${CLUSTER_ID}_node_task_0 (task-0), ${CLUSTER_ID}_node_task_2 (task-2).`,
    );
    assert.deepEqual(client.resizeCalls[0].body.parameters.server_ids, ['task-0', 'task-2']);
  });

  it('says "chosen by MRS" for a scale-in without chosen nodes', async () => {
    const client = new FakeClient([clusterOf({ core: 5 })]);
    const { run, asked } = setup(client);
    const outcome = sent(await run({ scaleType: 'scale_in', instances: 2 }));
    assert.equal(client.listHostsCalls, 0);
    assert.equal(asked[0].removedNodes, 'chosenByMrs');
    assert.equal(asked[0].detail, `Nodes to remove from node group ${CORE}: 2, chosen by MRS.`);
    assert.equal(asked[0].modal, true);
    assert.deepEqual(outcome.record.serverIds, []);
  });

  it('refuses a task scale-in that names a host of another group, before asking', async () => {
    const client = new FakeClient([clusterOf({ task: 3 })]);
    client.hosts = taskHosts(3, 'task_node_other_group');
    const { run, asked } = setup(client);
    await assert.rejects(
      run({ group: TASK, scaleType: 'scale_in', instances: 1, serverIds: ['task-0'] }),
      ResizePreflightError,
    );
    assert.equal(asked.length, 0);
    assert.equal(client.resizeCalls.length, 0);
  });
});

describe('ResizeOperation after an ambiguous failure', () => {
  const timeout = (): Promise<never> => Promise.reject(new MrsApiError('timed out', { kind: 'outcomeUnknown' }));

  it('re-reads the cluster and reports "accepted" when it is scaling now, without resending', async () => {
    const client = new FakeClient([
      clusterOf(),
      clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out' } }),
    ]);
    client.onResize = timeout;
    const { run, sleeper, locks } = setup(client);
    const outcome = sent(await run());
    assert.equal(client.resizeCalls.length, 1);
    assert.equal(client.getClusterCalls, 2);
    assert.deepEqual(sleeper.delays, [3_000]);
    assert.equal(outcome.status, 'accepted');
    assert.equal(outcome.via, 'reRead');
    assert.equal(
      outcome.message,
      'The answer to the resize request was lost, but the cluster now shows the change (scaling-out): the request was accepted.',
    );
    assert.equal(outcome.record.state, 'running');
    assert.ok(locks.isLocked('prod', CLUSTER_ID), 'the caller follows it and then releases');
  });

  it('reports "unknown" when nothing changed, without resending', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = timeout;
    const { run } = setup(client);
    const outcome = sent(await run());
    assert.equal(client.resizeCalls.length, 1);
    assert.equal(outcome.status, 'unknown');
    assert.equal(
      outcome.message,
      'The answer to the resize request was lost and no change is seen on the cluster: check the cluster before retrying.',
    );
    assert.equal(outcome.record.state, 'unknown');
    assert.ok(outcome.error instanceof MrsApiError);
  });

  it('counts a changed group size or a new scale status as accepted', async () => {
    for (const after of [clusterOf({ core: 5 }), clusterOf({ cluster: { scale: 'scaling-error' } })]) {
      const client = new FakeClient([clusterOf(), after]);
      client.onResize = timeout;
      assert.equal(sent(await setup(client).run()).status, 'accepted');
    }
  });

  it('handles a cancel after sending like a timeout', async () => {
    const client = new FakeClient([
      clusterOf(),
      clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out' } }),
    ]);
    const abort = new AbortController();
    client.onResize = () => {
      abort.abort();
      return Promise.reject(new CancelledAfterSendError());
    };
    const outcome = sent(await setup(client).run({}, { signal: abort.signal }));
    assert.equal(outcome.status, 'accepted');
    assert.equal(client.resizeCalls.length, 1);
  });

  it('reports "unknown" when the re-read fails too', async () => {
    const client = new FakeClient([clusterOf(), new MrsApiError('down', { kind: 'network' })]);
    client.onResize = timeout;
    const outcome = sent(await setup(client).run());
    assert.equal(outcome.status, 'unknown');
    assert.equal(client.resizeCalls.length, 1);
  });
});

describe('ResizeOperation refusals and the per-cluster lock', () => {
  it('turns an API refusal into a ResizeRefusedError with the catalog explanation and a failed record', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = () =>
      Promise.reject(new MrsApiError('busy', { kind: 'conflict', status: 400, code: '12000018' }));
    const { run, locks } = setup(client);
    await assert.rejects(run(), (e: unknown) => {
      assert.ok(e instanceof ResizeRefusedError);
      assert.equal(e.code, '12000018');
      assert.equal(e.explanation.explanation, 'A scale-out or scale-in is already in progress on this cluster.');
      assert.match(
        e.message,
        /^MRS refused the resize \(12000018\): A scale-out or scale-in is already in progress on this cluster\. Wait/,
      );
      assert.equal(e.record.state, 'failed');
      assert.ok(e.record.endedAt);
      assert.ok(e.apiError instanceof MrsApiError);
      return true;
    });
    assert.equal(client.resizeCalls.length, 1);
    assert.ok(!locks.isLocked('prod', CLUSTER_ID));
  });

  it('lets a cancel before sending through as a CancelledError', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = () => Promise.reject(new CancelledError());
    await assert.rejects(
      setup(client).run(),
      (e: unknown) => e instanceof CancelledError && !(e instanceof CancelledAfterSendError),
    );
  });

  it('refuses a second resize of the same cluster while the first is in progress', async () => {
    let confirmFirst: (ok: boolean) => void = () => undefined;
    const client = new FakeClient([clusterOf()]);
    let asked = 0;
    const { run } = setup(client, () =>
      asked++ === 0 ? new Promise<boolean>((resolve) => (confirmFirst = resolve)) : Promise.resolve(true),
    );
    const first = run();
    await new Promise((r) => setImmediate(r));
    await assert.rejects(run(), (e: unknown) => {
      assert.ok(e instanceof ResizeBusyError);
      assert.equal(
        e.message,
        `A resize of cluster ${CLUSTER_ID} is already being sent or followed in this window; wait until it ends.`,
      );
      return true;
    });
    confirmFirst(true);
    const outcome = sent(await first);
    assert.equal(client.resizeCalls.length, 1);
    await assert.rejects(run({}, { clusterName: 'analytics' }), /A resize of cluster analytics is already/);
    outcome.release();
    sent(await run());
    assert.equal(client.resizeCalls.length, 2);
  });

  it('keys the lock by cluster, whichever connection reaches it', () => {
    const locks = new ResizeLocks();
    const release = locks.tryAcquire('a', 'c1');
    assert.ok(release);
    assert.equal(locks.tryAcquire('a', 'c1'), undefined);
    assert.equal(locks.tryAcquire('b', 'c1'), undefined, 'another connection to the same cluster');
    assert.ok(locks.tryAcquire('a', 'c2'));
    assert.equal(locks.size, 2);
    release();
    const again = locks.tryAcquire('a', 'c1');
    assert.ok(again);
    release();
    assert.ok(locks.isLocked('a', 'c1'), 'a stale release does not free the new holder');
  });
});
