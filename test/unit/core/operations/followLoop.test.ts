// Following a resize with an injected clock: success, scaling-error, abnormal, failed, timeout,
// transient poll errors, stop, and the "still running with the old count" start.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { CancelledError } from '../../../../src/core/errors';
import type { Cluster } from '../../../../src/core/model/cluster';
import { followLoop, type FollowOptions, type FollowProgress } from '../../../../src/core/operations';
import { type ResizeTarget } from '../../../../src/core/plan';
import { englishTranslate } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { FakeClock, FakeSleep, T0 } from '../../../support/unit/fakes';
import { CORE, TASK, clusterOf } from '../resize/clusters';
import { FakeClient, type Reading } from './fakeClient';

const target: ResizeTarget = {
  clusterId: CLUSTER_ID,
  clusterName: 'analytics',
  groupName: CORE,
  role: 'core',
  scaleType: 'scale_out',
  from: 3,
  to: 5,
};

const before = clusterOf();
const scalingOut = (stageDesc = 'Creating VM'): Cluster =>
  clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out', stageDesc } });
const done = clusterOf({ core: 5 });
const scaleError = clusterOf({
  cluster: {
    scale: 'scaling-error',
    stageDesc: 'Cluster expansion failed',
    errorInfo: 'MRS.104 Insufficient resources',
  },
});
const unavailable = (): MrsApiError => new MrsApiError('503', { kind: 'unavailable', status: 503 });

async function watch(readings: Reading[], extra: Partial<FollowOptions> = {}) {
  const client = new FakeClient(readings);
  const clock = new FakeClock();
  const sleeper = new FakeSleep(clock);
  const progress: FollowProgress[] = [];
  const result = await followLoop({
    client,
    target,
    t: englishTranslate,
    clock: clock.clock,
    sleep: sleeper.sleep,
    onProgress: (p) => progress.push(p),
    ...extra,
  });
  return { result, progress, delays: sleeper.delays, polls: client.getClusterCalls, elapsed: clock.nowMs - T0 };
}

describe('followLoop', () => {
  it('succeeds when back to running with the target count, after a short delay and then every 15 s', async () => {
    const w = await watch([before, scalingOut(), scalingOut('Initializing VM'), done]);
    assert.equal(w.result.status, 'succeeded');
    assert.equal(w.result.message, 'Resize of analytics succeeded: 3 → 5 core nodes.');
    assert.equal(w.result.count, 5);
    assert.deepEqual(w.delays, [5_000, 15_000, 15_000, 15_000]);
    assert.deepEqual(
      w.progress.map((p) => [p.state, p.stageDesc, p.count, p.changeSeen, p.elapsedMs]),
      [
        ['running', undefined, 3, false, 5_000],
        ['scaling-out', 'Creating VM', 3, true, 20_000],
        ['scaling-out', 'Initializing VM', 3, true, 35_000],
        ['running', undefined, 5, true, 50_000],
      ],
    );
  });

  it('fails with stageDesc and errorInfo when it ends running with scaling-error', async () => {
    const w = await watch([scalingOut(), scaleError]);
    assert.equal(w.result.status, 'failed');
    assert.equal(w.result.reason, 'scaleError');
    assert.equal(w.result.message, 'Resize of analytics failed: MRS.104 Insufficient resources');
    assert.equal(w.result.stageDesc, 'Cluster expansion failed');
    assert.equal(w.result.errorInfo, 'MRS.104 Insufficient resources');
  });

  it('fails when it ends running with another count than the target', async () => {
    for (const end of [clusterOf({ core: 4 }), before]) {
      const w = await watch([scalingOut(), end]);
      assert.equal(w.result.status, 'failed');
      assert.equal(w.result.reason, 'wrongCount');
      assert.equal(
        w.result.message,
        `Resize of analytics ended with a node count of ${end.coreCount} in node group ${CORE} instead of 5.`,
      );
    }
  });

  it('ends with an error when the cluster turns abnormal or failed', async () => {
    const abnormal = clusterOf({
      cluster: { state: 'abnormal', stateText: 'abnormal', stageDesc: 'Adding node to the cluster' },
    });
    const a = await watch([scalingOut(), abnormal]);
    assert.deepEqual([a.result.status, a.result.reason], ['failed', 'clusterAbnormal']);
    assert.equal(a.result.message, 'Resize of analytics stopped: the cluster is abnormal. Adding node to the cluster');
    const failed = clusterOf({
      cluster: { state: 'failed', stateText: 'failed', errorInfo: 'MRS.300 internal error' },
    });
    const f = await watch([failed]);
    assert.deepEqual([f.result.status, f.result.reason], ['failed', 'clusterFailed']);
    assert.equal(f.result.message, 'Resize of analytics stopped: the cluster is failed. MRS.300 internal error');
  });

  it('ends with an error when the cluster is deleted', async () => {
    const gone = await watch([scalingOut(), new MrsApiError('gone', { kind: 'notFound', code: '12000003' })]);
    assert.deepEqual([gone.result.status, gone.result.reason], ['failed', 'clusterDeleted']);
    assert.equal(gone.result.message, 'Resize of analytics stopped: the cluster no longer exists.');
    const terminating = await watch([clusterOf({ cluster: { state: 'terminating', stateText: 'terminating' } })]);
    assert.deepEqual([terminating.result.status, terminating.result.reason], ['failed', 'clusterDeleted']);
  });

  it('times out after 60 minutes by default, polling once more at the deadline', async () => {
    const w = await watch([scalingOut()]);
    assert.equal(w.result.status, 'timedOut');
    assert.equal(
      w.result.message,
      'Stopped following the resize of analytics after 60 minutes; it may still be running on the server.',
    );
    assert.equal(w.elapsed, 60 * 60_000);
    assert.equal(w.polls, 241);
    assert.equal(w.delays.at(-1), 10_000);
    assert.equal(w.result.stageDesc, 'Creating VM');
  });

  it('honours its own interval, initial delay and timeout', async () => {
    const w = await watch([scalingOut()], { initialDelayMs: 1_000, intervalMs: 30_000, timeoutMs: 100_000 });
    assert.deepEqual(w.delays, [1_000, 30_000, 30_000, 30_000, 9_000]);
    assert.equal(w.result.status, 'timedOut');
  });

  it('keeps going through transient poll errors, backing off, and resets after a good poll', async () => {
    const errors: number[] = [];
    const w = await watch([scalingOut(), unavailable(), unavailable(), unavailable(), scalingOut(), done], {
      onPollError: (_e, n) => errors.push(n),
    });
    assert.equal(w.result.status, 'succeeded');
    assert.deepEqual(errors, [1, 2, 3]);
    assert.deepEqual(w.delays, [5_000, 15_000, 30_000, 60_000, 120_000, 15_000]);
  });

  it('caps the backoff', async () => {
    const w = await watch([unavailable(), unavailable(), unavailable(), unavailable(), done], { maxBackoffMs: 40_000 });
    assert.deepEqual(w.delays, [5_000, 30_000, 40_000, 40_000, 40_000]);
    assert.equal(w.result.status, 'succeeded');
  });

  it('does not fail while the cluster still reads running with the old count right after the PUT', async () => {
    const w = await watch([before, before, before, scalingOut(), done]);
    assert.equal(w.result.status, 'succeeded');
  });

  it('fails with "no change seen" once the grace period has passed', async () => {
    const w = await watch([before]);
    assert.deepEqual([w.result.status, w.result.reason], ['failed', 'noChange']);
    assert.equal(w.elapsed, 305_000, 'first poll at or after 5 minutes');
    assert.equal(
      w.result.message,
      'No change was seen on analytics within 5 minutes: the resize probably did not start. Check the cluster before retrying.',
    );
  });

  it('does not take an old scaling-error for this resize, but does take a new one', async () => {
    const oldFailure = { scale: 'scaling-error', stageDesc: scaleError.stageDesc, errorInfo: scaleError.errorInfo };
    const old = await watch([scaleError, scaleError, scalingOut(), done], { before: oldFailure });
    assert.equal(old.result.status, 'succeeded');
    const stale = await watch([scaleError], { before: oldFailure, graceMs: 60_000 });
    assert.equal(stale.result.reason, 'noChange');
    const fresh = await watch([scaleError], { before: { scale: undefined } });
    assert.deepEqual([fresh.result.reason, fresh.polls], ['scaleError', 1]);
  });

  it('reports a new failure right after an earlier one with its reason, not as "did not start"', async () => {
    const again = clusterOf({ cluster: { scale: 'scaling-error', errorInfo: 'ECS quota exceeded' } });
    const before = { scale: 'scaling-error', errorInfo: 'an older failure' };
    const newReason = await watch([again], { before });
    assert.deepEqual([newReason.result.reason, newReason.polls], ['scaleError', 1]);
    assert.equal(newReason.result.message, 'Resize of analytics failed: ECS quota exceeded');
    const sameReason = await watch([again], { before: { ...before, errorInfo: 'ECS quota exceeded' }, accepted: true });
    assert.equal(sameReason.result.message, 'Resize of analytics failed: ECS quota exceeded');
    const notAnswered = await watch([again], { before: { ...before, errorInfo: 'ECS quota exceeded' } });
    assert.equal(notAnswered.result.reason, 'noChange');
  });

  it('follows a first task group created under the doc name, and a task group scaled in to nothing', async () => {
    const first: ResizeTarget = { ...target, groupName: 'task_node_default_group', role: 'task', from: 0, to: 2 };
    const out = await watch([before, scalingOut(), clusterOf({ task: 2 })], { target: first });
    assert.equal(out.result.status, 'succeeded');
    const empty: ResizeTarget = { ...target, groupName: TASK, role: 'task', scaleType: 'scale_in', from: 2, to: 0 };
    const scalingIn = clusterOf({
      task: 2,
      cluster: { state: 'scaling-in', stateText: 'scaling-in', scale: 'scaling-in' },
    });
    const gone = await watch([scalingIn, before], { target: empty });
    assert.equal(gone.result.status, 'succeeded');
    assert.equal(gone.result.message, 'Resize of analytics succeeded: 2 → 0 task nodes.');
  });

  it('stops when the signal aborts, saying the resize continues on the server', async () => {
    const abort = new AbortController();
    const stopAfterTwo = (p: FollowProgress): void => {
      if (p.elapsedMs >= 20_000) {
        abort.abort();
      }
    };
    const w = await watch([scalingOut()], { signal: abort.signal, onProgress: stopAfterTwo });
    assert.equal(w.result.status, 'stopped');
    assert.equal(w.result.message, 'Stopped following the resize of analytics; the resize continues on the server.');
    assert.equal(w.polls, 2);
    assert.equal(w.result.changeSeen, true);
  });

  it('stops at once when already aborted, and when aborted during a poll', async () => {
    const aborted = new AbortController();
    aborted.abort();
    const early = await watch([scalingOut()], { signal: aborted.signal });
    assert.deepEqual([early.result.status, early.polls], ['stopped', 0]);
    const abort = new AbortController();
    const abortThenFail = (): CancelledError => {
      abort.abort();
      return new CancelledError();
    };
    const during = await watch([abortThenFail], { signal: abort.signal });
    assert.equal(during.result.status, 'stopped');
  });

  it('resumes after a reload: timeout counted from the start, change already seen', async () => {
    const startedAtMs = T0 - 59 * 60_000;
    const resumed = await watch([scalingOut()], { startedAtMs, changeSeen: true, initialDelayMs: 0 });
    assert.equal(resumed.result.status, 'timedOut');
    assert.equal(resumed.elapsed, 60_000);
    const wrong = await watch([before], { startedAtMs: T0, changeSeen: true, initialDelayMs: 0 });
    assert.deepEqual([wrong.result.reason, wrong.polls], ['wrongCount', 1]);
  });

  it('survives a progress callback that throws', async () => {
    const w = await watch([scalingOut(), done], {
      onProgress: () => {
        throw new Error('view gone');
      },
    });
    assert.equal(w.result.status, 'succeeded');
  });
});
