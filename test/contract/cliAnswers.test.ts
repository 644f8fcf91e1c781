// `mrs-resize apply` shows MRS's answer as MRS's answer: a 500 with MRS.300 and a 200 whose result
// is 12000014 are refusals (exit 3) with the code, MRS's words and the hint, printed once, in --json
// as errorCode and errorMessage; one PUT, no following. A lost answer is said once too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { FaultSpec } from '../../emulator';
import { fixtureText } from '../fixtures/examples';
import { emulatorEnv, explain, parseJsonOut, runCli, useTempDir, writeRequestFile, type CliRun } from './cliSupport';
import { idOf, route, sent, useEmulator } from './support';

const FAST = ['--interval', '0.2'];
const CLUSTER = 'adhoc-queries';

interface Refused {
  readonly exitCode: number;
  readonly error: { code: string; errorCode: string; errorMessage?: string; message: string; hint: string };
  readonly operation: { state: string; errorCode: string; errorInfo?: string };
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('contract: mrs-resize apply shows what MRS answered', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();
  let n = 0;

  async function apply(fault: FaultSpec, args: readonly string[] = []): Promise<{ run: CliRun; journal: string }> {
    n += 1;
    ctx.emu.addFault({ route: 'resize', ...fault });
    const journal = path.join(tmp.dir, `journal-${n}`);
    const file = writeRequestFile(
      tmp.dir,
      `answer-${n}.json`,
      idOf(ctx.emu, CLUSTER),
      fixtureText('resize.scale-out-core.request.json'),
    );
    const run = await runCli(['apply', file, '--journal', journal, ...FAST, ...args], emulatorEnv(ctx.emu));
    return { run, journal };
  }

  function records(journal: string): Array<{ state: string }> {
    return fs
      .readdirSync(journal)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(journal, f), 'utf8')) as { state: string });
  }

  it('500 with MRS.300: exit 3, code, MRS’s words and the hint once, never "lost"; one PUT, read once', async () => {
    const gets = route(ctx.emu, 'getCluster').count;
    const { run, journal } = await apply({
      kind: 'status',
      status: 500,
      errorCode: 'MRS.300',
      errorMsg: 'Boom inside.',
    });
    assert.equal(run.code, 3, explain(run));
    assert.match(run.stderr, /MRS refused the resize \(MRS\.300\): .*MRS says: “Boom inside\.”/);
    assert.equal(occurrences(run.stderr, 'MRS refused the resize'), 1, explain(run));
    assert.doesNotMatch(run.stdout + run.stderr, /lost|may have been applied|unknown/i);
    assert.deepEqual(
      records(journal).map((r) => r.state),
      ['refused'],
    );
    assert.equal(sent(ctx.emu, 'resize'), 1);
    // The plan's reading, the one under the lock, and the one reading after the answer.
    assert.equal(route(ctx.emu, 'getCluster').count - gets, 3, 'no following');
  });

  it('200 with result 12000014, --json: exit 3, errorCode and errorMessage, the catalog’s hint; one PUT', async () => {
    const { run } = await apply({ kind: 'result', result: '12000014' }, ['--json']);
    assert.equal(run.code, 3, explain(run));
    const out = parseJsonOut(run) as unknown as Refused;
    assert.equal(out.exitCode, 3);
    assert.deepEqual([out.error.code, out.error.errorCode], ['12000014', '12000014']);
    assert.match(out.error.errorMessage ?? '', /scale-out/i);
    assert.ok(out.error.hint.length > 0);
    assert.deepEqual([out.operation.state, out.operation.errorCode], ['refused', '12000014']);
    assert.equal(occurrences(run.stderr, 'MRS refused the resize (12000014)'), 1, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('500 with MRS.300 whose resize did start (phase after): followed to its end, exit 0, one PUT', async () => {
    const { run } = await apply({ kind: 'status', status: 500, errorCode: 'MRS.300', phase: 'after' });
    assert.equal(run.code, 0, explain(run));
    assert.match(
      run.stderr,
      /MRS answered the resize with an error \(MRS\.300\), but the cluster now shows the change/,
    );
    assert.match(run.stdout, /Resize of adhoc-queries succeeded/);
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('a lost answer (reset) is said once, not twice; exit 5, one PUT', async () => {
    const { run } = await apply({ kind: 'reset' }, ['--timeout', '0.1']);
    assert.equal(run.code, 5, explain(run));
    assert.equal(occurrences(run.stderr, 'was lost and no change is seen'), 1, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });
});
