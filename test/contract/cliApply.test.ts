// `mrs-resize apply`, run as the built program against the emulator: the three runbook resizes
// (core scale-out, task scale-in of chosen hosts, task scale-out from zero) each with exactly one
// PUT, and every exit code of the table in the README, the lost answer through an injected reset.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureText } from '../fixtures/examples';
import { requestFixturesDir } from '../fixtures/requests';
import {
  emulatorEnv,
  explain,
  parseJsonOut,
  runCli,
  useTempDir,
  writeOpenRecord,
  writeRequestFile,
  type CliRun,
} from './cliSupport';
import { akskOf, connect, idOf, sent, useEmulator, WRONG_SK, refuseNextResizeForQuota } from './support';

/** Fast following: a reading every 0.2 s (the emulator's resize takes 0.25 s). */
const FAST = ['--interval', '0.2'];

describe('contract: mrs-resize apply (the built CLI)', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();
  let n = 0;

  function journal(): string {
    n += 1;
    return path.join(tmp.dir, `journal-${n}`);
  }

  async function apply(cluster: string, example: string, args: readonly string[] = [], input = ''): Promise<CliRun> {
    const file = writeRequestFile(tmp.dir, `apply-${n}-${example}`, idOf(ctx.emu, cluster), fixtureText(example));
    return runCli(['apply', file, '--journal', journal(), ...FAST, ...args], emulatorEnv(ctx.emu), input);
  }

  async function groupCount(cluster: string, group: string): Promise<number | undefined> {
    const c = await connect(ctx.emu, akskOf(ctx.emu)).client.getCluster(idOf(ctx.emu, cluster));
    return c.nodeGroups.find((g) => g.name === group)?.nodeCount;
  }

  it('core scale-out: one PUT, one line per stage, exit 0', async () => {
    const run = await apply('adhoc-queries', 'resize.scale-out-core.request.json');
    assert.equal(run.code, 0, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    assert.match(run.stdout, /^adhoc-queries: core 4 → 5 \(scale out 1\)$/m);
    assert.match(run.stdout, /Resize of adhoc-queries succeeded/);
    const lines = run.stdout.split('\n');
    const title = lines.indexOf('Scaling out core nodes of adhoc-queries: 4 → 5');
    assert.ok(title > 0, explain(run));
    const stages = lines.slice(title + 1).filter((l) => l.startsWith('  '));
    assert.ok(stages.length > 0, 'at least one stage line');
    assert.ok(
      stages.every((s, i) => s !== stages[i - 1]),
      `one line per stage change: ${stages.join(' | ')}`,
    );
    assert.equal(await groupCount('adhoc-queries', 'core_node_analysis_group'), 5);
  });

  it('task scale-in of chosen hosts with --yes: one PUT, exactly those hosts gone, exit 0', async () => {
    const run = await apply('adhoc-queries', 'resize.scale-in-task-hosts.request.json', ['--yes']);
    assert.equal(run.code, 0, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    const hosts = await connect(ctx.emu, akskOf(ctx.emu)).client.listHosts(idOf(ctx.emu, 'adhoc-queries'));
    const ids = hosts.map((h) => h.id);
    assert.ok(
      !ids.includes('c9573435-7814-4b2c-9131-ad78b814414c') && !ids.includes('a4951009-6a0f-4e7b-9c81-9d4bd1f8c537'),
    );
    assert.equal(await groupCount('adhoc-queries', 'task_node_analysis_group'), 1);
  });

  it('task scale-out from zero: one PUT, the task group exists, --json reports the operation', async () => {
    const run = await apply('etl-nightly', 'resize.scale-out-task-from-zero.request.json', ['--json']);
    assert.equal(run.code, 0, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    const out = parseJsonOut(run) as {
      command: string;
      exitCode: number;
      operation: { state: string; stages: string[] };
    };
    assert.deepEqual([out.command, out.exitCode, out.operation.state], ['apply', 0, 'succeeded']);
    assert.ok(out.operation.stages.length > 0, 'stages were followed');
    const c = await connect(ctx.emu, akskOf(ctx.emu)).client.getCluster(idOf(ctx.emu, 'etl-nightly'));
    assert.equal(c.taskCount, 1);
  });

  it('exit 7: a scale-in without --yes and without a terminal is not sent', async () => {
    const run = await apply('adhoc-queries', 'resize.scale-in-task.request.json', [], 'yes\n');
    assert.equal(run.code, 7, explain(run));
    assert.match(run.stderr, /--yes/);
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });

  it('exit 1: refused by the rules, nothing sent', async () => {
    const file = path.join(requestFixturesDir(), 'rule-core-below-minimum.mrs-resize.json');
    const run = await runCli(['apply', file, '--yes', '--journal', journal()], emulatorEnv(ctx.emu));
    assert.equal(run.code, 1, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });

  it('exit 1: another resize of the cluster is being followed (the journal says so), nothing sent', async () => {
    const folder = journal();
    const id = idOf(ctx.emu, 'adhoc-queries');
    writeOpenRecord(folder, {
      id: 'other-window-op',
      clusterId: id,
      wayIn: 'cli',
      connection: 'Environment',
      startedAtMs: Date.now(),
      follower: { window: 'vscode-window', pid: process.pid, at: new Date().toISOString() },
      state: 'running',
    });
    const file = writeRequestFile(tmp.dir, 'busy.json', id, fixtureText('resize.scale-out-core.request.json'));
    const run = await runCli(['apply', file, '--journal', folder], emulatorEnv(ctx.emu));
    assert.equal(run.code, 1, explain(run));
    assert.match(
      run.stdout,
      /busy.json:2:\d+: error cluster.busy An earlier resize of cluster adhoc-queries \(4 → 5, started .*\) is still open in the journal/,
    );
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });

  it("leaves open an operation of a window's connection (it may be another project), and says who can end it", async () => {
    const folder = journal();
    const id = idOf(ctx.emu, 'adhoc-queries');
    writeOpenRecord(folder, {
      id: 'window-op',
      clusterId: id,
      wayIn: 'form',
      connection: 'prod',
      startedAtMs: Date.now() - 60_000,
      follower: { window: 'closed-window', pid: 2 ** 22 + 54321, at: new Date(Date.now() - 60_000).toISOString() },
      state: 'running',
    });
    const file = writeRequestFile(tmp.dir, 'window-op.json', id, fixtureText('resize.scale-out-core.request.json'));
    const run = await runCli(['apply', file, '--journal', folder, ...FAST], emulatorEnv(ctx.emu));
    assert.equal(run.code, 1, explain(run));
    assert.match(run.stdout, /nobody follows it now: a window with connection "prod" follows it to its end/);
    const left = JSON.parse(fs.readFileSync(path.join(folder, 'window-op.json'), 'utf8')) as { state: string };
    assert.equal(left.state, 'running', 'not followed, nor ended, with credentials of another connection');
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });

  it('an operation left open by a killed run is followed to its end first, then the resize is sent once', async () => {
    const folder = journal();
    const id = idOf(ctx.emu, 'adhoc-queries');
    writeOpenRecord(folder, {
      id: 'killed-run-op',
      clusterId: id,
      wayIn: 'cli',
      connection: 'Environment',
      startedAtMs: Date.now() - 2 * 60 * 60_000,
      follower: {
        window: 'killed-cli',
        pid: 2 ** 22 + 12345,
        at: new Date(Date.now() - 2 * 60 * 60_000).toISOString(),
      },
      state: 'running',
    });
    const file = writeRequestFile(tmp.dir, 'orphan.json', id, fixtureText('resize.scale-out-core.request.json'));
    const run = await runCli(['apply', file, '--journal', folder, ...FAST], emulatorEnv(ctx.emu));
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stderr, /An earlier resize of adhoc-queries is still open in the journal/);
    const left = JSON.parse(fs.readFileSync(path.join(folder, 'killed-run-op.json'), 'utf8')) as { state: string };
    assert.notEqual(left.state, 'running', 'the orphan has ended');
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('exit 3: refused by MRS, its code and message printed, one PUT', async () => {
    // A refusal the pre-flight cannot foresee (the quota was taken by someone else after the plan's read).
    refuseNextResizeForQuota(ctx.emu);
    const run = await apply('adhoc-queries', 'resize.scale-out-core.request.json', ['--json']);
    assert.equal(run.code, 3, explain(run));
    assert.match(run.stderr, /12000030/);
    const out = parseJsonOut(run) as { error: { code: string } };
    assert.equal(out.error.code, '12000030');
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('exit 1: the quota pre-flight foresees 12000030 and sends nothing', async () => {
    ctx.emu.setQuota({ nodes: 0 });
    const run = await apply('adhoc-queries', 'resize.scale-out-core.request.json', ['--json']);
    assert.equal(run.code, 1, explain(run));
    const out = parseJsonOut(run) as { problems: { code: string; message: string }[] };
    const quota = out.problems.find((p) => p.code === 'quota.instances');
    assert.match(quota?.message ?? '', /MRS would refuse with 12000030/);
    assert.equal(sent(ctx.emu, 'resize'), 0);
    assert.ok(sent(ctx.emu, 'ecsLimits') >= 1, 'the quota was read');
  });

  it('exit 4: failed while scaling, one PUT', async () => {
    ctx.emu.failNextResize('adhoc-queries');
    const run = await apply('adhoc-queries', 'resize.scale-out-core.request.json');
    assert.equal(run.code, 4, explain(run));
    assert.match(run.stdout, /Resize of adhoc-queries failed/);
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('exit 5: the answer is lost (connection reset) and no change is seen; one PUT, never resent', async () => {
    ctx.emu.addFault({ route: 'resize', kind: 'reset' });
    const run = await apply('adhoc-queries', 'resize.scale-out-core.request.json', ['--timeout', '0.1']);
    assert.equal(run.code, 5, explain(run));
    assert.match(run.stderr, /lost/);
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('a lost answer whose change then shows (reset after MRS ran it): exit 0, one PUT, never resent', async () => {
    ctx.emu.addFault({ route: 'resize', kind: 'reset', phase: 'after' });
    const run = await apply('adhoc-queries', 'resize.scale-out-core.request.json');
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stderr, /answer to the resize request was lost, but the cluster now shows the change/);
    assert.equal(sent(ctx.emu, 'resize'), 1);
    assert.equal(await groupCount('adhoc-queries', 'core_node_analysis_group'), 5);
  });

  it('--no-follow: exit 0 once MRS accepted it, one PUT', async () => {
    const run = await apply('adhoc-queries', 'resize.scale-out-task.request.json', ['--no-follow']);
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stderr, /MRS accepted the resize of adhoc-queries/);
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('exit 8: the cluster cannot be read (wrong secret key), nothing sent', async () => {
    const file = writeRequestFile(
      tmp.dir,
      'wrongsk.json',
      idOf(ctx.emu, 'adhoc-queries'),
      fixtureText('resize.scale-out-core.request.json'),
    );
    const env = emulatorEnv(ctx.emu, { HUAWEICLOUD_SDK_SK: WRONG_SK });
    const run = await runCli(['apply', file, '--journal', journal()], env);
    assert.equal(run.code, 8, explain(run));
    assert.match(run.stderr, /APIGW\.0301/);
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });
});

describe('contract: mrs-resize apply of a long resize: --timeout (exit 6), Ctrl+C (exit 130)', () => {
  const slow = useEmulator({ scaleSeconds: 600 });
  const tmp = useTempDir();

  it('stops following after --timeout and says the resize goes on; one PUT', async () => {
    const { emu } = slow;
    const file = writeRequestFile(
      tmp.dir,
      'slow.json',
      idOf(emu, 'adhoc-queries'),
      fixtureText('resize.scale-out-core.request.json'),
    );
    const args = ['apply', file, '--journal', path.join(tmp.dir, 'journal'), ...FAST, '--timeout', '0.02'];
    const run = await runCli(args, emulatorEnv(emu));
    assert.equal(run.code, 6, explain(run));
    assert.match(run.stdout, /may still be running on the server/);
    assert.equal(sent(emu, 'resize'), 1);
  });

  it('Ctrl+C while following: exit 130, following stops, the resize goes on; one PUT', async () => {
    const { emu } = slow;
    const file = writeRequestFile(
      tmp.dir,
      'sigint.json',
      idOf(emu, 'analytics-prod'),
      fixtureText('resize.scale-out-core.request.json'),
    );
    const args = ['apply', file, '--journal', path.join(tmp.dir, 'journal'), ...FAST];
    const run = await runCli(args, emulatorEnv(emu), '', { when: /MRS accepted the resize/, signal: 'SIGINT' });
    assert.equal(run.code, 130, explain(run));
    assert.match(run.stdout, /the resize continues on the server/);
    assert.equal(sent(emu, 'resize'), 1);
    const c = await connect(emu, akskOf(emu)).client.getCluster(idOf(emu, 'analytics-prod'));
    assert.equal(c.scale, 'scaling-out', 'the resize goes on');
  });
});
