import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { emulatorEnv, openActivity, openWorkbench } from './workbench.mjs';

// The emulator is compiled by `tsc -p .` (npm test does it before the e2e suite).
const { startEmulator } = createRequire(import.meta.url)('../../out/emulator/index.js');

describe('Clusters tree in the workbench, against the local emulator', function () {
  this.timeout(120_000);
  let wb;
  let emu;

  before(async () => {
    emu = await startEmulator({ port: 0, quiet: true });
    wb = await openWorkbench({ env: emulatorEnv(emu) });
  });

  after(async () => {
    await wb?.close();
    await emu?.close();
  });

  const row = (text) => wb.page.locator('.sidebar .monaco-list-row', { hasText: text }).first();
  const labelled = (label) =>
    wb.page
      .locator('.sidebar .monaco-list-row')
      .filter({ has: wb.page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
      .first();

  /**
   * Rows whose description is cut before the end of its essential start (the ellipsis comes sooner):
   * [label, description, the part that must show, what shows]. Measured on the rendered text.
   */
  const cutRows = (essential) =>
    wb.page.evaluate((source) => {
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
    await openActivity(wb.page, 'MRS');
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
    await wb.page.locator('.sidebar .pane-header[aria-label^="Operations"]').click();
    await row('analytics-prod').click();
    await wb.page.keyboard.press('ArrowRight');
    await labelled('Core').waitFor({ timeout: 15_000 });
    assert.match(await labelled('Core').innerText(), /5 · /);
    await labelled('Core').click();
    await wb.page.keyboard.press('ArrowRight');
    await row('node_core').waitFor({ timeout: 15_000 });
    assert.equal(await wb.page.locator('.sidebar .monaco-list-row', { hasText: 'node_core' }).count(), 5);
  });

  it('shows the whole count and flavor of each group and the IP of each host at the default width', async () => {
    assert.match(await labelled('Core').innerText(), /5 · c6\.4xlarge\.4$/);
    assert.deepEqual(await cutRows(/^\d+ · [\w.-]+$|^(?:[A-Z]+ · )?\d+\.\d+\.\d+\.\d+$/), []);
  });

  it('shows the connection in the status bar', async () => {
    const item = wb.page.locator('.statusbar-item', { hasText: 'MRS: Environment · cn-north-4' });
    await item.waitFor({ timeout: 15_000 });
  });

  it('takes a screenshot of the expanded tree', async () => {
    await wb.page.mouse.move(800, 700);
    await wb.page.waitForTimeout(500);
    // What the picture must show: the expanded cluster, its groups and hosts, the status bar item.
    for (const text of ['analytics-prod', 'node_core', 'MRS: Environment']) {
      assert.ok(await wb.page.locator(`text=${text}`).first().isVisible(), `${text} is on screen`);
    }
    const file = await wb.screenshot('mrs-tree-expanded');
    assert.ok(fs.statSync(file).size > 20_000, 'screenshot has content');
  });

  const collapseAll = () => wb.page.locator('.sidebar .pane-header .action-label[aria-label^="Collapse All"]').click();
  const menuItem = (title) => wb.page.locator('.context-view .monaco-menu .action-label', { hasText: title });

  it('names each group of the hybrid cluster, its custom task group as Task', async () => {
    await collapseAll();
    await row('hybrid-insights').click();
    await wb.page.keyboard.press('ArrowRight');
    for (const label of ['Core · analysis', 'Core · streaming', 'Task · node_group_batch']) {
      await labelled(label).waitFor({ timeout: 15_000 });
    }
    assert.match(
      await labelled('Task · node_group_batch').innerText(),
      /^Task · node_group_batch\s*2 · c6\.xlarge\.4$/,
    );
    await wb.page.mouse.move(800, 700);
    await wb.screenshot('mrs-tree-hybrid');
  });

  it('offers Scale Out but not Scale In on the core group of a cluster with 3 core nodes', async () => {
    await collapseAll();
    await row('etl-nightly').click();
    await wb.page.keyboard.press('ArrowRight');
    await labelled('Core').click({ button: 'right' });
    await menuItem('Scale Out').first().waitFor({ timeout: 15_000 });
    assert.equal(await menuItem('Scale In').count(), 0, 'no Scale In');
    await wb.page.keyboard.press('Escape');
  });

  it('puts the reason of a failed refresh on top, offers Retry, and marks the old list possibly stale', async () => {
    await collapseAll();
    emu.addFault({ kind: 'status', status: 503, route: 'listClusters', times: 20 });
    await wb.page.locator('.sidebar .pane-header .action-label[aria-label="Refresh"]').click();
    const first = wb.page.locator('.sidebar .monaco-list-row').first();
    await first.filter({ hasText: 'The service is unavailable' }).waitFor({ timeout: 30_000 });
    assert.match(await row('analytics-prod').innerText(), /running · 5 core · 4 task · possibly stale/);
    await first.hover();
    const retry = first.locator('.actions .action-label[aria-label="Retry"]');
    await retry.waitFor({ timeout: 15_000 });
    await wb.screenshot('mrs-tree-error');
    emu.clearFaults();
    await retry.click();
    await first
      .filter({ hasText: 'analytics-prod' })
      .or(first.filter({ hasText: 'new-lakehouse' }))
      .waitFor({ timeout: 30_000 });
    assert.equal(await wb.page.locator('.sidebar .monaco-list-row', { hasText: 'possibly stale' }).count(), 0);
  });
});
