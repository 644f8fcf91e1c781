// `mrs-resize apply --no-follow` honours its word for an earlier operation too: an operation left
// open by a killed run is not followed first (that could take the whole resize); the run says which
// one it is, that it stays open, and what to do, and refuses at once as for any busy cluster (exit 1),
// sending nothing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureText } from '../fixtures/examples';
import {
  emulatorEnv,
  explain,
  parseJsonOut,
  runCli,
  useTempDir,
  writeOpenRecord,
  writeRequestFile,
} from './cliSupport';
import { idOf, route, sent, useEmulator } from './support';

describe('contract: mrs-resize apply --no-follow with an operation left open by a killed run', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();
  let n = 0;

  /** A journal with one operation of adhoc-queries whose process is gone (its pid does not exist). */
  function journalWithOrphan(state: 'running' | 'unknown'): string {
    n += 1;
    const folder = path.join(tmp.dir, `journal-${n}`);
    const startedAtMs = Date.now() - 60_000;
    writeOpenRecord(folder, {
      id: `orphan-${n}`,
      clusterId: idOf(ctx.emu, 'adhoc-queries'),
      wayIn: 'cli',
      connection: 'Environment',
      startedAtMs,
      follower: { window: 'killed-cli', pid: 2 ** 22 + 4242, at: new Date(startedAtMs).toISOString() },
      state,
    });
    return folder;
  }

  function stateOf(folder: string): string {
    return (JSON.parse(fs.readFileSync(path.join(folder, `orphan-${n}.json`), 'utf8')) as { state: string }).state;
  }

  async function applyNoFollow(folder: string, extra: readonly string[] = []) {
    const file = writeRequestFile(
      tmp.dir,
      `no-follow-${n}.json`,
      idOf(ctx.emu, 'adhoc-queries'),
      fixtureText('resize.scale-out-task.request.json'),
    );
    // A short --timeout, so that a run that does follow the orphan ends soon (and sends) instead of hanging.
    return runCli(
      ['apply', file, '--no-follow', '--journal', folder, '--interval', '0.2', '--timeout', '0.05', ...extra],
      emulatorEnv(ctx.emu),
    );
  }

  it('does not follow the orphan: says which one, that it stays open and what to do; exit 1, nothing sent', async () => {
    const folder = journalWithOrphan('unknown');
    const run = await applyNoFollow(folder);
    assert.equal(run.code, 1, explain(run));
    assert.match(
      run.stderr,
      /--no-follow: an earlier resize of adhoc-queries \(4 → 5, started \d\d:\d\d:\d\d, outcome unknown\) was left open by a process that is gone\. It is not followed here and stays open/,
    );
    assert.match(run.stderr, /run mrs-resize apply without --no-follow/);
    assert.doesNotMatch(run.stderr, /following it to its end first/);
    assert.equal(stateOf(folder), 'unknown', 'left open, not followed nor ended');
    assert.equal(sent(ctx.emu, 'resize'), 0);
    assert.ok(route(ctx.emu, 'getCluster').count <= 1, 'no reading of the orphan beyond the plan’s one');
  });

  it('--json: the refused plan with the cluster.busy problem, the orphan named on stderr', async () => {
    const folder = journalWithOrphan('running');
    const run = await applyNoFollow(folder, ['--json']);
    assert.equal(run.code, 1, explain(run));
    const out = parseJsonOut(run) as { exitCode: number; problems: Array<{ code: string }> };
    assert.equal(out.exitCode, 1);
    assert.ok(out.problems.some((p) => p.code === 'cluster.busy'));
    assert.match(run.stderr, /earlier resize of adhoc-queries \(4 → 5, started .*, accepted by MRS\)/);
    assert.equal(stateOf(folder), 'running');
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });
});
