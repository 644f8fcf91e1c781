import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openActivity, treeRow, useWorkbench } from './workbench.mjs';

describe('Clusters tree in the workbench, against the local emulator', function () {
  this.timeout(120_000);
  const ctx = useWorkbench();

  const row = (text) => treeRow(ctx.page, text);
  const labelled = (label) =>
    ctx.wb.page
      .locator('.sidebar .monaco-list-row')
      .filter({ has: ctx.wb.page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
      .first();

  /**
   * Rows whose description is cut before the end of its essential start (the ellipsis comes sooner):
   * [label, description, the part that must show, what shows]. Measured on the rendered text.
   */
  const cutRows = (essential) =>
    ctx.wb.page.evaluate((source) => {
      const pattern = new RegExp(source);
      const out = [];
      for (const rowEl of document.querySelectorAll('.sidebar .monaco-list-row')) {
        const description = rowEl.querySelector('.label-description');
        const text = description?.textContent ?? '';
        const must = pattern.exec(text)?.[0];
        const box = rowEl.querySelector('.monaco-icon-label-container');
        if (!description?.firstChild || !must || !box) {
          continue;
        }
        const range = document.createRange();
        range.setStart(description.firstChild, 0);
        range.setEnd(description.firstChild, must.length);
        const right = box.getBoundingClientRect().right;
        if (range.getBoundingClientRect().right > right + 0.5) {
          const name = rowEl.querySelector('.label-name')?.textContent ?? '';
          out.push([name, text, must]);
        }
      }
      return out;
    }, essential.source);

  it('lists the clusters with state and counts', async () => {
    await openActivity(ctx.wb.page, 'MRS');
    await row('analytics-prod').waitFor({ timeout: 30_000 });
    assert.match(await row('analytics-prod').innerText(), /running · 5 core · 4 task/);
    assert.match(await row('ml-features').innerText(), /scaling out/);
    assert.match(await row('retry-scaleout').innerText(), /resize failed · 3 core · 1 task/);
  });

  it('shows the state of every cluster, and its core count beside a name of up to 16 characters, at the default width', async () => {
    // The state (or "resize failed") and the counts come first, so that a narrow sidebar cuts the rest;
    // no form fits beside every name (reporting-warehouse, 19 characters, shows "running · 4 c…").
    assert.deepEqual(await cutRows(/^[^·]+/), []);
    const cut = await cutRows(/^[^·]+ · \d+ core/);
    assert.deepEqual(
      cut.filter(([name]) => name.length <= 16),
      [],
    );
  });

  it('expands a cluster into its node groups and a group into its hosts', async () => {
    // Fold the Operations view so that the Clusters view has the height to show every row.
    await ctx.wb.page.locator('.sidebar .pane-header[aria-label^="Operations"]').click();
    await row('analytics-prod').click();
    await ctx.wb.page.keyboard.press('ArrowRight');
    await labelled('Core').waitFor({ timeout: 15_000 });
    assert.match(await labelled('Core').innerText(), /5 · /);
    await labelled('Core').click();
    await ctx.wb.page.keyboard.press('ArrowRight');
    await row('node_core').waitFor({ timeout: 15_000 });
    assert.equal(await ctx.wb.page.locator('.sidebar .monaco-list-row', { hasText: 'node_core' }).count(), 5);
  });

  it('shows the whole count and flavor of each group and the IP of each host at the default width', async () => {
    assert.match(await labelled('Core').innerText(), /5 · c6\.4xlarge\.4$/);
    assert.deepEqual(await cutRows(/^\d+ · [\w.-]+$|^(?:[A-Z]+ · )?\d+\.\d+\.\d+\.\d+$/), []);
  });

  it('shows the connection in the status bar', async () => {
    const item = ctx.wb.page.locator('.statusbar-item', { hasText: 'MRS: Environment · cn-north-4' });
    await item.waitFor({ timeout: 15_000 });
  });

  it('takes a screenshot of the expanded tree', async () => {
    await ctx.wb.page.mouse.move(800, 700);
    await ctx.wb.page.waitForTimeout(500);
    // What the picture must show: the expanded cluster, its groups and hosts, the status bar item.
    for (const text of ['analytics-prod', 'node_core', 'MRS: Environment']) {
      assert.ok(await ctx.wb.page.locator(`text=${text}`).first().isVisible(), `${text} is on screen`);
    }
    const file = await ctx.wb.screenshot('mrs-tree-expanded');
    assert.ok(fs.statSync(file).size > 20_000, 'screenshot has content');
  });

  const collapseAll = () =>
    ctx.wb.page.locator('.sidebar .pane-header .action-label[aria-label^="Collapse All"]').click();
  const menuItem = (title) => ctx.wb.page.locator('.context-view .monaco-menu .action-label', { hasText: title });

  it('names each group of the hybrid cluster, its custom task group as Task', async () => {
    await collapseAll();
    await row('hybrid-insights').click();
    await ctx.wb.page.keyboard.press('ArrowRight');
    for (const label of ['Core · analysis', 'Core · streaming', 'Task · node_group_batch']) {
      await labelled(label).waitFor({ timeout: 15_000 });
    }
    assert.match(
      await labelled('Task · node_group_batch').innerText(),
      /^Task · node_group_batch\s*2 · c6\.xlarge\.4$/,
    );
    await ctx.wb.page.mouse.move(800, 700);
    await ctx.wb.screenshot('mrs-tree-hybrid');
  });

  it('offers Scale Out but not Scale In on the core group of a cluster with 3 core nodes', async () => {
    await collapseAll();
    await row('etl-nightly').click();
    await ctx.wb.page.keyboard.press('ArrowRight');
    await labelled('Core').click({ button: 'right' });
    await menuItem('Scale Out').first().waitFor({ timeout: 15_000 });
    assert.equal(await menuItem('Scale In').count(), 0, 'no Scale In');
    await ctx.wb.page.keyboard.press('Escape');
  });

  it('puts the reason of a failed refresh on top, offers Retry, and marks the old list possibly stale', async () => {
    await collapseAll();
    ctx.emu.addFault({ kind: 'status', status: 503, route: 'listClusters', times: 20 });
    await ctx.wb.page.locator('.sidebar .pane-header .action-label[aria-label="Refresh"]').click();
    const first = ctx.wb.page.locator('.sidebar .monaco-list-row').first();
    await first.filter({ hasText: 'The service is unavailable' }).waitFor({ timeout: 30_000 });
    assert.match(await row('analytics-prod').innerText(), /running · 5 core · 4 task · possibly stale/);
    await first.hover();
    const retry = first.locator('.actions .action-label[aria-label="Retry"]');
    await retry.waitFor({ timeout: 15_000 });
    await ctx.wb.screenshot('mrs-tree-error');
    ctx.emu.clearFaults();
    await retry.click();
    await first
      .filter({ hasText: 'analytics-prod' })
      .or(first.filter({ hasText: 'new-lakehouse' }))
      .waitFor({ timeout: 30_000 });
    assert.equal(await ctx.wb.page.locator('.sidebar .monaco-list-row', { hasText: 'possibly stale' }).count(), 0);
  });
});
