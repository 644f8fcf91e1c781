import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  confirmScaleIn,
  contextMenu,
  formFrame,
  openActivity,
  quickInput,
  runCommand,
  treeRow,
  useWorkbench,
} from './workbench.mjs';

describe('Resize form in the workbench: fill, preview, send, see the tree follow', function () {
  this.timeout(180_000);
  const ctx = useWorkbench({
    emulator: { scaleSeconds: 3 },
    settings: { 'mrs.explorer.refreshSeconds': 5, 'mrs.follow.intervalSeconds': 1 },
  });

  const row = (text) => treeRow(ctx.page, text);
  const form = () => formFrame(ctx.wb.page);
  /** The form's own frame, to read focus and the DOM. */
  const inner = () => {
    const frame = ctx.wb.page.frames().find((f) => f.name() === 'active-frame' || f.url().includes('fake.html'));
    assert.ok(frame, 'the form’s frame');
    return frame;
  };

  it('opens the form from the cluster’s context menu', async () => {
    await openActivity(ctx.wb.page, 'MRS');
    await row('etl-nightly').waitFor({ timeout: 30_000 });
    await contextMenu(ctx.wb.page, row('etl-nightly'), 'Open Resize Form', { until: form().locator('#instances') });
    assert.match(await form().locator('#heading').innerText(), /etl-nightly/);
  });

  it('fills a core scale-out by 2 and reads the change and the preview', async () => {
    await form().locator('#instances input').fill('2');
    await form().locator('#change', { hasText: '3 → 5 core nodes' }).waitFor({ timeout: 10_000 });
    const preview = await form().locator('#preview').innerText();
    assert.match(preview, /"scale_type": "scale_out"/);
    assert.match(preview, /"instances": 2/);
    assert.equal(await form().locator('#send').getAttribute('aria-disabled'), 'false');
    assert.match(await form().locator('#change').getAttribute('class'), /tone-valid/);
  });

  it('shows an error beside the field and disables Send while it stands', async () => {
    await form().locator('#instances input').fill('0');
    await form().locator('#problems-instances .problem.error').waitFor({ timeout: 10_000 });
    assert.equal(await form().locator('#send').getAttribute('aria-disabled'), 'true');
    assert.match(await form().locator('#sendReason').innerText(), /instances/);
    // The error and the allowed range describe the field, which says it is invalid.
    const field = form().locator('#instances input');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const description = await inner().evaluate(
      (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      await field.getAttribute('aria-describedby'),
    );
    assert.match(description.join(' '), /Allowed: 1–\d+/, description.join(' | '));
    assert.match(description.join(' '), /whole number/, description.join(' | '));
    // Send stays in the Tab order while it cannot be used; its description is the reason.
    await field.focus();
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await ctx.wb.page.keyboard.press('Tab');
      reached = (await inner().evaluate(() => document.activeElement?.id)) === 'send';
    }
    assert.ok(reached, 'Tab reaches Send');
    assert.equal(await form().locator('#send').getAttribute('aria-describedby'), 'sendReason');
    await ctx.wb.page.keyboard.press('Enter');
    await ctx.wb.page.waitForTimeout(300);
    assert.equal(ctx.emu.requests().routes.resize.count, 0, 'an unavailable Send sends nothing');
    // A change the rules refuse is shown as an error, never in the colour of a valid one.
    await field.fill('1000');
    await form().locator('#change.tone-error', { hasText: '3 → 1003 core nodes' }).waitFor({ timeout: 10_000 });
    await form().locator('#instances input').fill('2');
    await form().locator('#change', { hasText: '3 → 5 core nodes' }).waitFor({ timeout: 10_000 });
  });

  it('takes screenshots of the form in the dark and the light theme', async () => {
    // code-server starts in a light or a dark theme; each screenshot is named after the theme it shows.
    const theme = async () =>
      (await ctx.wb.page.locator('.monaco-workbench').getAttribute('class')).includes('vs-dark') ? 'dark' : 'light';
    const first = await ctx.wb.screenshot(`resize-form-${await theme()}`);
    await runCommand(ctx.page, 'Toggle between Light/Dark Themes');
    await ctx.wb.page.waitForTimeout(1500);
    const second = await ctx.wb.screenshot(`resize-form-${await theme()}`);
    assert.notEqual(first, second, 'both themes were shown');
    await runCommand(ctx.page, 'Toggle between Light/Dark Themes');
    // High Contrast: the change line's icon is drawn (its meaning does not rest on colour alone).
    // VS Code 1.100 has no palette command that toggles High Contrast: pick the theme by name.
    const pickTheme = async (name) => {
      await runCommand(ctx.page, 'Preferences: Color Theme');
      await quickInput(ctx.page).box.fill(name);
      await ctx.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().click();
      await ctx.wb.page.waitForTimeout(1500);
    };
    const before = await theme();
    await pickTheme('Dark High Contrast');
    assert.ok(
      (await ctx.wb.page.locator('.monaco-workbench').getAttribute('class')).includes('hc-black'),
      'High Contrast is shown',
    );
    const contrast = await ctx.wb.screenshot('resize-form-high-contrast');
    const icon = await inner().evaluate(
      () => globalThis.getComputedStyle(document.getElementById('change'), '::before').content,
    );
    assert.notEqual(icon, 'none');
    await pickTheme(before === 'dark' ? 'Dark Modern' : 'Light Modern');
    for (const file of [first, second, contrast]) {
      assert.ok(fs.statSync(file).size > 20_000, `${file} has content`);
    }
  });

  it('is driven by the keyboard: labels on fields, Tab moves on, Enter in a field never sends', async () => {
    const frame = inner();
    await form().locator('#instances input').focus();
    await ctx.wb.page.keyboard.press('Enter');
    await ctx.wb.page.waitForTimeout(500);
    assert.equal(ctx.emu.requests().routes.resize.count, 0, 'Enter sent nothing');
    assert.equal(await form().locator('#outcome').innerText(), '');
    await ctx.wb.page.keyboard.press('Tab');
    assert.equal(await frame.evaluate(() => document.activeElement?.id), 'skipBootstrap', 'Tab goes to the next field');
    // Every field is named for assistive technology (its label, or aria-label/labelledby).
    const unnamed = await frame.evaluate(() =>
      [...document.querySelectorAll('vscode-dropdown, vscode-checkbox, vscode-radio-group, input')]
        .filter((e) => e.offsetParent !== null)
        .filter(
          (e) =>
            !e.getAttribute('aria-label') &&
            !e.getAttribute('aria-labelledby') &&
            !e.textContent.trim() &&
            !(e.id && document.querySelector(`label[for="${e.id}"]`)),
        )
        .map((e) => e.id),
    );
    assert.deepEqual(unnamed, []);
  });

  it('sends once and the tree reaches the new count', async () => {
    assert.equal(await form().locator('#instances input').inputValue(), '2', 'the draft is as it was left');
    await form().locator('#change', { hasText: '3 → 5 core nodes' }).waitFor({ timeout: 10_000 });
    // Everything the live region says from here on.
    await inner().evaluate(() => {
      const live = document.getElementById('live');
      globalThis.said = [];
      new globalThis.MutationObserver(() => globalThis.said.push(live.textContent)).observe(live, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await form().locator('#send').click();
    // Focus lands on the outcome, not on the page.
    await inner().waitForFunction(() => document.activeElement?.id === 'outcome', null, { timeout: 10_000 });
    await form().locator('#outcome.succeeded').waitFor({ timeout: 60_000 });
    await ctx.wb.page.waitForTimeout(300);
    await ctx.wb.screenshot('resize-form-succeeded');
    // The form starts again from the cluster as it now is: no count, so one more click sends nothing.
    assert.equal(await form().locator('#instances input').inputValue(), '');
    assert.equal(await form().locator('#send').getAttribute('aria-disabled'), 'true');
    assert.equal((await form().locator('#change').innerText()).trim(), '');
    await form().locator('#send').click({ force: true });
    const said = await inner().evaluate(() => globalThis.said);
    assert.equal(said.filter((text) => text.includes('Done')).length, 1, JSON.stringify(said));
    assert.ok(!said.some((text) => /→ -\d/.test(text)), JSON.stringify(said));
    await row('etl-nightly').filter({ hasText: '5 core' }).waitFor({ timeout: 60_000 });
    // The Operations view keeps the resize, finished.
    await row('etl-nightly · core 3 → 5').filter({ hasText: 'succeeded' }).waitFor({ timeout: 30_000 });
    assert.equal(ctx.emu.requests().routes.resize.count, 1);
  });

  it('offers the first task nodes with their task node info on a cluster without task nodes', async () => {
    await form().locator('#group').click();
    await form().locator('#group vscode-option', { hasText: 'New task node group' }).click();
    await form().locator('#taskBox').waitFor({ state: 'visible', timeout: 10_000 });
    await form().locator('#instances input').fill('2');
    const preview = await form().locator('#preview').innerText();
    assert.match(preview, /"task_node_info"/);
    assert.match(preview, /"node_size": "c6\./);
    assert.match(preview, /"data_volume_type": "SATA"/);
    await ctx.wb.screenshot('resize-form-first-task');
  });

  it('scales in two chosen task hosts from the palette, with the confirmation naming them', async () => {
    await runCommand(ctx.page, 'MRS: Open Resize Form');
    await quickInput(ctx.page).box.fill('analytics-prod');
    await ctx.wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'analytics-prod' }).first().click();
    await form().locator('#heading', { hasText: 'analytics-prod' }).waitFor({ timeout: 60_000 });
    await form().locator('#group').click();
    await form().locator('#group vscode-option', { hasText: 'task_node_analysis_group' }).click();
    await form().locator('vscode-radio[value="scale_in"]').click();
    await form().locator('vscode-radio[value="choose"]').click();
    const rows = form().locator('#hostRows tr');
    await rows.first().waitFor({ timeout: 10_000 });
    assert.equal(await rows.count(), 4, 'the four task hosts of the group');
    const names = [];
    for (const i of [0, 1]) {
      names.push((await rows.nth(i).locator('td').nth(1).innerText()).trim());
      await rows.nth(i).locator('vscode-checkbox').click();
    }
    await form().locator('#instances input').fill('2');
    await form().locator('#change', { hasText: '4 → 2 task nodes' }).waitFor({ timeout: 10_000 });
    assert.match(await form().locator('#preview').innerText(), /"server_ids"/);
    await ctx.wb.screenshot('resize-form-task-scale-in');
    await form().locator('#send').click();
    await confirmScaleIn(ctx.wb, names, 'resize-form-confirm-scale-in');
    await form().locator('#outcome.succeeded').waitFor({ timeout: 60_000 });
    assert.equal(ctx.emu.requests().routes.resize.count, 2, 'one PUT for this resize');
  });

  it('shows the quota beside the count on hpc-simulation: the limit, and Send disabled naming 12000031', async () => {
    await runCommand(ctx.page, 'MRS: Open Resize Form');
    await quickInput(ctx.page).box.fill('hpc-simulation');
    await ctx.wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'hpc-simulation' }).first().click();
    await form().locator('#heading', { hasText: 'hpc-simulation' }).waitFor({ timeout: 60_000 });
    // The seed leaves vCPUs for 40 more 64-vCPU core nodes (less whatever this suite's resizes took).
    const quota = form().locator('#quota', { hasText: /at most \d+ more nodes fit \(vCPUs: \d+ free\)/ });
    await quota.waitFor({ timeout: 30_000 });
    const fits = Number(/at most (\d+) more nodes fit/.exec(await quota.innerText())[1]);
    assert.ok(fits > 0 && fits <= 40, `${fits} nodes fit`);
    await form()
      .locator('#instances input')
      .fill(String(fits + 1));
    const error = form().locator('#problems-instances .problem.error', { hasText: '12000031' });
    await error.waitFor({ timeout: 10_000 });
    assert.match(await error.innerText(), new RegExp(`vCPUs.*MRS would refuse with 12000031.*at most ${fits} fit`));
    assert.equal(await form().locator('#send').getAttribute('aria-disabled'), 'true');
    assert.match(await form().locator('#sendReason').innerText(), /12000031/);
    await ctx.wb.screenshot('resize-form-quota-short');
    const before = ctx.emu.requests().routes.resize.count;
    await form().locator('#send').click({ force: true }); // as a user would, though it says why not
    await ctx.wb.page.waitForTimeout(300);
    assert.equal(ctx.emu.requests().routes.resize.count, before, 'a disabled Send sent nothing');
    await form().locator('#instances input').fill(String(fits));
    await form().locator('#problems-instances .problem.error').waitFor({ state: 'detached', timeout: 10_000 });
    assert.equal(await form().locator('#send').getAttribute('aria-disabled'), 'false');
  });

  it('keeps a hidden form’s draft: back on its tab, the first task draft is as it was left', async () => {
    await ctx.wb.page.locator('.tabs-container .tab', { hasText: 'Resize etl-nightly' }).click();
    await form().locator('#heading', { hasText: 'etl-nightly' }).waitFor({ timeout: 60_000 });
    await form().locator('#taskBox').waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await form().locator('#instances input').inputValue(), '2');
    assert.match(await form().locator('#preview').innerText(), /"task_node_info"/);
  });
});
