import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { openActivity, openWorkbench } from './workbench.mjs';

// The emulator is compiled by `tsc -p .` (npm test does it before the e2e suite).
const { startEmulator } = createRequire(import.meta.url)('../../out/emulator/index.js');

describe('Clusters tree in the workbench, against the local emulator', function () {
  this.timeout(120_000);
  let wb;
  let emu;

  before(async () => {
    emu = await startEmulator({ port: 0, quiet: true });
    const c = emu.credentials;
    wb = await openWorkbench({
      env: {
        HUAWEICLOUD_SDK_AK: c.ak,
        HUAWEICLOUD_SDK_SK: c.sk,
        HUAWEICLOUD_SDK_PROJECT_ID: c.projectId,
        HUAWEICLOUD_SDK_REGION: c.region,
        HUAWEICLOUD_SDK_MRS_ENDPOINT: emu.url,
        HUAWEICLOUD_SDK_IAM_ENDPOINT: emu.url,
      },
    });
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

  it('lists the clusters with state and counts', async () => {
    await openActivity(wb.page, 'MRS');
    await row('analytics-prod').waitFor({ timeout: 30_000 });
    assert.match(await row('analytics-prod').innerText(), /running · 5 core · 4 task/);
    assert.match(await row('ml-features').innerText(), /scaling out/);
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
});
