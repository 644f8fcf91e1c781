import assert from 'node:assert/strict';
import { contextMenu, formFrame, openActivity, treeRow, useWorkbench } from './workbench.mjs';

// A custom cluster as a user meets it in the workbench: its groups by their MRS names and roles in the
// tree, a core-role group scaled out with the form through one POST …/expand (the call named above the
// body) and followed until the tree shows the new count, and a master group's warning before anything.
describe('Custom cluster in the workbench: the tree, the form, one POST …/expand', function () {
  this.timeout(180_000);
  const ctx = useWorkbench({
    emulator: { scaleSeconds: 3 },
    settings: { 'mrs.explorer.refreshSeconds': 5, 'mrs.follow.intervalSeconds': 1 },
  });

  const row = (text) => treeRow(ctx.page, text);
  const form = () => formFrame(ctx.wb.page);
  const routes = () => ctx.emu.requests().routes;

  it('shows the groups of a custom cluster by their MRS names and roles, the yearly/monthly one marked', async () => {
    await openActivity(ctx.wb.page, 'MRS');
    await row('custom-lake').waitFor({ timeout: 30_000 });
    assert.match(await row('custom-lake').innerText(), /running · 5 core · 4 task/);
    await row('custom-lake').click();
    for (const label of [
      'Master',
      'Core · node_group_data',
      'Core · node_group_hbase',
      'Task · node_group_compute',
      'Task · node_group_reserved',
    ]) {
      await row(label).waitFor({ timeout: 30_000 });
    }
    assert.match(await row('node_group_reserved').innerText(), /yearly\/monthly/);
    await ctx.wb.screenshot('tree-custom-cluster');
  });

  it('warns before a master scale-out in the form, and names the v2 call', async () => {
    await contextMenu(ctx.wb.page, row('custom-lake'), 'Open Resize Form', { until: form().locator('#instances') });
    await form().locator('#group').click();
    await form().locator('#group vscode-option', { hasText: 'master_node_default_group' }).click();
    await form().locator('#instances input').fill('1');
    await form().locator('#problems-group .problem.warning', { hasText: 'MRS never removes master nodes' }).waitFor({
      timeout: 10_000,
    });
    assert.equal(
      (await form().locator('#previewCall').innerText()).trim(),
      'POST /v2/{project_id}/clusters/{cluster_id}/expand',
    );
    await ctx.wb.screenshot('resize-form-master-warning');
    assert.equal(routes().expand.count, 0, 'nothing sent');
  });

  it('scales out a core-role group with one POST …/expand, and the tree reaches the new count', async () => {
    await form().locator('#group').click();
    await form().locator('#group vscode-option', { hasText: 'node_group_data' }).click();
    await form().locator('#instances input').fill('1');
    await form().locator('#change', { hasText: '3 → 4' }).waitFor({ timeout: 10_000 });
    const preview = await form().locator('#preview').innerText();
    assert.match(preview, /"node_group_name": "node_group_data"/);
    assert.match(preview, /"skip_bootstrap_scripts": false/, 'always sent explicitly');
    await form().locator('#send').click();
    await form().locator('#outcome.succeeded').waitFor({ timeout: 60_000 });
    await ctx.wb.page.waitForTimeout(300);
    await ctx.wb.screenshot('resize-form-custom-succeeded');
    await row('Core · node_group_data')
      .filter({ hasText: /node_group_data\s*4\b/ })
      .waitFor({ timeout: 60_000 });
    assert.deepEqual([routes().expand.count, routes().resize.count, routes().shrink.count], [1, 0, 0]);
  });
});
