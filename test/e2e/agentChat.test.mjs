// The chat agent's tools from VS Code's chat, as a user meets them: a stand-in for the chat model
// (test/e2e/chatStandIn, since the offline workbench has none) calls them as a model does, with the
// request's invocation token, so the confirmations are VS Code's own, in the chat.
import assert from 'node:assert/strict';
import { quickInput, useWorkbench, waitForText, zhCnTexts } from './workbench.mjs';

/** The chat of a workbench opened with `useWorkbench({ chat: true })`. */
function chatOf(ctx) {
  const page = () => ctx.page;
  let widened = false;
  const chat = {
    list: () => page().locator('.interactive-list'),
    confirmations: () => page().locator('.chat-confirmation-widget'),
    /** Makes the chat wider, for the screenshots: drags the secondary side bar's edge to the left. */
    async widen() {
      const box = await page().locator('.part.auxiliarybar').boundingBox();
      const y = box.y + box.height / 2;
      await page().mouse.move(box.x, y);
      await page().mouse.down();
      await page().mouse.move(box.x - 420, y, { steps: 10 });
      await page().mouse.up();
    },
    /** Focuses the chat's input; the chat comes once the stand-in is active (after startup). */
    async focus() {
      const deadline = Date.now() + 60_000;
      for (;;) {
        await page().keyboard.press('F1');
        await quickInput(page()).box.fill('>Chat: Focus on Chat View');
        const row = page().locator('.quick-input-widget .monaco-list-row', { hasText: 'Chat: Focus on Chat View' });
        if (
          await row
            .first()
            .waitFor({ timeout: 3000 })
            .then(
              () => true,
              () => false,
            )
        ) {
          await row.first().click();
          return;
        }
        await page().keyboard.press('Escape');
        assert.ok(Date.now() < deadline, 'the chat came: the stand-in registered its participant and model');
      }
    },
    /** Waits until the chat's text matches `pattern`; says what it shows when it never does. */
    waitForText: (pattern) => waitForText(page(), chat.list(), pattern, { what: 'the chat' }),
    /**
     * Sends one message: the plan tool's input, as JSON, for the stand-in. While the chat starts (the
     * stand-in becoming its default participant) it may drop a message: it is then sent again.
     */
    async ask(input) {
      await chat.focus();
      if (!widened) {
        widened = true;
        await chat.widen();
      }
      const editor = page().locator('.interactive-input-part .monaco-editor').first();
      const message = JSON.stringify(input);
      const sent = chat.list().getByText(message.slice(0, 20)).first();
      for (let attempt = 1; ; attempt++) {
        await editor.click();
        await page().keyboard.press('ControlOrMeta+A');
        await page().keyboard.press('Backspace');
        await page().keyboard.insertText(message);
        await editor.getByText(message.slice(0, 20)).first().waitFor({ timeout: 10_000 });
        await page().keyboard.press('Enter');
        if (
          await sent.waitFor({ timeout: 10_000 }).then(
            () => true,
            () => false,
          )
        ) {
          return;
        }
        assert.ok(attempt < 4, 'the chat took the message');
      }
    },
  };
  return chat;
}

describe("The chat agent's tools in VS Code's chat (a stand-in model calls them)", function () {
  this.timeout(180_000);
  const ctx = useWorkbench({ chat: true });
  const chat = chatOf(ctx);
  const resizes = () => ctx.emu.requests().routes.resize.count;

  it('plans a core scale-out, then VS Code asks before the apply tool sends; Continue sends one PUT', async () => {
    await chat.ask({ cluster: 'etl-nightly', group: 'core', direction: 'scale_out', count: 2 });
    const confirmation = chat.confirmations().last();
    await confirmation.waitFor({ timeout: 60_000 });
    const title = await confirmation.locator('.chat-confirmation-widget-title').innerText();
    assert.equal(title.replace(/\s+/g, ' ').trim(), 'Scale out core nodes of etl-nightly: 3 → 5?');
    const message = await confirmation.locator('.chat-confirmation-widget-message').innerText();
    for (const line of [
      'Change: etl-nightly: core 3 → 5 (scale out 2)',
      'Connection: Environment',
      'Call: PUT /v1.1/{project_id}/cluster_infos/{cluster_id}',
      'Continue sends this request once',
    ]) {
      assert.ok(message.includes(line), `the confirmation says "${line}":\n${message}`);
    }
    assert.match(await chat.list().innerText(), /Plan made on a fresh reading of the cluster; nothing was sent\./);
    assert.equal(resizes(), 0, 'nothing is sent before the user continues');
    await confirmation.scrollIntoViewIfNeeded();
    await ctx.wb.screenshot('agent-chat-confirmation');

    await confirmation.locator('.monaco-button', { hasText: 'Continue' }).first().click();
    await chat.waitForText(/MRS accepted the resize of etl-nightly: 3 → 5 core nodes\./);
    assert.equal(resizes(), 1, 'one PUT');
  });

  it("Cancel in VS Code's confirmation sends nothing", async () => {
    const asked = await chat.confirmations().count();
    // etl-nightly is scaling out: a plan of it has no digest.
    await chat.ask({ cluster: 'analytics-prod', group: 'core', direction: 'scale_out', count: 1 });
    await chat.confirmations().nth(asked).waitFor({ timeout: 60_000 });
    await chat.confirmations().nth(asked).locator('.monaco-button', { hasText: 'Cancel' }).first().click();
    await chat
      .list()
      .getByText(/cancel/i)
      .first()
      .waitFor({ timeout: 30_000 });
    assert.equal(resizes(), 1, 'no PUT after Cancel');
  });
});

describe("The chat agent's tools when the chat approves every tool by itself (chat.tools.autoApprove)", function () {
  this.timeout(180_000);
  const ctx = useWorkbench({ chat: true, settings: { 'chat.tools.autoApprove': true } });
  const chat = chatOf(ctx);
  const resizes = () => ctx.emu.requests().routes.resize.count;

  it("a task scale-in still gets MRS Explorer's own dialog naming the nodes; Escape sends nothing", async () => {
    await chat.ask({ cluster: 'analytics-prod', group: 'task', direction: 'scale_in', count: 2 });
    const dialog = ctx.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    assert.equal(await chat.confirmations().count(), 0, 'VS Code asked nothing: the chat approves tools by itself');
    const chosen = /Choosing (node_task_\w+), (node_task_\w+)\./.exec(await chat.list().innerText());
    assert.ok(chosen, 'the stand-in chose two task nodes with mrs_showCluster');
    const text = await dialog.innerText();
    assert.match(text, /Scale in task nodes of analytics-prod: 4 → 2\?/);
    for (const host of chosen.slice(1)) {
      assert.ok(text.includes(host), `the dialog names ${host}: ${text}`);
    }
    await ctx.wb.screenshot('agent-chat-scale-in-dialog');
    await ctx.page.keyboard.press('Escape');
    await chat.waitForText(/The user declined the confirmation; nothing was sent\./);
    assert.equal(resizes(), 0, 'no PUT');
  });
});

describe("The chat agent's tools in a Chinese VS Code's chat", function () {
  this.timeout(180_000);
  const ctx = useWorkbench({ chat: true, locale: 'zh-cn' });
  const chat = chatOf(ctx);
  const { t } = zhCnTexts();

  it("VS Code's confirmation shows the plan in Chinese; cancelling it sends nothing", async () => {
    await chat.ask({ cluster: 'etl-nightly', group: 'core', direction: 'scale_out', count: 2 });
    const confirmation = chat.confirmations().last();
    await confirmation.waitFor({ timeout: 60_000 });
    const title = await confirmation.locator('.chat-confirmation-widget-title').innerText();
    assert.equal(title.replace(/\s+/g, ' ').trim(), t('Scale out core nodes of {0}: {1} → {2}?', 'etl-nightly', 3, 5));
    const message = await confirmation.locator('.chat-confirmation-widget-message').innerText();
    assert.ok(
      message.includes(t('Continue sends this request once; MRS Explorer follows the resize to the end.')),
      message,
    );
    await confirmation.scrollIntoViewIfNeeded();
    await ctx.wb.screenshot('agent-chat-confirmation-zh-cn');
    await confirmation.locator('.monaco-button.secondary').first().click();
    await chat.waitForText(/Stand-in: the tool did not run/);
    assert.equal(ctx.emu.requests().routes.resize.count, 0);
  });
});
