// The seeds: 'default' covers every state and the edge cases; 'many' has 2,000 deterministic
// clusters; 'empty' has none; ids and hosts are the same on every run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { startEmulator, type Emulator } from '../../../emulator';
import { CLUSTER_STATES } from '../../../emulator/model';
import { seedClusters } from '../../../emulator/seeds';
import { call, getToken } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Listed {
  clusterId: string;
  clusterName: string;
  clusterState: string;
  scale: string;
  stageDesc: string | null;
  clusterType: number;
  billingType: string;
  coreNodeNum: string;
  totalNodeNum: string;
  createAt: string;
  orderId: string | null;
  clusterVersion: string;
  taskNodeGroups: { groupName: string; nodeNum: number }[];
}

async function listAll(emu: Emulator, pageSize = 100): Promise<{ total: number; clusters: Listed[] }> {
  const token = await getToken(emu);
  const clusters: Listed[] = [];
  let total = 0;
  for (let page = 1; page === 1 || clusters.length < total; page++) {
    const res = await call(emu, 'GET', `/v1.1/{p}/cluster_infos?pageSize=${pageSize}&currentPage=${page}`, { token });
    const body = res.json as { clusterTotal: number; clusters: Listed[] };
    total = body.clusterTotal;
    clusters.push(...body.clusters);
    if (body.clusters.length === 0) {
      break;
    }
  }
  return { total, clusters };
}

describe('emulator seeds', () => {
  it("'default' has a cluster in every state and the resize edge cases", async () => {
    const emu = await startEmulator({ quiet: true });
    try {
      const { clusters } = await listAll(emu);
      const byName = new Map(clusters.map((c) => [c.clusterName, c]));
      assert.deepEqual([...new Set(clusters.map((c) => c.clusterState))].sort(), [...CLUSTER_STATES].sort());
      const running = clusters.filter((c) => c.clusterState === 'running');
      assert.ok(
        running.some((c) => c.taskNodeGroups.some((g) => g.nodeNum > 0)),
        'running with task nodes',
      );
      assert.ok(
        running.some((c) => c.taskNodeGroups.length === 0),
        'running without task group',
      );
      assert.ok(
        running.some((c) => c.clusterType === 1),
        'a streaming cluster',
      );
      assert.ok(
        clusters.some((c) => c.billingType === 'Yearly/Monthly'),
        'a yearly/monthly cluster',
      );
      assert.equal(byName.get('bigscale-batch')?.totalNodeNum, '500');
      assert.equal(byName.get('log-archive')?.stageDesc, 'Decommissioning instance');
      assert.deepEqual(
        [byName.get('ml-features')?.scale, byName.get('ml-features')?.stageDesc],
        ['scaling-out', 'Creating VM'],
      );
      assert.equal(byName.get('retry-scaleout')?.scale, 'scaling-error');
      assert.equal(byName.get('hybrid-insights')?.clusterType, 2);
      assert.match(byName.get('pending-order')?.orderId ?? '', /^CS[0-9A-F]{18}$/);
      assert.equal(byName.get('pending-order')?.billingType, 'Metered');
      assert.equal(byName.get('legacy-hadoop')?.clusterVersion, 'MRS 1.5.1');
      assert.ok(clusters.every((c) => UUID.test(c.clusterId)));
    } finally {
      await emu.close();
    }
  });

  it('is deterministic: two emulators (and two clocks) give identical lists', async () => {
    const a = await startEmulator({ quiet: true });
    const b = await startEmulator({ quiet: true, now: () => Date.now() + 3600_000 });
    try {
      const [la, lb] = [await listAll(a), await listAll(b)];
      assert.equal(la.clusters.length, seedClusters('default').length, 'the lists are the whole seed');
      assert.deepEqual(la, lb);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("'many' has 2,000 distinct clusters in pages, the same every time", async function () {
    this.timeout(15_000);
    const emu = await startEmulator({ quiet: true, seed: 'many' });
    try {
      const { total, clusters } = await listAll(emu, 500);
      assert.equal(total, 2000);
      assert.equal(clusters.length, 2000);
      assert.equal(new Set(clusters.map((c) => c.clusterId)).size, 2000);
      assert.ok(clusters.filter((c) => c.clusterState === 'running').length > 1000);
      const again = seedClusters('many')
        .map((c) => c.clusterId)
        .sort();
      assert.deepEqual(clusters.map((c) => c.clusterId).sort(), again);
    } finally {
      await emu.close();
    }
  });

  it("'empty' has no clusters; an unknown seed is refused", async () => {
    const emu = await startEmulator({ quiet: true, seed: 'empty' });
    try {
      assert.deepEqual(await listAll(emu), { total: 0, clusters: [] });
    } finally {
      await emu.close();
    }
    await assert.rejects(startEmulator({ quiet: true, seed: 'huge' }), /Unknown seed "huge"/);
    await assert.rejects(startEmulator({ quiet: true, scaleSeconds: -1 }), /scaleSeconds/);
  });

  it('emulator/README.md lists every default cluster with its id and state', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../../emulator/README.md'), 'utf8');
    for (const c of seedClusters('default')) {
      const row = readme.split('\n').find((l) => l.startsWith(`| ${c.clusterName} |`));
      assert.ok(row, c.clusterName);
      assert.ok(row.includes(`\`${c.clusterId}\``) && row.includes(c.clusterState), row);
    }
  });
});
