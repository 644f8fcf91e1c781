// User journeys of the release, each in a fresh profile (its own code-server and user data), each
// with screenshots in test-results/e2e/journey-*.png (the README shows copies of some in docs/images).
import assert from 'node:assert/strict';
import {
  confirmScaleIn,
  contextMenu,
  formFrame,
  openActivity,
  quickInput,
  runCommand,
  treeRow as row,
  useWorkbench,
  zhCnTexts,
} from './workbench.mjs';

describe('Journey (a): first run, then an AK/SK connection to the emulator through the wizard', function () {
  this.timeout(180_000);
  // No HUAWEICLOUD_SDK_* variables: nothing is configured yet.
  const ctx = useWorkbench({ connect: false });

  it('welcomes with Add Connection, walks the wizard with Test Connection, then lists the clusters', async () => {
    const { page } = ctx.wb;
    await openActivity(page, 'MRS');
    const welcome = page.locator('.sidebar .welcome-view-content').first();
    await welcome.waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('journey-a-1-first-run');
    const c = ctx.emu.credentials;
    await runCommand(page, 'MRS: Add Connection');
    const q = quickInput(page);
    await q.answer('emulator');
    await q.answer(c.region);
    await q.choose('Access key (AK/SK)');
    await q.answer(c.ak);
    await q.answer(c.sk);
    await q.answer(''); // no security token
    await q.answer(c.projectId);
    await q.answer(ctx.emu.url);
    await q.answer(ctx.emu.url);
    await q.choose('Test Connection');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: 'Save' })
      .first()
      .waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('journey-a-2-tested');
    await q.choose('Save');
    await row(page, 'analytics-prod').waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: 'MRS: emulator' }).waitFor({ timeout: 15_000 });
    await page.mouse.move(800, 700);
    await ctx.wb.screenshot('journey-a-3-clusters');
    const settings = await page.evaluate(() => document.body.innerText);
    for (const secret of [c.ak, c.sk]) {
      assert.ok(!settings.includes(secret), 'no key is shown anywhere on screen');
    }
  });
});

describe('Journey (c): task scale-in of two chosen hosts through the palette, with the confirmation', function () {
  this.timeout(180_000);
  const ctx = useWorkbench({ emulator: { scaleSeconds: 3 }, settings: { 'mrs.follow.intervalSeconds': 1 } });

  it('picks cluster, group, direction, count and two hosts, confirms naming them, and follows to success', async () => {
    const { page } = ctx.wb;
    await openActivity(page, 'MRS');
    await row(page, 'analytics-prod').waitFor({ timeout: 30_000 });
    await runCommand(page, 'MRS: Resize Node Group');
    const q = quickInput(page);
    // The list is longer than the pick shows: filter to the cluster, as a user would type its name.
    await q.box.fill('analytics-prod');
    await q.choose('analytics-prod');
    await q.choose('Task');
    await q.choose('Scale in');
    await q.answer('2');
    const hosts = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'node_task' });
    await hosts.first().waitFor({ timeout: 15_000 });
    const names = [];
    for (const i of [0, 1]) {
      const label = await hosts.nth(i).locator('.label-name').first().innerText();
      names.push(label.trim());
      await hosts.nth(i).click(); // in a multi-select pick, a click on the row ticks it
    }
    await ctx.wb.screenshot('journey-c-1-hosts');
    await page.keyboard.press('Enter');
    // The summary with the exact body; its first row sends.
    await page.locator('.quick-input-widget', { hasText: 'server_ids' }).waitFor({ timeout: 15_000 });
    await ctx.wb.screenshot('journey-c-2-summary');
    await q.choose('Scale In');
    await confirmScaleIn(ctx.wb, names, 'journey-c-3-confirm');
    await page.locator('.notifications-toasts', { hasText: 'succeeded' }).waitFor({ timeout: 60_000 });
    await row(page, 'analytics-prod').filter({ hasText: '2 task' }).waitFor({ timeout: 60_000 });
    await ctx.wb.screenshot('journey-c-4-done');
    assert.equal(ctx.emu.requests().routes.resize.count, 1);
  });
});

/** The form of the active editor (a hidden form's frame may stay in the page, behind). */

async function openForm(page, cluster, menuTitle = 'Open Resize Form') {
  const heading = formFrame(page).locator('#heading', { hasText: cluster });
  await contextMenu(page, row(page, cluster), menuTitle, { until: heading });
}

describe('Journey (e): errors as the user meets them', function () {
  this.timeout(240_000);
  const ctx = useWorkbench({
    emulator: { scaleSeconds: 3 },
    settings: { 'mrs.follow.intervalSeconds': 1, 'mrs.explorer.refreshSeconds': 5 },
  });
  before(async () => {
    await openActivity(ctx.page, 'MRS');
    await row(ctx.page, 'analytics-prod').waitFor({ timeout: 30_000 });
  });

  it('a cluster that is not running: the form says why at the top and Send says why it is off', async () => {
    const { page } = ctx.wb;
    await openForm(page, 'hbase-online');
    const form = formFrame(page);
    const top = await form.locator('#problems-cluster').innerText();
    assert.match(top, /abnormal|not running/i, top);
    assert.equal(await form.locator('#send').getAttribute('aria-disabled'), 'true');
    assert.match(await form.locator('#sendReason').innerText(), /Cannot send/);
    await ctx.wb.screenshot('journey-e-1-not-running');
    assert.equal(ctx.emu.requests().routes.resize.count, 0);
    await page.keyboard.press('Control+W');
  });

  it('an injected 503 on the list: an error row with the reason and Retry, which recovers', async () => {
    const { page } = ctx.wb;
    ctx.emu.addFault({ kind: 'status', status: 503, route: 'listClusters', times: 'always' });
    await page.locator('.sidebar .pane-header', { hasText: 'Clusters' }).first().hover();
    await page.locator('.sidebar .pane-header .action-label[aria-label^="Refresh"]').first().click();
    const error = page.locator('.sidebar .monaco-list-row').first();
    await error.filter({ hasText: 'The service is unavailable' }).waitFor({ timeout: 60_000 });
    assert.match(await row(page, 'analytics-prod').innerText(), /possibly stale/);
    await page.mouse.move(800, 700);
    await ctx.wb.screenshot('journey-e-2-list-503');
    ctx.emu.clearFaults();
    await error.hover();
    await error.locator('.actions .action-label[aria-label="Retry"]').click();
    await row(page, 'analytics-prod').filter({ hasNotText: 'possibly stale' }).waitFor({ timeout: 30_000 });
  });

  it('a reset on the PUT: outcome unknown, said so, never resent, and followed once the change shows', async () => {
    const { page } = ctx.wb;
    ctx.emu.resetRequests();
    ctx.emu.addFault({ kind: 'reset', route: 'resize', phase: 'after' });
    await openForm(page, 'stream-events');
    const form = formFrame(page);
    await form.locator('#instances input').fill('1');
    await form.locator('#change', { hasText: '3 → 4 core nodes' }).waitFor({ timeout: 10_000 });
    await form.locator('#send').click();
    // Either the form still shows "unknown" or it already followed the change it found to the end.
    await form.locator('#outcome.unknown, #outcome.accepted, #outcome.succeeded').first().waitFor({ timeout: 60_000 });
    await ctx.wb.screenshot('journey-e-3-put-reset');
    await form.locator('#outcome.succeeded').waitFor({ timeout: 60_000 });
    assert.equal(ctx.emu.requests().routes.resize.count, 1, 'the PUT was never sent again');
  });
});

describe('Journey (f): a core scale-out by 2 through the form, in a zh-cn workbench', function () {
  this.timeout(180_000);
  const { nls, t } = zhCnTexts();
  const ctx = useWorkbench({
    emulator: { scaleSeconds: 3 },
    locale: 'zh-cn',
    settings: { 'mrs.follow.intervalSeconds': 1 },
  });

  it('fills, previews and sends in Chinese, and follows to success with Chinese messages', async () => {
    const { page } = ctx.wb;
    await openActivity(page, 'MRS');
    await row(page, 'etl-nightly').waitFor({ timeout: 30_000 });
    await openForm(page, 'etl-nightly', nls['command.mrs.resizeForm.open.title']);
    const form = formFrame(page);
    await form.locator('#instances input').fill('2');
    await form.locator('#change', { hasText: t('{0} → {1} core nodes', 3, 5) }).waitFor({ timeout: 10_000 });
    await ctx.wb.screenshot('journey-f-1-form-zh-cn');
    await form.locator('#send').click();
    await form.locator('#outcome.succeeded', { hasText: t('Done') }).waitFor({ timeout: 60_000 });
    await row(page, 'etl-nightly')
      .filter({ hasText: t('{0} core', 5) })
      .waitFor({ timeout: 60_000 });
    await page
      .locator('.notifications-toasts', { hasText: /[\u4e00-\u9fff]/ })
      .first()
      .waitFor({ timeout: 30_000 });
    // The Operations view keeps the resize, finished, in Chinese.
    await row(page, 'etl-nightly · Core 3 → 5')
      .filter({ hasText: t('succeeded') })
      .waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('journey-f-2-done-zh-cn');
    assert.equal(ctx.emu.requests().routes.resize.count, 1);
  });
});
