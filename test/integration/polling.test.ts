import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { LIST_POLL_THRESHOLD } from '../../src/core/explorer/Poller';
import type { TestApi } from '../../src/extension';
import { config, rows, useEmulatorConnection, waitFor } from './support';

const INTERVAL_S = 5; // the setting's minimum

describe('Clusters view: fresh without storms', function () {
  this.timeout(60_000);
  const suite = useEmulatorConnection();
  let api: TestApi;
  let emu: Emulator;

  before(async () => {
    ({ api, emu } = suite);
    await config().update('explorer.refreshSeconds', INTERVAL_S, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.explorer.view.visible, 'the Clusters view is visible');
  });

  after(async () => {
    await api.filter.set({});
    await config().update('explorer.refreshSeconds', undefined, vscode.ConfigurationTarget.Global);
  });

  it('re-reads only the clusters that are changing', async () => {
    const loaded = await rows(api);
    const changing = loaded.filter((r) =>
      /^cluster:(scaling-out|scaling-in|starting|terminating)$/.test(r.contextValue ?? ''),
    );
    assert.equal(changing.length, 4, JSON.stringify(loaded.map((r) => `${r.label} ${r.contextValue ?? ''}`)));
    emu.resetRequests();
    await new Promise((r) => setTimeout(r, INTERVAL_S * 1000 + 1500));
    const seen = emu.requests();
    assert.equal(seen.routes.listClusters.count, 0, 'no list request');
    assert.equal(seen.routes.getCluster.count, 4, 'one details request per changing cluster');
    const ids = new Set(seen.log.map((e) => e.path.split('/').pop()));
    for (const r of changing) {
      assert.ok(ids.has((r.element as { clusterId: string }).clusterId));
    }
  });

  it(`past ${LIST_POLL_THRESHOLD} changing clusters, one list request per interval replaces the details requests`, async () => {
    const names = ['etl-nightly', 'stream-events', 'reporting-warehouse'];
    const ids = names.map((n) => emu.clusterIdByName(n) ?? n);
    for (const id of ids) {
      emu.setClusterState(id, { clusterState: 'starting' });
    }
    try {
      await api.filter.set({ state: 'existing' });
      const changing = (await rows(api)).filter((r) =>
        /^cluster:(scaling-out|scaling-in|starting|terminating)$/.test(r.contextValue ?? ''),
      );
      assert.equal(changing.length, 7);
      emu.resetRequests();
      await new Promise((r) => setTimeout(r, INTERVAL_S * 1000 + 1500));
      const seen = emu.requests();
      assert.equal(seen.routes.listClusters.count, 1, JSON.stringify(seen.log));
      assert.equal(seen.routes.getCluster.count, 0, 'no details request');
    } finally {
      for (const id of ids) {
        emu.setClusterState(id, { clusterState: 'running' });
      }
    }
  });

  it('makes no request at all while every cluster is stable, for 3 refresh intervals', async () => {
    await api.filter.set({ state: 'running' });
    const loaded = await rows(api);
    assert.ok(loaded.length > 3 && loaded.every((r) => r.contextValue === 'cluster:running'));
    emu.resetRequests();
    await new Promise((r) => setTimeout(r, 3 * INTERVAL_S * 1000 + 500));
    assert.equal(emu.requests().total, 0, JSON.stringify(emu.requests().log));
  });

  it('follows a cluster to its next state and stops polling it', async () => {
    const id = emu.clusterIdByName('etl-nightly');
    assert.ok(id);
    emu.setClusterState(id, { clusterState: 'starting' });
    await api.filter.set({ name: 'etl-nightly' });
    assert.equal((await rows(api))[0].contextValue, 'cluster:starting');
    emu.setClusterState(id, { clusterState: 'running' });
    await waitFor(
      async () => (await rows(api))[0].contextValue === 'cluster:running',
      'the tree shows running',
      INTERVAL_S * 1000 + 5000,
    );
    emu.resetRequests();
    await new Promise((r) => setTimeout(r, INTERVAL_S * 1000 + 500));
    assert.equal(emu.requests().total, 0);
  });
});
