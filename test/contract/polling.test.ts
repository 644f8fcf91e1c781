// The Clusters view's polling against the emulator over real HTTP, counted per route by the
// emulator: a handful of changing clusters costs one details request each per interval, many cost
// one list request (ExplorerModel + Poller on a manual clock; the requests are real).
import assert from 'node:assert/strict';
import { ExplorerModel } from '../../src/core/explorer/ExplorerModel';
import { LIST_POLL_THRESHOLD } from '../../src/core/explorer/Poller';
import { pollerOf } from '../support/explorer';
import { FakeTimers } from '../support/FakeTimers';
import { akskOf, connect, sent, useEmulator, type EmulatorHandle } from './support';

const INTERVAL = 15_000;

function pollingView(ctx: EmulatorHandle, pageSize: number) {
  const conn = connect(ctx.emu, akskOf(ctx.emu));
  const timers = new FakeTimers();
  const model = new ExplorerModel({
    clientFor: () => Promise.resolve(conn.client),
    pageSize: () => pageSize,
    filter: () => ({}),
    now: () => new Date(),
    onChange: () => undefined,
  });
  const poller = pollerOf(model, timers, INTERVAL);
  /** Real HTTP: wait until the round has ended (the poller scheduled the next one, or has nothing to poll). */
  const settle = async () => {
    for (let i = 0; i < 500 && timers.pending.length === 0 && model.transitional().length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  /** Requests per route during one interval. */
  const oneInterval = async () => {
    const before = { list: sent(ctx.emu, 'listClusters'), details: sent(ctx.emu, 'getCluster') };
    await timers.advance(INTERVAL, settle);
    return { list: sent(ctx.emu, 'listClusters') - before.list, details: sent(ctx.emu, 'getCluster') - before.details };
  };
  return { model, poller, oneInterval };
}

describe('contract: polling cost per interval', function () {
  this.timeout(60_000);

  describe('the 2,000-cluster seed', () => {
    const ctx = useEmulator({ seed: 'many' });

    it(`more than ${LIST_POLL_THRESHOLD} changing clusters: one list request, no details request`, async () => {
      const { model, poller, oneInterval } = pollingView(ctx, 500);
      await model.load('emu');
      const changing = model.transitional().length;
      assert.ok(changing > LIST_POLL_THRESHOLD, `${changing} changing clusters in the first page`);
      poller.update();
      assert.deepEqual(await oneInterval(), { list: 1, details: 0 });
      assert.deepEqual(await oneInterval(), { list: 1, details: 0 });
      assert.equal(model.view('emu').clusters.length, 500);
      poller.dispose();
    });
  });

  describe('a few changing clusters', () => {
    const ctx = useEmulator({ seed: 'many' });

    it(`up to ${LIST_POLL_THRESHOLD}: one details request each`, async () => {
      const { model, poller, oneInterval } = pollingView(ctx, 10);
      await model.load('emu');
      const changing = model.transitional().length;
      assert.ok(changing >= 1 && changing <= LIST_POLL_THRESHOLD, `${changing} changing clusters in the first 10`);
      poller.update();
      assert.deepEqual(await oneInterval(), { list: 0, details: changing });
      poller.dispose();
    });
  });
});
