import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openActivity, useWorkbench } from './workbench.mjs';

describe('MRS view in the workbench (packaged .vsix in code-server)', function () {
  this.timeout(120_000);
  const ctx = useWorkbench({ emulator: false });

  it('shows the MRS container in the activity bar and opens the Clusters view', async () => {
    await openActivity(ctx.wb.page, 'MRS');
    const title = ctx.wb.page.locator('.sidebar .composite.title');
    await title.waitFor({ timeout: 30_000 });
    assert.match(await title.innerText(), /^MRS$/i);
    for (const view of ['Clusters', 'Operations']) {
      await ctx.wb.page
        .locator('.sidebar .pane-header', { hasText: new RegExp(`^${view}`, 'i') })
        .first()
        .waitFor({ timeout: 30_000 });
    }
  });

  it('shows the welcome content while there is no connection', async () => {
    const welcome = ctx.wb.page.locator('.welcome-view-content');
    await welcome.first().waitFor({ timeout: 30_000 });
    const text = await welcome.first().innerText();
    assert.match(text, /No MRS connection yet/);
    assert.equal(
      await ctx.wb.page.locator('.welcome-view-content a.monaco-button', { hasText: 'Add Connection' }).count(),
      1,
    );
  });

  it('opens the MRS log from the welcome button', async () => {
    await ctx.wb.page.locator('.welcome-view-content a', { hasText: 'Show Log' }).click();
    const output = ctx.wb.page.locator('.part.panel .output-view .view-lines');
    await output.waitFor({ timeout: 30_000 });
    await ctx.wb.page.waitForFunction(
      () =>
        /MRS\sExplorer[\s\S]*activated/.test(
          document.querySelector('.part.panel .output-view .view-lines')?.textContent ?? '',
        ),
      null,
      { timeout: 30_000 },
    );
  });

  it('takes a screenshot of the view', async () => {
    assert.ok(await ctx.wb.page.locator('.welcome-view-content', { hasText: 'No MRS connection yet' }).isVisible());
    const file = await ctx.wb.screenshot('mrs-view-welcome');
    assert.ok(fs.statSync(file).size > 10_000, 'screenshot has content');
  });
});
