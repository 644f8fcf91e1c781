import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { createMrsClient } from '../../src/core/api/createMrsClient';
import type { MrsClient } from '../../src/core/api/MrsClient';
import type { TestApi } from '../../src/extension';
import type { ClusterTreeElement } from '../../src/vscode/tree/elements';
import { config, rows, useEmulatorConnection, waitFor } from './support';

function emulatorClient(emu: Emulator): MrsClient {
  const { region, projectId, ak, sk } = emu.credentials;
  return createMrsClient({
    region,
    projectId,
    mrsEndpoint: emu.url,
    iamEndpoint: emu.url,
    credential: { kind: 'aksk', accessKey: ak, secretKey: sk },
  });
}

describe('Clusters view against the emulator', function () {
  this.timeout(60_000);
  const suite = useEmulatorConnection();
  let api: TestApi;
  let emu: Emulator;

  before(() => ({ api, emu } = suite));

  const tooltipOf = (element: ClusterTreeElement): string => {
    const tip = api.tree.getTreeItem(element).tooltip;
    return typeof tip === 'string' ? tip : (tip?.value ?? '');
  };

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
    assert.equal(byName.get('retry-scaleout')?.description, 'resize failed · 3 core · 1 task');
  });

  it('shows the hybrid cluster with its custom-named task group as task, each group by name', async () => {
    const hybrid = (await rows(api)).find((r) => r.label === 'hybrid-insights');
    assert.ok(hybrid);
    assert.equal(hybrid.description, 'running · 5 core · 2 task');
    const groups = await rows(api, hybrid.element);
    assert.deepEqual(
      groups.map((g) => [g.label, g.contextValue]),
      [
        ['Master', 'nodeGroup:master:running:canScaleOut'],
        ['Core · analysis', 'nodeGroup:core:running:canScaleOut:canScaleIn'],
        ['Core · streaming', 'nodeGroup:core:running:canScaleOut:canScaleIn'],
        ['Task · node_group_batch', 'nodeGroup:task:running:canScaleOut:canScaleIn'],
      ],
    );
    assert.equal((await rows(api, groups[3].element)).length, 2, 'the task group holds its 2 hosts');
  });

  it('shows a custom cluster by its nodes: each group by its MRS name and role, billing, and what may be resized', async () => {
    const lake = (await rows(api)).find((r) => r.label === 'custom-lake');
    assert.ok(lake);
    const groups = await rows(api, lake.element);
    assert.deepEqual(
      groups.map((g) => [g.label, g.contextValue]),
      [
        ['Master', 'nodeGroup:master:running:canScaleOut'],
        ['Core · node_group_data', 'nodeGroup:core:running:canScaleOut:canScaleIn'],
        ['Core · node_group_hbase', 'nodeGroup:core:running:canScaleOut:canScaleIn'],
        ['Task · node_group_compute', 'nodeGroup:task:running:canScaleOut:canScaleIn'],
        // Yearly/monthly: a scale-out is an order to pay, a scale-in is refused (unsubscribe in the console).
        ['Task · node_group_reserved', 'nodeGroup:task:running:canScaleOut'],
      ],
    );
    assert.match(groups[4].description, /^2 · yearly\/monthly/);
    assert.match(tooltipOf(groups[4].element), /Billing: yearly\/monthly/);
    assert.equal(
      (await rows(api)).find((r) => r.label === 'custom-lake')?.description,
      'running · 5 core · 4 task',
      'the row counts the roles the nodes have',
    );
    const hosts = await rows(api, groups[3].element);
    assert.equal(hosts.length, 2, 'the task group holds its 2 hosts');
    assert.match(tooltipOf(hosts[0].element), /Node status: running/);
    assert.match(tooltipOf(hosts[0].element), /Components: NodeManager/);
  });

  it('offers no scale-in on a cluster with 3 core nodes, and no scale-out at 500 nodes', async () => {
    const groupsOf = async (name: string) => {
      const cluster = (await rows(api)).find((r) => r.label === name);
      assert.ok(cluster, name);
      return (await rows(api, cluster.element)).map((g) => `${g.label} ${g.contextValue ?? ''}`);
    };
    assert.deepEqual(await groupsOf('etl-nightly'), [
      'Master nodeGroup:master:running:canScaleOut',
      'Core nodeGroup:core:running:canScaleOut',
    ]);
    // bigscale-batch has 3 core and 495 task nodes: 2 more reach the limit.
    const id = emu.clusterIdByName('bigscale-batch') ?? '';
    await emulatorClient(emu).resize(id, {
      parameters: {
        scale_type: 'scale_out',
        node_id: 'node_orderadd',
        node_group: 'task_node_analysis_group',
        instances: 2,
      },
    });
    await waitFor(
      async () => (await emulatorClient(emu).getCluster(id)).state === 'running',
      'bigscale-batch back to running',
      30_000,
    );
    const element = (await rows(api)).find((r) => r.label === 'bigscale-batch')?.element;
    await vscode.commands.executeCommand('mrs.cluster.refresh', element);
    assert.deepEqual(await groupsOf('bigscale-batch'), [
      'Master nodeGroup:master:running:canScaleOut',
      'Core nodeGroup:core:running',
      'Task nodeGroup:task:running:canScaleIn',
    ]);
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
      [
        'nodeGroup:master:running:canScaleOut',
        'nodeGroup:core:running:canScaleOut:canScaleIn',
        'nodeGroup:task:running:canScaleOut:canScaleIn',
      ],
    );
    const hosts = await rows(api, groups[1].element);
    assert.equal(hosts.length, 5);
    assert.ok(
      hosts.every((h) => /^\d+\.\d+\.\d+\.\d+$/.test(h.description)),
      `running hosts show their IP only: ${hosts.map((h) => h.description).join()}`,
    );
  });

  it('shows one error row with its reason on a 503, and recovers on Retry', async () => {
    emu.addFault({ kind: 'status', status: 503, route: 'listClusters', times: 10 });
    api.model.reset();
    const failed = await rows(api);
    assert.equal(failed.length, 1);
    assert.equal(failed[0].contextValue, 'message:error');
    assert.match(
      failed[0].label,
      /^The service is unavailable or failed internally\. \(APIGW\.0201\) MRS says: “Backend unavailable”$/,
    );
    assert.match(tooltipOf(failed[0].element), /^\*\*Could not list clusters: The service is unavailable/);
    emu.clearFaults();
    await vscode.commands.executeCommand('mrs.clusters.retry', failed[0].element);
    assert.ok((await rows(api)).length > 10);
  });

  it('puts the error row on top of the clusters listed before, which are marked possibly stale', async () => {
    assert.ok((await rows(api)).every((r) => !r.description.endsWith('possibly stale')));
    emu.addFault({ kind: 'status', status: 503, route: 'listClusters', times: 10 });
    await vscode.commands.executeCommand('mrs.clusters.refresh');
    const [error, ...clusters] = await rows(api);
    assert.equal(error.contextValue, 'message:error');
    assert.match(error.label, /^The service is unavailable or failed internally\./);
    assert.ok(clusters.length > 10);
    assert.deepEqual(
      clusters.filter((r) => !r.description.endsWith(' · possibly stale')).map((r) => r.label),
      [],
    );
    assert.match(tooltipOf(clusters[0].element), /^\*Possibly stale: the list could not be refreshed\.\*/);
    emu.clearFaults();
    const click = api.tree.getTreeItem(error.element).command;
    assert.equal(click?.command, 'mrs.clusters.retry');
    await vscode.commands.executeCommand(click.command, ...((click.arguments ?? []) as unknown[]));
    const after = await rows(api);
    assert.equal(after[0].contextValue?.startsWith('cluster:'), true);
    assert.ok(after.every((r) => !r.description.endsWith('possibly stale')));
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
    // A part of the name, anywhere in it, as MRS's clusterName filter matches.
    await api.filter.set({ name: 'analytics' });
    assert.deepEqual(
      (await rows(api)).map((r) => r.label),
      ['analytics-prod', 'memory-analytics'],
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
