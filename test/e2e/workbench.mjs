// Shared e2e fixture: the packaged .vsix installed into code-server, and a Chromium page on the
// workbench. Screenshots go to test-results/e2e (gitignored).
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from '../../scripts/lib/codeServer.mjs';
import { root } from '../../scripts/lib/setup.mjs';

const screenshotDir = path.join(root, 'test-results', 'e2e');
const vsixPath = path.join(root, 'mrs-explorer.vsix');

/** The workbenches open now, for the failure report of test/e2e/failureReport.mjs. */
export const openWorkbenches = new Set();

/**
 * Starts code-server with the packaged extension and opens the workbench; returns { page, close }.
 * `locale` ('zh-cn') is VS Code's display language (see scripts/lib/codeServer.mjs).
 */
export async function openWorkbench({ settings = {}, env = {}, locale } = {}) {
  if (!fs.existsSync(vsixPath)) {
    throw new Error(`${vsixPath} is missing: run 'npm run package' first`);
  }
  const workspace = path.join(root, 'test', 'fixtures', 'workspace');
  const server = await startCodeServer({ workspace, vsix: vsixPath, settings, env, locale });
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
    async screenshot(name) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
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
