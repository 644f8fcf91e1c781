// Two `mrs-resize apply` runs started together on one cluster, with the default journal (the one
// every VS Code window shares): one PUT, every time; the other run exits 1 naming the holder.
// And a saved plan: sent exactly as saved, refused when the cluster changed or the file was edited.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClusterLocks } from '../../src/core/journal';
import { planDigest } from '../../src/core/plan/savedPlan';
import { fixtureText } from '../fixtures/examples';
import { emulatorEnv, explain, parseJsonOut, runCli, useTempDir, writeRequestFile } from './cliSupport';
import { idOf, sent, useEmulator } from './support';

/** Long enough that the winner still follows while the loser starts, on a slow machine too. */
const SCALE_SECONDS = 2;
const ROUNDS = 20;
const FAST = ['--interval', '0.2'];

describe('contract: mrs-resize apply, two at once (the built CLI)', function () {
  this.timeout(ROUNDS * 20_000);
  const ctx = useEmulator({ scaleSeconds: SCALE_SECONDS });
  const tmp = useTempDir();

  it(`sends exactly one PUT in each of ${ROUNDS} races; the loser exits 1 naming the winner`, async () => {
    const id = idOf(ctx.emu, 'adhoc-queries');
    const file = writeRequestFile(tmp.dir, 'race.json', id, fixtureText('resize.scale-out-core.request.json'));
    const puts: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ctx.emu.reset();
      // The default journal: no --journal, the same state folder for both, as a terminal and a window share it.
      const state = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-race-state-'));
      const env = emulatorEnv(ctx.emu, { XDG_STATE_HOME: state });
      const runs = await Promise.all([runCli(['apply', file, ...FAST], env), runCli(['apply', file, ...FAST], env)]);
      puts.push(sent(ctx.emu, 'resize'));
      const [winner, loser] = runs[0].code === 0 ? runs : [runs[1], runs[0]];
      assert.deepEqual([winner.code, loser.code], [0, 1], `round ${round}\n${explain(runs[0])}\n${explain(runs[1])}`);
      assert.match(
        loser.stdout + loser.stderr,
        new RegExp(`already being sent or followed by mrs-resize \\(process ${winner.pid} on `),
        `round ${round}: the loser names the winner\n${explain(loser)}`,
      );
      assert.ok(fs.existsSync(path.join(state, 'mrs-explorer', 'journal')), 'the default journal was used');
    }
    assert.deepEqual(puts, Array<number>(ROUNDS).fill(1));
  });
});

describe('contract: mrs-resize apply while a window holds the cluster (the built CLI)', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();

  it('exits 1 naming the window (its process and host); no PUT', async () => {
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-window-state-'));
    const id = idOf(ctx.emu, 'adhoc-queries');
    // This test process stands in for a VS Code window: it holds the lock in the default journal.
    const window = new ClusterLocks(path.join(state, 'mrs-explorer', 'journal'), { kind: 'window' });
    const taken = await window.acquire(id);
    assert.ok(taken.ok);
    try {
      const file = writeRequestFile(tmp.dir, 'window.json', id, fixtureText('resize.scale-out-core.request.json'));
      const run = await runCli(['apply', file], emulatorEnv(ctx.emu, { XDG_STATE_HOME: state }));
      assert.equal(run.code, 1, explain(run));
      assert.match(
        run.stdout + run.stderr,
        new RegExp(
          `already being sent or followed by another VS Code window \\(process ${process.pid} on ${os.hostname()}, since `,
        ),
      );
      assert.equal(sent(ctx.emu, 'resize'), 0);
    } finally {
      taken.lock.release();
    }
  });
});

describe('contract: mrs-resize plan --out and apply --plan (the built CLI)', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();
  let n = 0;

  async function saved(): Promise<{ plan: string; env: ReturnType<typeof emulatorEnv> }> {
    n += 1;
    const id = idOf(ctx.emu, 'adhoc-queries');
    const file = writeRequestFile(tmp.dir, `out-${n}.json`, id, fixtureText('resize.scale-out-core.request.json'));
    const plan = path.join(tmp.dir, `plan-${n}.json`);
    const env = emulatorEnv(ctx.emu, { XDG_STATE_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-plan-state-')) });
    const run = await runCli(['plan', file, '--out', plan], env);
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stderr, /Plan saved to .*plan-\d+\.json/);
    return { plan, env };
  }

  it('sends exactly the saved plan when the cluster still matches: one PUT, its body', async () => {
    const { plan, env } = await saved();
    const body = (JSON.parse(fs.readFileSync(plan, 'utf8')) as { plan: { request: { body: unknown } } }).plan.request
      .body;
    const run = await runCli(['apply', '--plan', plan, '--json', ...FAST], env);
    assert.equal(run.code, 0, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    assert.deepEqual(parseJsonOut(run).request, { ...(parseJsonOut(run).request as object), body });
  });

  it('refuses a saved plan when the cluster changed since (exit 9), naming the change; no PUT', async () => {
    const { plan, env } = await saved();
    const id = idOf(ctx.emu, 'adhoc-queries');
    const other = writeRequestFile(tmp.dir, 'other.json', id, fixtureText('resize.scale-out-core.request.json'));
    const change = await runCli(['apply', other, ...FAST], env);
    assert.equal(change.code, 0, explain(change));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    const run = await runCli(['apply', '--plan', plan, '--json'], env);
    assert.equal(run.code, 9, explain(run));
    const out = parseJsonOut(run) as { error: { code: string; reasons: string[] } };
    assert.equal(out.error.code, 'plan.stale');
    assert.deepEqual(out.error.reasons, [
      'Core node group core_node_analysis_group now has 5 nodes; the plan was made at 4.',
    ]);
    assert.equal(sent(ctx.emu, 'resize'), 1, 'no second PUT');
  });

  it('refuses a saved plan that was edited (exit 9), and a file that is not a plan (exit 2); no PUT', async () => {
    const { plan, env } = await saved();
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('"instances": 1', '"instances": 9'));
    const edited = await runCli(['apply', '--plan', plan], env);
    assert.equal(edited.code, 9, explain(edited));
    assert.match(edited.stderr, /was changed after it was saved \(its digest does not match\); nothing was sent/);
    const notPlan = path.join(tmp.dir, 'not-a-plan.json');
    fs.writeFileSync(notPlan, '{"target":{}}');
    const wrong = await runCli(['apply', '--plan', notPlan], env);
    assert.equal(wrong.code, 2, explain(wrong));
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });

  it('takes only the draft and the expectation from a saved plan: a re-digested edit of its question still asks', async () => {
    n += 1;
    const id = idOf(ctx.emu, 'adhoc-queries');
    const file = writeRequestFile(tmp.dir, `in-${n}.json`, id, fixtureText('resize.scale-in-task-hosts.request.json'));
    const plan = path.join(tmp.dir, `plan-in-${n}.json`);
    const env = emulatorEnv(ctx.emu, { XDG_STATE_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-plan-state-')) });
    assert.equal((await runCli(['plan', file, '--out', plan], env)).code, 0);
    // Someone turns the scale-in's question off and signs it again (the digest is no secret).
    const saved = JSON.parse(fs.readFileSync(plan, 'utf8')) as {
      plan: { confirmation: { modal: boolean; title: string } };
    };
    saved.plan.confirmation = { ...saved.plan.confirmation, modal: false, title: 'Scale out, nothing to see' };
    fs.writeFileSync(plan, JSON.stringify({ ...saved, digest: planDigest(saved.plan) }));
    const run = await runCli(['apply', '--plan', plan], env);
    assert.equal(run.code, 7, explain(run));
    assert.match(run.stderr, /A scale-in needs a confirmation/);
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });

  it('--no-follow returns at once and leaves the operation open in the journal, so the cluster stays busy', async () => {
    const { env } = await saved();
    const id = idOf(ctx.emu, 'adhoc-queries');
    const file = writeRequestFile(tmp.dir, 'nofollow.json', id, fixtureText('resize.scale-out-core.request.json'));
    const run = await runCli(['apply', file, '--no-follow', '--json'], env);
    assert.equal(run.code, 0, explain(run));
    const op = (parseJsonOut(run) as { operation: { id: string; state: string } }).operation;
    assert.equal(op.state, 'running');
    const record = JSON.parse(
      fs.readFileSync(path.join(env.XDG_STATE_HOME ?? '', 'mrs-explorer', 'journal', `${op.id}.json`), 'utf8'),
    ) as { state: string; follower?: unknown };
    assert.deepEqual([record.state, record.follower], ['running', undefined]);
  });
});
