import assert from 'node:assert/strict';
import { openActivity, quickInput, runCommand, runMrsResize, treeRow, useWorkbench } from './workbench.mjs';

describe('The getting-started walkthrough in the workbench', function () {
  this.timeout(120_000);
  const ctx = useWorkbench({
    settings: { 'terminal.integrated.gpuAcceleration': 'off', 'mrs.follow.intervalSeconds': 1 },
  });

  const step = (title) => ctx.wb.page.locator('.getting-started-step', { hasText: title }).first();
  const checked = async (title) => (await step(title).locator('.codicon-getting-started-step-checked').count()) > 0;

  it('opens from "Welcome: Open Walkthrough..." with its six steps', async () => {
    await openActivity(ctx.wb.page, 'MRS'); // the Clusters view: the step "Find a cluster" is done
    await runCommand(ctx.wb.page, 'Welcome: Open Walkthrough...');
    await quickInput(ctx.wb.page).box.fill('Resize MRS Clusters');
    await ctx.wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Resize MRS Clusters' }).first().click();
    for (const title of [
      'Connect to Huawei Cloud',
      'Find a cluster',
      'Resize it with the form',
      'Keep a resize as a request file',
      'Run it with mrs-resize',
      'Ask the chat agent',
    ]) {
      await step(title).waitFor({ timeout: 30_000 });
    }
  });

  it('has checked off what was done before it was shown: the connection and the Clusters view', async () => {
    // VS Code alone never would: the connection (from the environment) and the view were there before
    // it registered the walkthrough (docs/vscode-walkthroughs.md); the extension checks them off.
    for (const title of ['Connect to Huawei Cloud', 'Find a cluster']) {
      await step(title).locator('.codicon-getting-started-step-checked').waitFor({ timeout: 30_000 });
    }
    assert.ok(!(await checked('Keep a resize as a request file')), 'no request file was saved');
    assert.ok(!(await checked('Run it with mrs-resize')), 'mrs-resize did not run');
  });

  it('checks off a step once the user does what it asks: opening the resize form', async () => {
    assert.ok(!(await checked('Resize it with the form')), 'no form was opened yet');
    await runCommand(ctx.wb.page, 'MRS: Open Resize Form');
    await quickInput(ctx.wb.page).box.fill('etl-nightly');
    await ctx.wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'etl-nightly' }).first().click();
    await ctx.wb.page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).click();
    await step('Resize it with the form').locator('.codicon-getting-started-step-checked').waitFor({ timeout: 30_000 });
    assert.ok(!(await checked('Ask the chat agent')), 'no tool ran');
    await step('Resize it with the form').click();
    await ctx.wb.page.waitForTimeout(1000); // the step's image loads
    await ctx.wb.screenshot('walkthrough');
  });

  it('checks off "Run it with mrs-resize" when mrs-resize, run in VS Code\'s terminal, has resized a cluster', async () => {
    const { page } = ctx.wb;
    assert.ok(!(await checked('Run it with mrs-resize')), 'mrs-resize did not run yet');
    // In a terminal of the workbench (its environment: the connection's variables, the same journal).
    const text = await runMrsResize(ctx, 'walkthrough-mrs-resize');
    assert.match(text, /Resize of etl-nightly succeeded: 3 → 5 core nodes\./);
    // The window saw it in the shared journal: the Operations view lists it, and the step is done.
    await treeRow(page, 'etl-nightly · core 3 → 5').waitFor({ timeout: 30_000 });
    await page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).click();
    await step('Run it with mrs-resize').locator('.codicon-getting-started-step-checked').waitFor({ timeout: 30_000 });
    await runCommand(page, 'View: Toggle Panel Visibility'); // the terminal's panel goes
    await step('Run it with mrs-resize').click();
    const image = page.locator(`img[alt^="VS Code's terminal after mrs-resize apply"]`);
    await image.waitFor({ timeout: 30_000 });
    assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 0), 'the step shows its screenshot');
    await ctx.wb.screenshot('walkthrough-run-cli-step');
  });
});
