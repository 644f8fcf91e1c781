// The flavors MRS offers for the first task nodes, against the emulator (docs/quota-api.md §5, §6):
// MRS's available-flavor for the cluster's version (its space encoded in the path) kept to its zone, ECS's
// vCPUs and memory of the zone's flavors, both read once; a 403 or a missing endpoint is a reason, never
// an error; and in the one plan, a flavor not offered is a warning and ECS's figures count in the quota.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import { preparePlan, type ResizePlan } from '../../src/core/plan';
import { readFlavorOffer } from '../../src/core/quota/offeredFlavors';
import { CachedQuotaReads } from '../../src/core/quota/reader';
import { englishTranslate as t } from '../../src/core/translate';
import { akskOf, connect, idOf, sent, useEmulator, type TestConnection } from './support';

function client(emu: Emulator): TestConnection {
  return connect(emu, akskOf(emu));
}

async function offerOf(emu: Emulator, conn: TestConnection, name: string) {
  const cluster = await conn.client.getCluster(idOf(emu, name));
  return readFlavorOffer(conn.quota, cluster, t);
}

async function firstTaskPlan(emu: Emulator, conn: TestConnection, nodeSize: string): Promise<ResizePlan> {
  const draft = {
    scaleType: 'scale_out' as const,
    group: 'task_node_default_group',
    instances: 2,
    taskNodeInfo: { nodeSize, dataVolumeType: 'SATA', dataVolumeCount: 1, dataVolumeSize: 100 },
  };
  const order = { connection: 'emu', clusterId: idOf(emu, 'etl-nightly'), wayIn: 'cli' as const, ask: { draft } };
  return preparePlan(conn.client, order, { t, nowMs: Date.now(), quota: conn.quota });
}

describe('contract: the flavors MRS offers, against the emulator', function () {
  this.timeout(20_000);
  const ctx = useEmulator();

  it("reads the task flavors of the cluster's version and zone, with ECS's vCPUs and memory, one request each", async () => {
    const conn = client(ctx.emu);
    const offer = await offerOf(ctx.emu, conn, 'etl-nightly');
    assert.ok(offer.ok, JSON.stringify(offer));
    assert.equal(offer.zone, `${ctx.emu.credentials.region}a`);
    const byName = new Map(offer.flavors.map((f) => [f.name, f]));
    assert.deepEqual(byName.get('s3.xlarge.2.linux.bigdata'), {
      name: 's3.xlarge.2.linux.bigdata',
      cores: 4,
      ramMb: 8192,
    });
    assert.deepEqual(byName.get('c6.2xlarge.4.linux.bigdata'), {
      name: 'c6.2xlarge.4.linux.bigdata',
      cores: 8,
      ramMb: 32768,
    });
    assert.deepEqual([sent(ctx.emu, 'availableFlavors'), sent(ctx.emu, 'ecsFlavors')], [1, 1]);
  });

  it("asks for the cluster's own version: MRS 1.5.1 is offered the older families only", async () => {
    const offer = await offerOf(ctx.emu, client(ctx.emu), 'legacy-hadoop');
    assert.ok(offer.ok);
    assert.ok(offer.flavors.length > 0);
    assert.ok(
      offer.flavors.every((f) => f.name.startsWith('c6.')),
      JSON.stringify(offer.flavors),
    );
  });

  for (const [what, fault, reason] of [
    [
      'a 403 (no permission)',
      { kind: 'status', status: 403, errorCode: 'MRS.0003', errorMsg: 'no permission' },
      /^no permission \(HTTP 403/,
    ],
    ['an endpoint that is not there (404 web page)', { kind: 'html', status: 404 }, /does not serve this API/],
  ] as const) {
    it(`${what} on MRS's read is a reason, never an error`, async () => {
      ctx.emu.addFault({ route: 'availableFlavors', times: 'always', ...fault });
      const offer = await offerOf(ctx.emu, client(ctx.emu), 'etl-nightly');
      assert.equal(offer.ok, false);
      assert.match(offer.ok ? '' : offer.reason, reason);
      ctx.emu.clearFaults();
    });
  }

  it("keeps MRS's names when ECS refuses, saying why the sizes are missing", async () => {
    ctx.emu.addFault({ route: 'ecsFlavors', times: 'always', kind: 'status', status: 403, errorCode: 'Pdp.0001' });
    const offer = await offerOf(ctx.emu, client(ctx.emu), 'etl-nightly');
    assert.ok(offer.ok);
    assert.ok(offer.flavors.length > 0 && offer.flavors.every((f) => f.cores === undefined));
    assert.match(offer.sizesNotRead ?? '', /^no permission \(HTTP 403/);
    ctx.emu.clearFaults();
  });

  it('is read once for a form and the plan that follows, through the cached reader', async () => {
    const conn = client(ctx.emu);
    const cached = { ...conn, quota: new CachedQuotaReads(conn.quota, Date.now) };
    await offerOf(ctx.emu, cached, 'etl-nightly');
    await firstTaskPlan(ctx.emu, cached, 's3.xlarge.2.linux.bigdata');
    assert.deepEqual([sent(ctx.emu, 'availableFlavors'), sent(ctx.emu, 'ecsFlavors')], [1, 1]);
  });

  it('plans a flavor MRS does not offer with a warning naming the offered ones, and stays ready', async () => {
    const plan = await firstTaskPlan(ctx.emu, client(ctx.emu), 'c6.large.2.linux.bigdata');
    assert.equal(plan.ready, true, JSON.stringify(plan.problems));
    const warning = plan.problems.find((p) => p.code === 'taskNodeInfo.flavorNotOffered');
    assert.equal(warning?.severity, 'warning');
    assert.match(
      warning?.message ?? '',
      /^MRS does not offer c6\.large\.2\.linux\.bigdata .* Offered: .*s3\.xlarge\.2/,
    );
  });

  it("counts the first task nodes' vCPUs and memory from ECS, not from the name", async () => {
    const plan = await firstTaskPlan(ctx.emu, client(ctx.emu), 'c6.2xlarge.4.linux.bigdata');
    assert.equal(plan.ready, true, JSON.stringify(plan.problems));
    assert.ok(!plan.problems.some((p) => p.code === 'taskNodeInfo.flavorNotOffered'));
    const perNode = plan.quota?.perNode;
    assert.deepEqual([perNode?.cores, perNode?.ramMb, perNode?.estimated], [8, 32768, false]);
  });
});
