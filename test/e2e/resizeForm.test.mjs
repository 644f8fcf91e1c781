import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { openActivity, openWorkbench } from './workbench.mjs';

// The emulator is compiled by `tsc -p .` (npm test does it before the e2e suite).
const { startEmulator } = createRequire(import.meta.url)('../../out/emulator/index.js');

describe('Resize form in the workbench: fill, preview, send, see the tree follow', function () {
  this.timeout(180_000);
  let wb;
  let emu;

  before(async () => {
    emu = await startEmulator({ port: 0, quiet: true, scaleSeconds: 3 });
    const c = emu.credentials;
    wb = await openWorkbench({
      settings: { 'mrs.explorer.refreshSeconds': 5, 'mrs.follow.intervalSeconds': 1 },
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
  const form = () => wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const runCommand = async (text) => {
    await wb.page.keyboard.press('F1');
    await wb.page.keyboard.type(text);
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().click();
  };

  it('opens the form from the cluster’s context menu', async () => {
    await openActivity(wb.page, 'MRS');
    await row('etl-nightly').waitFor({ timeout: 30_000 });
    await row('etl-nightly').click({ button: 'right' });
    await wb.page.locator('.monaco-menu .action-label', { hasText: 'Open Resize Form' }).first().click();
    await form().locator('#instances').waitFor({ timeout: 60_000 });
    assert.match(await form().locator('#heading').innerText(), /etl-nightly/);
  });

  it('fills a core scale-out by 2 and reads the change and the preview', async () => {
    await form().locator('#instances input').fill('2');
    await form().locator('#change', { hasText: '3 → 5 core nodes' }).waitFor({ timeout: 10_000 });
    const preview = await form().locator('#preview').innerText();
    assert.match(preview, /"scale_type": "scale_out"/);
    assert.match(preview, /"instances": 2/);
    assert.equal(await form().locator('#send').getAttribute('disabled'), null);
  });

  it('shows an error beside the field and disables Send while it stands', async () => {
    await form().locator('#instances input').fill('0');
    await form().locator('#findings-instances .finding.error').waitFor({ timeout: 10_000 });
    assert.notEqual(await form().locator('#send').getAttribute('disabled'), null);
    assert.match(await form().locator('#sendReason').innerText(), /instances/);
    await form().locator('#instances input').fill('2');
    await form().locator('#change', { hasText: '3 → 5 core nodes' }).waitFor({ timeout: 10_000 });
  });

  it('takes screenshots of the form in the dark and the light theme', async () => {
    // code-server starts in a light or a dark theme; each screenshot is named after the theme it shows.
    const theme = async () =>
      (await wb.page.locator('.monaco-workbench').getAttribute('class')).includes('vs-dark') ? 'dark' : 'light';
    const first = await wb.screenshot(`resize-form-${await theme()}`);
    await runCommand('Toggle between Light/Dark Themes');
    await wb.page.waitForTimeout(1500);
    const second = await wb.screenshot(`resize-form-${await theme()}`);
    assert.notEqual(first, second, 'both themes were shown');
    await runCommand('Toggle between Light/Dark Themes');
    for (const file of [first, second]) {
      assert.ok(fs.statSync(file).size > 20_000, `${file} has content`);
    }
  });

  it('sends once and the tree reaches the new count', async () => {
    await form().locator('#send').click();
    await form().locator('#outcome.succeeded').waitFor({ timeout: 60_000 });
    await wb.page.waitForTimeout(300);
    await wb.screenshot('resize-form-succeeded');
    await row('etl-nightly').filter({ hasText: '5 core' }).waitFor({ timeout: 60_000 });
    assert.equal(emu.requests().routes.resize.count, 1);
  });
});
