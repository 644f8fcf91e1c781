import * as assert from 'node:assert/strict';
import { silentLogger } from '../../../../src/core/log';
import { Poller } from '../../../../src/core/explorer/Poller';

/** A manual clock: timers run only when the test advances it. */
class FakeTimers {
  now = 0;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private seq = 0;
  set = (fn: () => void, ms: number): number => {
    this.timers.push({ at: this.now + ms, fn, id: ++this.seq });
    return this.seq;
  };
  clear = (id: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  get pending(): number[] {
    return this.timers.map((t) => t.at - this.now);
  }
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) {
        break;
      }
      this.timers = this.timers.filter((t) => t !== due);
      this.now = due.at;
      due.fn();
      for (let i = 0; i < 10; i++) {
        await Promise.resolve();
      }
    }
    this.now = until;
  }
}

function setup(opts: { targets: string[]; visible?: boolean; failures?: number }) {
  const timers = new FakeTimers();
  const refreshed: string[] = [];
  let failures = opts.failures ?? 0;
  const state = { targets: opts.targets, visible: opts.visible ?? true };
  const poller = new Poller({
    targets: () => state.targets.map((clusterId) => ({ connection: 'c', clusterId })),
    refresh: (_c, id) => {
      refreshed.push(`${timers.now}:${id}`);
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
});
