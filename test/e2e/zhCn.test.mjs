import assert from 'node:assert/strict';
import fs from 'node:fs';
import { contextMenu, formFrame, openActivity, runMrsResize, treeRow, useWorkbench, zhCnTexts } from './workbench.mjs';

// Expected text comes from the extension's own zh-cn files.
const { nls, t } = zhCnTexts();

describe('MRS view in a zh-cn workbench (packaged .vsix, emulator)', function () {
  this.timeout(120_000);
  const ctx = useWorkbench({
    locale: 'zh-cn',
    settings: { 'terminal.integrated.gpuAcceleration': 'off', 'mrs.follow.intervalSeconds': 1 },
  });
  const row = (text) => treeRow(ctx.page, text);

  it('titles the views from package.nls.zh-cn.json', async () => {
    await openActivity(ctx.wb.page, 'MRS');
    for (const key of ['views.mrs.clusters.name', 'views.mrs.operations.name']) {
      await ctx.wb.page.locator('.sidebar .pane-header', { hasText: nls[key] }).first().waitFor({ timeout: 30_000 });
    }
  });

  it('shows the Operations welcome text in Chinese', async () => {
    const first = nls['viewsWelcome.mrs.operations.empty'].split('。')[0];
    await ctx.wb.page
      .locator('.sidebar .welcome-view-content', { hasText: first })
      .first()
      .waitFor({ timeout: 30_000 });
  });

  it('lists the clusters with Chinese descriptions, and the connection in the status bar', async () => {
    await row('analytics-prod').waitFor({ timeout: 30_000 });
    const description = [t('running'), t('{0} core', 5), t('{0} task', 4)].join(' · ');
    assert.ok((await row('analytics-prod').innerText()).includes(description), description);
    const status = t('MRS: {0} · {1}', 'Environment', ctx.emu.credentials.region);
    await ctx.wb.page.locator('.statusbar-item', { hasText: status }).waitFor({ timeout: 15_000 });
  });

  it('finds the localized command title in the command palette', async () => {
    const title = nls['command.mrs.log.show.title'];
    await ctx.wb.page.keyboard.press('F1');
    const input = ctx.wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(`>${title}`);
    await ctx.wb.page
      .locator('.quick-input-widget .monaco-list-row', { hasText: `MRS: ${title}` })
      .first()
      .waitFor({ timeout: 15_000 });
    await ctx.wb.screenshot('mrs-command-palette-zh-cn');
    await ctx.wb.page.keyboard.press('Escape');
  });

  it('takes a screenshot of the view in Chinese', async () => {
    await ctx.wb.page.mouse.move(800, 700);
    await ctx.wb.page.waitForTimeout(500);
    const file = await ctx.wb.screenshot('mrs-view-zh-cn');
    assert.ok(fs.statSync(file).size > 10_000, 'screenshot has content');
  });

  it('shows the resize form in Chinese: labels, the change, the rules’ messages and <html lang>', async () => {
    const form = formFrame(ctx.wb.page);
    await contextMenu(ctx.wb.page, row('analytics-prod'), nls['command.mrs.resizeForm.open.title'], {
      until: form.locator('#instances'),
    });
    assert.equal(await form.locator('html').getAttribute('lang'), 'zh-cn');
    await form
      .locator('label', { hasText: t('Node group') })
      .first()
      .waitFor({ timeout: 10_000 });
    assert.equal((await form.locator('#send').innerText()).trim(), t('Send'));
    await form.locator('#instances input').fill('2');
    await form.locator('#change', { hasText: t('{0} → {1} core nodes', 5, 7) }).waitFor({ timeout: 10_000 });
    await form.locator('#instances input').fill('0');
    const error = await form.locator('#problems-instances .problem.error').innerText();
    assert.match(error, /[\u4e00-\u9fff]/, `the rule's message is Chinese: ${error}`);
    await form.locator('#instances input').fill('2');
    // The quota beside the count, in the bundle's words: "配额：最多还可加{0}个节点（{1}：可用{2}）".
    const quotaLine = t('Quota: at most {0} more nodes fit ({1}: {2} free)', '\u0000', '\u0000', '\u0000').split(
      '\u0000',
    )[0];
    await form.locator('#quota', { hasText: quotaLine }).waitFor({ timeout: 30_000 });
    await ctx.wb.screenshot('resize-form-zh-cn');
  });

  it('shows a custom cluster in Chinese: its groups by role and name, and the master warning in the form', async () => {
    await row('custom-lake').click();
    await row('node_group_data').waitFor({ timeout: 30_000 });
    const form = formFrame(ctx.wb.page);
    await contextMenu(ctx.wb.page, row('custom-lake'), nls['command.mrs.resizeForm.open.title'], {
      until: form.locator('#heading', { hasText: 'custom-lake' }),
    });
    await form.locator('#group').click();
    await form.locator('#group vscode-option', { hasText: 'master_node_default_group' }).click();
    await form.locator('#instances input').fill('1');
    const warning = t(
      'Master nodes are added for good: MRS never removes master nodes. They run the cluster’s management services, which are reconfigured while they join.',
    );
    await form
      .locator('#problems-group .problem.warning', { hasText: warning.slice(0, 12) })
      .waitFor({ timeout: 10_000 });
    await ctx.wb.screenshot('resize-form-custom-master-zh-cn');
    assert.equal(ctx.emu.requests().routes.expand.count, 0);
  });

  it("runs mrs-resize in Chinese in VS Code's terminal (LANG=zh_CN.UTF-8), for the walkthrough", async () => {
    const text = await runMrsResize(ctx, 'walkthrough-mrs-resize-zh-cn', { lang: 'zh_CN.UTF-8' });
    const done = t('Resize of {0} succeeded: {1}.', 'etl-nightly', t('{0} → {1} core nodes', 3, 5));
    assert.ok(text.replace(/\s+/g, '').includes(done.replace(/\s+/g, '')), `the terminal says "${done}":\n${text}`);
  });
});
