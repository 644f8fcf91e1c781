// Runs test/integration inside a real VS Code extension host, offline: code-server on 127.0.0.1
// plus headless Chromium opening the workbench as an Extension Development Host with
// extensionTestsPath. Exits with the extension host's exit code, or 124 after the timeout.
// Expects `tsc -p .` and `node esbuild.mjs` to have run (npm run test:integration does both).
// Environment: MRS_LOCALE=zh-cn runs VS Code with that display language (a generated language pack,
// see scripts/lib/codeServer.mjs); MRS_INTEGRATION_FILES=zhCn.test.ts,... runs only those files.
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { ensureAll, root } from './lib/setup.mjs';

const TIMEOUT_MS = Number(process.env.MRS_INTEGRATION_TIMEOUT_MS ?? 10 * 60_000);
const workspace = path.join(root, 'test', 'fixtures', 'workspace');
const only = process.env.MRS_INTEGRATION_FILES ?? '';
const testsPath = only
  ? path.join(root, 'out', 'test', 'support', 'integrationOnly')
  : path.join(root, 'out', 'test', 'integration', 'index');
const locale = process.env.MRS_LOCALE || undefined;

const MARK = '[mrs-test]';

// The workbench hands its log lines, and the extension host's console, to codeAutomationLog.
// test/integration/index.ts marks the lines of the test run; the rest only with MRS_DEBUG.
function hostLine(type, args) {
  const line = format(...(Array.isArray(args) ? args : [args]));
  if (line.startsWith(MARK)) {
    console.log(line.slice(MARK.length + 1));
  } else if (process.env.MRS_DEBUG) {
    console.log(`[workbench ${type}] ${line}`);
  }
}

async function main() {
  ensureAll();
  const server = await startCodeServer({
    workspace,
    locale,
    env: {
      MRS_TEST_SUMMARY: process.env.MRS_TEST_SUMMARY ?? '',
      MRS_INTEGRATION: '1',
      MRS_LOCALE: locale ?? '',
      MRS_INTEGRATION_FILES: only,
    },
    onOutput: (l) => process.env.MRS_DEBUG && console.log(`[code-server] ${l}`),
  });
  let browser;
  let timer;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
      timer = setTimeout(() => resolve(124), TIMEOUT_MS);
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => hostLine(type, args));
    await page.goto(workbenchUrl(server, workspace, { extensionPath: root, testsPath }));
    const code = await exit;
    if (code === 124) {
      console.error(`integration: no result after ${TIMEOUT_MS / 1000} s`);
    }
    return code;
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`integration runner failed: ${e.stack ?? e}`);
    process.exit(1);
  },
);
