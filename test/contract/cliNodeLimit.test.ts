// The core + task limit that technical support raised, end to end: the emulator enforces a raised
// limit (12000028 beyond it), `mrs-resize plan` and `apply` take it with --max-nodes, and without it
// the rules refuse before anything is sent, saying the default limit and how to set the raised one.
import assert from 'node:assert/strict';
import path from 'node:path';
import { emulatorEnv, explain, runCli, useTempDir, writeRequestFile } from './cliSupport';
import { idOf, sent, useEmulator } from './support';

/** bigscale-batch has 3 core + 495 task nodes; the emulator's limit here is 800. */
const scaleOut = (instances: number) =>
  `{ "parameters": { "scale_type": "scale_out", "node_id": "node_orderadd", "node_group": "task_node_default_group", "instances": ${instances} } }`;

describe('contract: a raised core + task limit (--max-nodes; the emulator’s nodeLimit)', () => {
  const ctx = useEmulator({ nodeLimit: 800 });
  const tmp = useTempDir();

  it('plan refuses 3 more nodes at the default limit, naming it and saying technical support can raise it', async () => {
    const file = writeRequestFile(tmp.dir, 'three.mrs-resize.json', idOf(ctx.emu, 'bigscale-batch'), scaleOut(3));
    const run = await runCli(['plan', file], emulatorEnv(ctx.emu));
    assert.equal(run.code, 1, explain(run));
    assert.match(run.stdout, /instances\.aboveTotalLimit Nodes that can be added: at most 2 here \(.*limited to 500/);
    assert.match(run.stdout, /Technical support can raise the limit/);
  });

  it('apply with --max-nodes 800 sends the scale-out the emulator accepts under its raised limit', async () => {
    const file = writeRequestFile(tmp.dir, 'many.mrs-resize.json', idOf(ctx.emu, 'bigscale-batch'), scaleOut(302));
    const journal = path.join(tmp.dir, 'journal');
    const run = await runCli(
      ['apply', file, '--max-nodes', '800', '--no-follow', '--journal', journal],
      emulatorEnv(ctx.emu),
    );
    assert.equal(run.code, 0, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    assert.match(run.stdout, /bigscale-batch: task 495 → 797 \(scale out 302\)/);
  });

  it('refuses beyond the raised limit before sending, naming it; --max-nodes below 500 is a usage error', async () => {
    const file = writeRequestFile(tmp.dir, 'more.mrs-resize.json', idOf(ctx.emu, 'bigscale-batch'), scaleOut(303));
    const run = await runCli(['plan', file, '--max-nodes', '800'], emulatorEnv(ctx.emu));
    assert.equal(run.code, 1, explain(run));
    assert.match(run.stdout, /at most 302 here \(core and task nodes together are limited to 800, the raised limit/);
    const low = await runCli(['plan', file, '--max-nodes', '400'], emulatorEnv(ctx.emu));
    assert.equal(low.code, 2, explain(low));
    assert.match(low.stderr, /--max-nodes needs a whole number of at least 500, not "400"/);
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });
});
