import * as assert from 'node:assert/strict';
import { silentLogger } from '../../../../src/core/log';
import { LIST_POLL_THRESHOLD, Poller } from '../../../../src/core/explorer/Poller';
import { FakeTimers } from '../../../support/FakeTimers';

/** Targets are `id` (connection 'c') or `connection/id`. */
function setup(opts: { targets: string[]; visible?: boolean; failures?: number }) {
  const timers = new FakeTimers();
  const refreshed: string[] = [];
  let failures = opts.failures ?? 0;
  const state = { targets: opts.targets, visible: opts.visible ?? true };
  const poller = new Poller({
    targets: () =>
      state.targets.map((t) => {
        const [connection, clusterId] = t.includes('/') ? t.split('/') : ['c', t];
        return { connection, clusterId };
      }),
    refresh: (_c, id) => {
      refreshed.push(`${timers.now}:${id}`);
      return failures-- > 0 ? Promise.reject(new Error('503')) : Promise.resolve();
    },
    refreshMany: (c, ids) => {
      refreshed.push(`${timers.now}:list ${c} ${ids.length}`);
      return failures-- > 0 ? Promise.reject(new Error('503')) : Promise.resolve();
    },
    visible: () => state.visible,
    intervalMs: () => 15_000,
    setTimer: timers.set,
    clearTimer: timers.clear,
    logger: silentLogger,
  });
  return { timers, refreshed, poller, state };
}

describe('Poller', () => {
  it('polls nothing while every cluster is stable', async () => {
    const { timers, refreshed, poller } = setup({ targets: [] });
    poller.update();
    await timers.advance(60_000);
    assert.deepEqual(refreshed, []);
    assert.deepEqual(timers.pending, []);
  });

  it('re-reads only the transitional clusters every interval', async () => {
    const { timers, refreshed, poller } = setup({ targets: ['a', 'b'] });
    poller.update();
    poller.update();
    await timers.advance(45_000);
    assert.deepEqual(refreshed, ['15000:a', '15000:b', '30000:a', '30000:b', '45000:a', '45000:b']);
  });

  it('stops when the view is hidden and when the clusters settle', async () => {
    const { timers, refreshed, poller, state } = setup({ targets: ['a'] });
    poller.update();
    state.visible = false;
    poller.update();
    await timers.advance(60_000);
    assert.deepEqual(refreshed, []);
    state.visible = true;
    poller.update();
    await timers.advance(15_000);
    state.targets = [];
    await timers.advance(60_000);
    assert.deepEqual(refreshed, ['75000:a']);
    assert.deepEqual(timers.pending, []);
  });

  it('restarts: drops the pending wait and schedules a whole interval from now', async () => {
    const { timers, refreshed, poller } = setup({ targets: ['a'] });
    poller.update();
    await timers.advance(1_000);
    assert.deepEqual(timers.pending, [14_000]);
    poller.restart();
    assert.deepEqual(timers.pending, [15_000]);
    await timers.advance(15_000);
    assert.deepEqual(refreshed, ['16000:a']);
  });

  it('forgets the backoff of the old clusters on restart', async () => {
    const { timers, refreshed, poller } = setup({ targets: ['a'], failures: 3 });
    poller.update();
    await timers.advance(15_000 + 30_000);
    assert.deepEqual(timers.pending, [60_000]);
    poller.restart();
    assert.deepEqual(timers.pending, [15_000]);
    assert.equal(refreshed.length, 2);
  });

  it('backs off after errors and returns to the interval after a success', async () => {
    const { timers, refreshed, poller } = setup({ targets: ['a'], failures: 2 });
    poller.update();
    await timers.advance(15_000 + 30_000 + 60_000 + 15_000);
    assert.deepEqual(refreshed, ['15000:a', '45000:a', '105000:a', '120000:a']);
  });

  it(`re-reads up to ${LIST_POLL_THRESHOLD} changing clusters one by one, more with one list request`, async () => {
    const ids = (n: number, prefix = '') => Array.from({ length: n }, (_, i) => `${prefix}x${i}`);
    const { timers, refreshed, poller, state } = setup({ targets: ids(LIST_POLL_THRESHOLD) });
    poller.update();
    await timers.advance(15_000);
    assert.deepEqual(
      refreshed,
      ids(LIST_POLL_THRESHOLD).map((id) => `15000:${id}`),
    );
    refreshed.length = 0;
    state.targets = ids(LIST_POLL_THRESHOLD + 1);
    await timers.advance(15_000);
    assert.deepEqual(refreshed, [`30000:list c ${LIST_POLL_THRESHOLD + 1}`]);
  });

  it('counts the threshold per connection', async () => {
    const many = Array.from({ length: 7 }, (_, i) => `a/m${i}`);
    const { timers, refreshed, poller } = setup({ targets: [...many, 'b/one', 'b/two'] });
    poller.update();
    await timers.advance(15_000);
    assert.deepEqual(refreshed, ['15000:list a 7', '15000:one', '15000:two']);
  });

  it('backs off after list errors as after details errors, and returns to the interval', async () => {
    const targets = Array.from({ length: 10 }, (_, i) => `x${i}`);
    const { timers, refreshed, poller } = setup({ targets, failures: 2 });
    poller.update();
    await timers.advance(15_000 + 30_000 + 60_000 + 15_000);
    assert.deepEqual(refreshed, ['15000:list c 10', '45000:list c 10', '105000:list c 10', '120000:list c 10']);
  });

  it('a restart during a list round drops that round and its backoff', async () => {
    const targets = Array.from({ length: 10 }, (_, i) => `x${i}`);
    const { timers, refreshed, poller } = setup({ targets, failures: 5 });
    poller.update();
    await timers.advance(15_000);
    assert.deepEqual(timers.pending, [30_000]);
    poller.restart();
    assert.deepEqual(timers.pending, [15_000]);
    assert.deepEqual(refreshed, ['15000:list c 10']);
  });
});
