// `mrs-resize` with the v2 members (`expand`, `shrink`) against the emulator's custom clusters: the
// built CLI checks, plans and applies them with exactly one POST, ends a yearly/monthly group's expand
// as an order to pay (exit 10), asks before adding master nodes, and sends a saved v2 plan, never one
// whose call was swapped. Needs the emulator's v2 routes and seed (custom-lake, custom-degraded).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../../emulator';
import { planDigest } from '../../src/core/plan/savedPlan';
import { emulatorEnv, explain, parseJsonOut, runCli, useTempDir, type CliRun } from './cliSupport';
import { akskOf, connect, idOf, useEmulator } from './support';

/** Fast following: a reading every 0.2 s (the emulator's resize takes 0.25 s). */
const FAST = ['--interval', '0.2'];

/** Requests the emulator counted on a route, by its key ('expand', 'shrink', 'listNodes', 'resize'). */
function count(emu: Emulator, key: string): number {
  const routes = emu.requests().routes as unknown as Record<string, { count: number } | undefined>;
  const counter = routes[key];
  assert.ok(counter, `the emulator counts the route ${key}`);
  return counter.count;
}

function writeFile(dir: string, name: string, clusterId: string, member: string, body: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify({ target: { cluster_id: clusterId }, [member]: body }, null, 2)}\n`);
  return file;
}

describe('contract: mrs-resize with expand and shrink files (the built CLI)', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();
  let n = 0;

  const next = (what: string) => `${what}-${++n}`;
  const journal = () => path.join(tmp.dir, next('journal'));

  function file(cluster: string, member: 'expand' | 'shrink' | 'request', body: unknown): string {
    return writeFile(tmp.dir, `${next(member)}.mrs-resize.json`, idOf(ctx.emu, cluster), member, body);
  }

  function cli(args: readonly string[], input = ''): Promise<CliRun> {
    const fast = args[0] === 'apply' ? FAST : [];
    return runCli([...args, '--journal', journal(), ...fast], emulatorEnv(ctx.emu, { LANG: 'C' }), input);
  }

  async function groupCount(cluster: string, group: string): Promise<number | undefined> {
    const c = await connect(ctx.emu, akskOf(ctx.emu)).client.getCluster(idOf(ctx.emu, cluster));
    return c.nodeGroups.find((g) => g.name === group)?.nodeCount;
  }

  const sent = (key: string) => count(ctx.emu, key);

  describe('check (offline)', () => {
    it('passes an expand and a shrink file, refuses two bodies and a shrink with both count and resource_ids', async () => {
      const ok = [
        writeFile(tmp.dir, 'e.mrs-resize.json', 'c1', 'expand', { node_group_name: 'g', count: 1 }),
        writeFile(tmp.dir, 's.mrs-resize.json', 'c1', 'shrink', { node_group_name: 'g', resource_ids: ['r1'] }),
      ];
      const passed = await runCli(['check', ...ok], { LANG: 'C' });
      assert.equal(passed.code, 0, explain(passed));
      const both = path.join(tmp.dir, 'both.mrs-resize.json');
      fs.writeFileSync(
        both,
        '{\n  "target": { "cluster_id": "c1" },\n  "expand": { "node_group_name": "g", "count": 1 },\n  "shrink": { "node_group_name": "g", "count": 1, "resource_ids": ["r"] }\n}\n',
      );
      const refused = await runCli(['check', both], { LANG: 'C' });
      assert.equal(refused.code, 1, explain(refused));
      assert.match(refused.stdout, /both\.mrs-resize\.json:4:3: error request\.manyBodies /);
      assert.match(
        refused.stdout,
        /both\.mrs-resize\.json:4:51: error schema\.oneOf Only one of shrink\.count, shrink\.resource_ids may be given\./,
      );
    });
  });

  describe('against the emulator’s custom clusters', () => {
    it('plan of an expand: the group’s count, the call, the POST and its body; nothing sent', async () => {
      const f = file('custom-lake', 'expand', { node_group_name: 'node_group_data', count: 2 });
      const run = await cli(['plan', f]);
      assert.equal(run.code, 0, explain(run));
      assert.match(run.stdout, /^custom-lake: core 3 → 5 \(scale out 2\)$/m);
      assert.match(run.stdout, /^ {2}Call: POST \/v2\/\{project_id\}\/clusters\/\{cluster_id\}\/expand$/m);
      assert.match(
        run.stdout,
        new RegExp(`^POST http\\S+/v2/\\S+/clusters/${idOf(ctx.emu, 'custom-lake')}/expand$`, 'm'),
      );
      assert.match(run.stdout, /"skip_bootstrap_scripts": false/);
      assert.equal(sent('expand') + sent('shrink') + sent('resize'), 0);
      const json = parseJsonOut(await cli(['plan', f, '--json'])) as { call: { kind: string } };
      assert.equal(json.call.kind, 'expand');
    });

    it('apply of an expand: one POST expand, the group grows, exit 0', async () => {
      const run = await cli([
        'apply',
        file('custom-lake', 'expand', { node_group_name: 'node_group_compute', count: 1 }),
      ]);
      assert.equal(run.code, 0, explain(run));
      assert.deepEqual([sent('expand'), sent('shrink'), sent('resize')], [1, 0, 0]);
      assert.equal(await groupCount('custom-lake', 'node_group_compute'), 3);
    });

    it('exit 10: the expand of a yearly/monthly group prints the order to pay in the console; nothing grows', async () => {
      const f = file('custom-lake', 'expand', { node_group_name: 'node_group_reserved', count: 1 });
      const run = await cli(['apply', f, '--json']);
      assert.equal(run.code, 10, explain(run));
      const out = parseJsonOut(run) as { exitCode: number; operation: { state: string; orderId?: string } };
      assert.equal(out.exitCode, 10);
      assert.equal(out.operation.state, 'ordered');
      assert.ok(out.operation.orderId, explain(run));
      assert.ok(run.stderr.includes(`pay order ${out.operation.orderId} in the console`), explain(run));
      assert.equal(sent('expand'), 1);
      assert.equal(await groupCount('custom-lake', 'node_group_reserved'), 2);
      const again = await cli(['apply', f, '--no-follow']);
      assert.equal(again.code, 10, explain(again));
    });

    it('adding master nodes asks first: exit 7 without a terminal, sent with --yes', async () => {
      const f = file('custom-lake', 'expand', { node_group_name: 'master_node_default_group', count: 1 });
      const refused = await cli(['apply', f]);
      assert.equal(refused.code, 7, explain(refused));
      assert.match(refused.stderr, /Adding master nodes needs a confirmation/);
      assert.equal(sent('expand'), 0);
      const run = await cli(['apply', f, '--yes']);
      assert.equal(run.code, 0, explain(run));
      assert.match(run.stdout, /^custom-lake: master 3 → 4 \(scale out 1\)$/m);
      assert.equal(sent('expand'), 1);
    });

    it('apply of a shrink naming the abnormal node: one POST shrink, that node force-deleted, exit 0', async () => {
      const id = idOf(ctx.emu, 'custom-degraded');
      const hosts = await connect(ctx.emu, akskOf(ctx.emu)).client.listHosts(id);
      const abnormal = hosts.filter((h) => h.nodeGroupName === 'node_group_etl' && h.status !== 'ACTIVE');
      assert.equal(abnormal.length, 1);
      const resourceId = abnormal[0]?.resourceId ?? '';
      const f = file('custom-degraded', 'shrink', { node_group_name: 'node_group_etl', resource_ids: [resourceId] });
      const run = await cli(['apply', f, '--yes']);
      assert.equal(run.code, 0, explain(run));
      assert.match(run.stdout, /force-delete/i);
      assert.deepEqual([sent('shrink'), sent('expand'), sent('resize')], [1, 0, 0]);
      const after = await connect(ctx.emu, akskOf(ctx.emu)).client.listHosts(id);
      assert.ok(!after.some((h) => h.resourceId === resourceId), 'the abnormal node is gone');
      assert.equal(await groupCount('custom-degraded', 'node_group_etl'), 2);
    });

    it('a v1.1 body for a custom cluster is planned as the v2 expand, and the file says so', async () => {
      const request = {
        parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', node_group: 'node_group_data', instances: 1 },
      };
      const run = await cli(['plan', file('custom-lake', 'request', request)]);
      assert.equal(run.code, 0, explain(run));
      assert.match(
        run.stdout,
        /info request\.sentAsOtherCall Sent as POST \/v2\/\{project_id\}\/clusters\/\{cluster_id\}\/expand/,
      );
      assert.match(run.stdout, /Call: POST \/v2\/\{project_id\}\/clusters\/\{cluster_id\}\/expand/);
    });

    it('a saved shrink plan is sent by apply --plan; one whose call was swapped is refused, even re-signed', async () => {
      const planFile = path.join(tmp.dir, next('plan.json'));
      const f = file('custom-lake', 'shrink', { node_group_name: 'node_group_compute', count: 1 });
      const planned = await cli(['plan', f, '--out', planFile]);
      assert.equal(planned.code, 0, explain(planned));
      const saved = JSON.parse(fs.readFileSync(planFile, 'utf8')) as { plan: Record<string, unknown>; digest: string };
      const swapped = {
        ...saved.plan,
        call: { kind: 'expand', body: { node_group_name: 'node_group_compute', count: 1 } },
      };
      const swappedFile = path.join(tmp.dir, next('swapped.json'));
      fs.writeFileSync(swappedFile, JSON.stringify({ ...saved, plan: swapped, digest: planDigest(swapped) }));
      const refused = await cli(['apply', '--plan', swappedFile, '--yes']);
      assert.equal(refused.code, 2, explain(refused));
      assert.match(refused.stderr, /is not a whole plan \(request\)/);
      assert.equal(sent('expand') + sent('shrink'), 0);
      const run = await cli(['apply', '--plan', planFile, '--yes']);
      assert.equal(run.code, 0, explain(run));
      assert.deepEqual([sent('shrink'), sent('expand')], [1, 0]);
      assert.equal(await groupCount('custom-lake', 'node_group_compute'), 1);
    });
  });
});
