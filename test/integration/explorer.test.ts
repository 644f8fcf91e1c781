import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import type { TestApi } from '../../src/extension';
import { config, rows, useEmulatorConnection, waitFor } from './support';

describe('Clusters view against the emulator', function () {
  this.timeout(60_000);
  const suite = useEmulatorConnection();
  let api: TestApi;
  let emu: Emulator;

  before(() => ({ api, emu } = suite));

  afterEach(async () => {
    emu.clearFaults();
    await config().update('explorer.pageSize', undefined, vscode.ConfigurationTarget.Global);
    await api.filter.set({});
  });

  it('lists the seeded clusters with their states and counts', async () => {
    const clusters = await rows(api);
    const byName = new Map(clusters.map((r) => [r.label, r]));
    assert.equal(byName.get('analytics-prod')?.description, 'running · 5 core · 4 task');
    assert.equal(byName.get('etl-nightly')?.description, 'running · 3 core');
    assert.equal(byName.get('ml-features')?.contextValue, 'cluster:scaling-out');
    assert.equal(byName.get('hbase-online')?.contextValue, 'cluster:abnormal');
    assert.match(byName.get('retry-scaleout')?.description ?? '', /last resize failed/);
  });

  it('expands a cluster into node groups and a group into its hosts', async () => {
    const cluster = (await rows(api)).find((r) => r.label === 'analytics-prod');
    assert.ok(cluster);
    const groups = await rows(api, cluster.element);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Master', 'Core', 'Task'],
    );
    assert.deepEqual(
      groups.map((g) => g.contextValue),
      ['nodeGroup:master:running', 'nodeGroup:core:running', 'nodeGroup:task:running'],
    );
    const hosts = await rows(api, groups[1].element);
    assert.equal(hosts.length, 5);
    assert.ok(
      hosts.every((h) => /ACTIVE$/.test(h.description)),
      hosts.map((h) => h.description).join(),
    );
  });

  it('shows one error row on a 503, and recovers on Retry', async () => {
    emu.addFault({ kind: 'status', status: 503, route: 'listClusters', times: 10 });
    api.model.reset();
    const failed = await rows(api);
    assert.equal(failed.length, 1);
    assert.equal(failed[0].contextValue, 'message:error');
    assert.match(failed[0].label, /^Could not list clusters: /);
    emu.clearFaults();
    await vscode.commands.executeCommand('mrs.clusters.refresh');
    assert.ok((await rows(api)).length > 10);
  });

  it('pages with "Load more…"', async () => {
    await config().update('explorer.pageSize', 5, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.model.view('emu').status === 'idle', 'reset after the setting changed');
    const first = await rows(api);
    assert.equal(first.length, 6);
    assert.equal(first[5].contextValue, 'loadMore');
    await vscode.commands.executeCommand('mrs.clusters.loadMore', 'emu');
    const second = await rows(api);
    assert.equal(second.filter((r) => r.contextValue?.startsWith('cluster:')).length, 10);
    assert.equal(new Set(second.map((r) => r.label)).size, second.length, 'no cluster twice');
  });

  it('filters by name and state, shows the filter in the view, and clears it', async () => {
    await api.filter.set({ name: 'analytics' });
    assert.deepEqual(
      (await rows(api)).map((r) => r.label),
      ['analytics-prod'],
    );
    assert.match(api.explorer.view.description ?? '', /analytics/);
    await api.filter.set({ state: 'frozen' });
    assert.deepEqual(
      (await rows(api)).map((r) => r.label),
      ['finance-frozen'],
    );
    await vscode.commands.executeCommand('mrs.clusters.clearFilter');
    assert.equal(api.explorer.view.description, undefined);
    assert.ok((await rows(api)).length > 10);
  });

  it('says so when a region has no clusters', async () => {
    await api.filter.set({ name: 'no-such-cluster' });
    const r = await rows(api);
    assert.equal(r.length, 1);
    assert.equal(r[0].contextValue, 'message:info');
    assert.equal(r[0].label, 'No clusters in cn-north-4');
  });

  it('shows the active connection in the status bar', () => {
    assert.equal(api.statusBar.text, '$(cloud) MRS: emu · cn-north-4');
  });

  it('re-reads a cluster when asked, keeping the same tree element', async () => {
    const before = (await rows(api)).find((r) => r.label === 'etl-nightly');
    assert.ok(before);
    emu.resetRequests();
    await vscode.commands.executeCommand('mrs.cluster.refresh', before.element);
    assert.equal(emu.requests().routes.getCluster.count, 1);
    const after = (await rows(api)).find((r) => r.label === 'etl-nightly');
    assert.equal(after?.element, before.element);
  });
});
