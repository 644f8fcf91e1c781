// Shared e2e fixture: the packaged .vsix installed into code-server, and a Chromium page on the
// workbench. Screenshots go to test-results/e2e (gitignored).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from '../../scripts/lib/codeServer.mjs';
import { root } from '../../scripts/lib/setup.mjs';
import { chatStandIn } from './chatStandIn.mjs';

const screenshotDir = path.join(root, 'test-results', 'e2e');
const vsixPath = path.join(root, 'mrs-explorer.vsix');

// The emulator is compiled by `tsc -p .` (npm test does it before the e2e suite).
const { startEmulator } = createRequire(import.meta.url)('../../out/emulator/index.js');

/** The workbenches open now, for the failure report of test/e2e/failureReport.mjs. */
export const openWorkbenches = new Set();

/**
 * Starts code-server with the packaged extension and opens the workbench; returns { page, close }.
 * `locale` ('zh-cn') is VS Code's display language (see scripts/lib/codeServer.mjs); `extensions` are
 * more .vsix files to install beside it, `args` more code-server arguments.
 */
export async function openWorkbench({ settings = {}, env = {}, locale, extensions = [], args = [] } = {}) {
  if (!fs.existsSync(vsixPath)) {
    throw new Error(`${vsixPath} is missing: run 'npm run package' first`);
  }
  const workspace = path.join(root, 'test', 'fixtures', 'workspace');
  const server = await startCodeServer({ workspace, vsix: [vsixPath, ...extensions], args, settings, env, locale });
  let browser;
  let page;
  try {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  } catch (e) {
    // Nothing may stay running when the workbench does not come up.
    await browser?.close();
    await server.stop();
    throw e;
  }
  const wb = {
    page,
    /** XDG_STATE_HOME of this code-server: its default journal is <stateDir>/mrs-explorer/journal. */
    stateDir: server.dirs.xdgState,
    async screenshot(name) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    /** Changes user settings while the workbench runs (VS Code watches the file). */
    changeSettings(patch) {
      const file = path.join(server.dirs.userData, 'User', 'settings.json');
      fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...patch }, null, 2));
    },
    /** The extension's output channel as code-server logged it (for a failing test's report). */
    extensionLog() {
      const logs = path.join(server.dirs.userData, 'logs');
      const files = fs.existsSync(logs)
        ? fs.readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((f) => /-MRS\.log$|[/\\]MRS\.log$/.test(f))
        : [];
      return files.map((f) => fs.readFileSync(path.join(logs, f), 'utf8')).join('\n');
    },
    async close() {
      openWorkbenches.delete(wb);
      await browser.close();
      await server.stop();
    },
  };
  openWorkbenches.add(wb);
  return wb;
}

/**
 * For the calling `describe`: before its tests, an emulator (unless `emulator` is false; its
 * options otherwise, e.g. { scaleSeconds: 3 }) and a fresh workbench whose extension is connected
 * to it (unless `connect` is false: then nothing is configured, as on a first run), with VS Code's
 * chat and a stand-in for its model when `chat` is true (chatStandIn.mjs); after them, both stopped. Returns getters for `wb`, `emu` and `page`, valid inside the tests.
 */
export function useWorkbench({ emulator = {}, connect = true, settings = {}, locale, chat = false } = {}) {
  let wb;
  let emu;
  before(async () => {
    if (emulator) {
      emu = await startEmulator({ port: 0, quiet: true, ...emulator });
    }
    const standIn = chat ? chatStandIn() : { extensions: [], args: [], settings: {} };
    const env = emu && connect ? emulatorEnv(emu) : {};
    wb = await openWorkbench({ ...standIn, settings: { ...standIn.settings, ...settings }, locale, env });
  });
  after(async () => {
    await wb?.close();
    await emu?.close();
  });
  return {
    get wb() {
      return wb;
    },
    get emu() {
      return emu;
    },
    get page() {
      return wb.page;
    },
  };
}

/** The resize form's own frame inside the visible webview. */
export const formFrame = (page) =>
  page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');

/** The first row of the side bar's tree that contains `text`. */
export const treeRow = (page, text) => page.locator('.sidebar .monaco-list-row', { hasText: text }).first();

/** The quick input: type into it and press Enter (a pick is chosen by filtering to it). */
export function quickInput(page) {
  const box = page.locator('.quick-input-widget .quick-input-box input');
  return {
    box,
    async answer(text) {
      await box.waitFor({ state: 'visible', timeout: 15_000 });
      await box.fill(text);
      await page.waitForTimeout(150);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(250);
    },
    async choose(label) {
      await box.waitFor({ state: 'visible', timeout: 15_000 });
      const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
      await row.waitFor({ timeout: 15_000 });
      await row.click();
      await page.waitForTimeout(250);
    },
    async title() {
      return page.locator('.quick-input-widget .quick-input-title').innerText();
    },
  };
}

/**
 * Runs a command from the palette by its title. Keys typed while a webview has focus would go to
 * the webview: the workbench is focused first.
 */
export async function runCommand(page, title) {
  await page.locator('.sidebar .composite.title').click();
  await page.keyboard.press('F1');
  await quickInput(page).box.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().click();
}

/**
 * The modal confirmation of a scale-in: waits for it, checks that it names every host of `names`,
 * photographs it as `screenshot`, then presses its Scale In button.
 */
export async function confirmScaleIn(wb, names, screenshot) {
  const dialog = wb.page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: 30_000 });
  const text = await dialog.innerText();
  for (const name of names) {
    assert.ok(text.includes(name), `the confirmation names ${name}: ${text}`);
  }
  await wb.screenshot(screenshot);
  await dialog.locator('.monaco-button', { hasText: 'Scale In' }).click();
}

/** The extension's own zh-cn texts: `nls` (package.nls.zh-cn.json) and `t(key, ...args)` (the l10n bundle). */
export function zhCnTexts() {
  const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(root, ...parts), 'utf8'));
  const bundle = readJson('l10n', 'bundle.l10n.zh-cn.json');
  return {
    nls: readJson('package.nls.zh-cn.json'),
    t: (key, ...args) => args.reduce((s, a, i) => s.replace(`{${i}}`, String(a)), bundle[key]),
  };
}

/** The environment that gives the extension its read-only connection to an emulator (as `npm start` does). */
export function emulatorEnv(emu) {
  const c = emu.credentials;
  return {
    HUAWEICLOUD_SDK_AK: c.ak,
    HUAWEICLOUD_SDK_SK: c.sk,
    HUAWEICLOUD_SDK_PROJECT_ID: c.projectId,
    HUAWEICLOUD_SDK_REGION: c.region,
    HUAWEICLOUD_SDK_MRS_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_IAM_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_ECS_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_EVS_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_VPC_ENDPOINT: emu.url,
  };
}

/**
 * Runs the context-menu entry `title` of a tree row. Under load a click on a menu entry is
 * sometimes swallowed while the menu is still settling; the entry is then chosen with Enter, and
 * the whole gesture is tried again while the menu stays open (running a command twice is not
 * possible this way: the menu closes once an entry runs).
 *
 * The menu also closes without running anything when the tree re-renders under it (a refresh).
 * For an entry that may run twice without harm (opening the form reveals the open one), pass
 * `until`, the locator of what the entry shows: the gesture is then repeated until it appears.
 */
export async function contextMenu(page, rowLocator, title, { until } = {}) {
  const menu = page.locator('.context-view .monaco-menu');
  const ran = async () =>
    !until ||
    (await until.waitFor({ timeout: 20_000 }).then(
      () => true,
      () => false,
    ));
  for (let attempt = 1; ; attempt++) {
    await rowLocator.click({ button: 'right' });
    const item = page.locator('.context-view .monaco-menu .action-label', { hasText: title }).first();
    await item.waitFor({ timeout: 15_000 });
    await item.hover();
    await item.click();
    let closed = await menu
      .waitFor({ state: 'hidden', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!closed) {
      await page.keyboard.press('Enter');
      closed = await menu.waitFor({ state: 'hidden', timeout: 3_000 }).then(
        () => true,
        () => false,
      );
    }
    if (closed && (await ran())) {
      return;
    }
    if (!closed) {
      await page.keyboard.press('Escape');
    }
    if (attempt === 3) {
      throw new Error(
        `the context menu entry "${title}" did not run${until ? ' (or did not show what it should)' : ''}`,
      );
    }
  }
}

/** Clicks the activity-bar entry whose title starts with `title`. */
export async function openActivity(page, title) {
  const item = page.locator(`.activitybar .action-item a[aria-label^="${title}"]`);
  await item.waitFor({ timeout: 60_000 });
  await item.click();
}

/**
 * Waits until the text of `locator` matches `pattern` (a part that is drawn by pieces, like a chat's
 * answer or a terminal); returns that text, or fails saying `what` and how the text ended.
 */
export async function waitForText(page, locator, pattern, { timeout = 60_000, what = 'the text' } = {}) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await locator.innerText();
    if (pattern.test(text)) {
      return text;
    }
    await page.waitForTimeout(500);
  }
  assert.fail(`${what} never showed ${pattern}; its end:\n${text.slice(-1500)}`);
}

/** The text VS Code's terminal shows (with its DOM renderer: `terminal.integrated.gpuAcceleration` off). */
export function waitForTerminal(page, pattern, timeout) {
  const rows = page.locator('.terminal-wrapper.active .xterm-rows');
  return waitForText(page, rows, pattern, { timeout, what: 'the terminal' });
}

/**
 * Runs `mrs-resize plan`, then `apply`, of a saved request file (etl-nightly, core 3 → 5) in a new
 * terminal of the workbench, as a user does: the terminal has the workbench's environment (the
 * connection's variables, the same journal). `lang` is the shell's LANG (the CLI's language).
 * Photographs the maximized terminal as `screenshot`; returns the terminal's text.
 */
export async function runMrsResize(ctx, screenshot, { lang } = {}) {
  const { page } = ctx.wb;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-e2e-cli-'));
  const parameters = {
    scale_type: 'scale_out',
    node_id: 'node_orderadd',
    node_group: 'core_node_analysis_group',
    instances: 2,
  };
  const file = { target: { cluster_id: ctx.emu.clusterIdByName('etl-nightly') }, request: { parameters } };
  fs.writeFileSync(path.join(dir, 'etl-nightly.mrs-resize.json'), JSON.stringify(file, null, 2));
  await runCommand(page, 'Terminal: Create New Terminal');
  await page.locator('.terminal-wrapper.active .xterm-rows').waitFor({ timeout: 30_000 });
  await page.locator('.terminal-wrapper.active').click();
  const setLang = lang ? `export LANG=${lang} && ` : '';
  const cli = path.join(root, 'dist', 'cli.js');
  await page.keyboard.type(`cd ${dir} && ${setLang}alias mrs-resize="node ${cli}" && PS1='$ ' && clear\n`);
  await page.keyboard.type('mrs-resize plan etl-nightly.mrs-resize.json\n');
  await waitForTerminal(page, /Authorization: …[\s\S]*\n\$\s*$/); // the request, then the prompt
  await page.keyboard.type('mrs-resize apply etl-nightly.mrs-resize.json --interval 1\n');
  const text = await waitForTerminal(page, /etl-nightly[\s\S]*\n\$\s*$/, 120_000);
  await runCommand(page, 'View: Toggle Maximized Panel');
  await page.mouse.move(900, 300);
  await page.waitForTimeout(500);
  await ctx.wb.screenshot(screenshot);
  await runCommand(page, 'View: Toggle Maximized Panel');
  return text;
}
