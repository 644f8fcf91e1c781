// Journey (g): a terminal and a window on one machine. `mrs-resize apply` (the built CLI, a real
// process with the same default journal as the workbench) resizes a cluster; the Operations view
// shows it and follows it to its end; the window's picker says the cluster is taken; a journal
// record that cannot be read is listed and set aside. (That the window's send is refused naming
// mrs-resize is checked in the host: test/integration/sharedJournal.test.ts.) Screenshots: test-results/e2e/journey-g-*.png.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib/setup.mjs';
import { emulatorEnv, openActivity, quickInput, runCommand, treeRow as row, useWorkbench } from './workbench.mjs';

const CLI = path.join(root, 'dist', 'cli.js');

/** `mrs-resize` as a terminal runs it, beside the workbench: the same state folder, so the same journal. */
function mrsResize(args, env) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: os.homedir(), LANG: 'C.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { pid: child.pid, done };
}

describe('Journey (g): mrs-resize in a terminal and the window share one journal and one lock', function () {
  this.timeout(240_000);
  const ctx = useWorkbench({ emulator: { scaleSeconds: 25 }, settings: { 'mrs.follow.intervalSeconds': 1 } });

  it('shows the resize of mrs-resize, refuses a second one naming it, and sets an unreadable record aside', async () => {
    const { page, stateDir } = ctx.wb;
    assert.ok(fs.existsSync(CLI), `${CLI} is built`);
    const journal = path.join(stateDir, 'mrs-explorer', 'journal');
    const clusterId = ctx.emu.clusterIdByName('adhoc-queries');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-e2e-shared-'));
    const file = path.join(dir, 'add-one.mrs-resize.json');
    const request = { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1 } };
    fs.writeFileSync(file, JSON.stringify({ target: { cluster_id: clusterId }, request }));
    await openActivity(page, 'MRS');
    await row(page, 'adhoc-queries').waitFor({ timeout: 30_000 });

    const cli = mrsResize(['apply', file, '--interval', '1'], { ...emulatorEnv(ctx.emu), XDG_STATE_HOME: stateDir });
    const operation = row(page, 'adhoc-queries · core 4 → 5');
    await operation.filter({ hasText: 'in progress' }).waitFor({ timeout: 30_000 });
    // The Clusters view reads the cluster again when another process's operation starts.
    const clusterRow = page
      .locator('.sidebar .monaco-list-row', { hasText: 'adhoc-queries' })
      .filter({ hasText: 'scaling out' });
    await clusterRow.first().waitFor({ timeout: 15_000 });
    await page.mouse.move(800, 700);
    await ctx.wb.screenshot('journey-g-1-cli-resize-in-operations');

    // The window knows the cluster is taken: its picker says so and offers it last, disabled.
    await runCommand(page, 'MRS: Resize Node Group');
    await quickInput(page).box.fill('adhoc');
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'adhoc-queries' }).first();
    await pick.waitFor({ timeout: 30_000 });
    assert.match(await pick.innerText(), /a resize of it is under way/);
    await ctx.wb.screenshot('journey-g-2-picker-says-busy');
    await page.keyboard.press('Escape');

    const done = await cli.done;
    assert.equal(done.code, 0, done.output);
    assert.equal(ctx.emu.requests().routes.resize.count, 1, 'one PUT: the one of mrs-resize');
    await operation.filter({ hasText: 'succeeded' }).waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('journey-g-3-cli-resize-succeeded');

    fs.writeFileSync(path.join(journal, 'broken.json'), `{ "id": "x", "clusterId": "${clusterId}", "state": "runn`);
    const unreadable = row(page, 'Unreadable record broken.json');
    await unreadable.waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('journey-g-4-unreadable-record');
    await unreadable.hover();
    await unreadable.locator('.action-label[aria-label="Set Aside"]').click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    assert.match(await dialog.innerText(), /Set aside the unreadable record broken\.json\?/);
    await dialog.locator('.monaco-button', { hasText: 'Set Aside' }).click();
    await unreadable.waitFor({ state: 'detached', timeout: 15_000 });
    assert.deepEqual(
      fs.readdirSync(path.join(journal, 'set-aside')).filter((f) => f.endsWith('broken.json')).length,
      1,
    );
  });
});
