import assert from 'node:assert/strict';
import fs from 'node:fs';
import { contextMenu, openActivity, treeRow, useWorkbench } from './workbench.mjs';

describe('Request file in the workbench: type, accept a completion, see a diagnostic, fix it, send', function () {
  this.timeout(180_000);
  const ctx = useWorkbench({
    emulator: { scaleSeconds: 3 },
    settings: { 'mrs.explorer.refreshSeconds': 5, 'mrs.follow.intervalSeconds': 1 },
  });

  const page = () => ctx.page;
  const row = (text) => treeRow(ctx.page, text);
  const editor = () => page().locator('.editor-instance .monaco-editor').first();
  const key = (k) => page().keyboard.press(k);
  const goToLine = async (line) => {
    await key('Control+G');
    await page().keyboard.type(String(line));
    await key('Enter');
    await key('End');
  };
  /** Puts the cursor in the empty value of line `line` (`"key": "value",`) and picks `choice` from the suggestions. */
  const chooseValue = async (line, choice) => {
    await goToLine(line);
    await key('ArrowLeft');
    await key('ArrowLeft');
    await key('Control+Shift+ArrowLeft');
    await key('Backspace');
    const item = page().locator('.suggest-widget .monaco-list-row', { hasText: choice }).first();
    // The JSON language service may still be starting under load: ask again while no list shows.
    for (let attempt = 1; ; attempt++) {
      await key('Control+Space');
      const shown = await item.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (shown || attempt === 3) {
        break;
      }
      await key('Escape');
    }
    await item.waitFor({ timeout: 10_000 });
    await page().keyboard.type(choice.slice(0, 7));
    await ctx.wb.screenshot(`request-file-completion-${choice}`);
    await key('Enter');
  };

  it('opens a new request file from the cluster’s context menu', async () => {
    await openActivity(page(), 'MRS');
    await row('etl-nightly').waitFor({ timeout: 30_000 });
    await contextMenu(page(), row('etl-nightly'), 'New Resize Request File');
    await page().locator('.tab', { hasText: 'etl-nightly.mrs-resize.json' }).waitFor({ timeout: 30_000 });
    await editor().locator('.view-line', { hasText: '"scale_type": "scale_out"' }).waitFor({ timeout: 10_000 });
    await editor().locator('.codelens-decoration a', { hasText: 'Send to etl-nightly' }).waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('request-file-new');
  });

  it('accepts scale_in from the completion list and sees the core minimum on "instances"', async () => {
    await editor().click();
    await chooseValue(9, 'scale_in');
    await editor().locator('.view-line', { hasText: '"scale_type": "scale_in"' }).waitFor({ timeout: 10_000 });
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await key('Control+Shift+M');
    const problem = page().locator('.markers-panel .monaco-list-row', { hasText: 'Core nodes that can be removed' });
    await problem.first().waitFor({ timeout: 20_000 });
    await ctx.wb.screenshot('request-file-diagnostic');
  });

  it('fixes it with scale_out, and the error goes', async () => {
    await editor().click();
    await chooseValue(9, 'scale_out');
    await editor().locator('.view-line', { hasText: '"scale_type": "scale_out"' }).waitFor({ timeout: 10_000 });
    await page()
      .locator('.markers-panel .monaco-list-row', { hasText: 'Core nodes that can be removed' })
      .first()
      .waitFor({ state: 'detached', timeout: 20_000 });
    // VS Code's JSON validation of the half-typed value ("scale_o") may still be on its way out.
    await editor().locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: 20_000 });
    await ctx.wb.screenshot('request-file-fixed');
  });

  it('sends with the CodeLens: one PUT, and the tree reaches 4 core nodes', async () => {
    await editor().locator('.codelens-decoration a', { hasText: 'Send to etl-nightly' }).first().click();
    await row('etl-nightly').filter({ hasText: '4 core' }).waitFor({ timeout: 60_000 });
    assert.equal(ctx.emu.requests().routes.resize.count, 1);
    // Once the resize ends the file is checked again with the new counts: no stale "in progress".
    await editor().locator('.codelens-decoration a', { hasText: '4 → 5 core nodes' }).waitFor({ timeout: 30_000 });
    await editor().locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: 20_000 });
    const file = await ctx.wb.screenshot('request-file-sent');
    assert.ok(fs.statSync(file).size > 20_000);
  });
});
