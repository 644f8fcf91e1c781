// Starts code-server (VS Code 1.100.3, web workbench + Node extension host) on a free 127.0.0.1
// port with throw-away user-data, extensions and XDG folders, and opens it in headless Chromium.
// Used by `npm start`, the integration runner and the e2e tests.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, codeServerBin, ensureLanguagePack } from './setup.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function makeDirs(keep) {
  const base = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-code-server-'));
  const dirs = {
    base,
    userData: path.join(base, 'user-data'),
    extensions: path.join(base, 'extensions'),
    xdgData: path.join(base, 'xdg-data'),
    xdgConfig: path.join(base, 'xdg-config'),
    // The shared operation journal and cluster locks (mrs-explorer/journal) live here: a run never
    // meets the records of another.
    xdgState: path.join(base, 'xdg-state'),
  };
  for (const d of Object.values(dirs)) {
    fs.mkdirSync(d, { recursive: true });
  }
  return dirs;
}

function csEnv(dirs, extra) {
  return {
    ...process.env,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_STATE_HOME: dirs.xdgState,
    // Keeps the workbench from calling open-vsx.org.
    EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/"}',
    ...extra,
  };
}

function writeSettings(dirs, settings) {
  const file = path.join(dirs.userData, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const base = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.writeFileSync(file, JSON.stringify({ ...base, ...settings }, null, 2));
}

/** Installs a .vsix into the throw-away extensions folder. */
function installVsix(dirs, vsix) {
  const r = spawnSync(
    process.execPath,
    [codeServerBin, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix],
    {
      env: csEnv(dirs, {}),
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) {
    throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * Makes VS Code's display language `locale` (e.g. 'zh-cn'). code-server takes it from --locale, but
 * resolves it to English unless <user-data-dir>/languagepacks.json names a language pack for it with a
 * `hash` and an existing `translations.vscode` file (lib/vscode/out/server-main.js, remoteLanguagePacks).
 * VS Code writes that file when it installs a language pack through the workbench; this writes the
 * entry for the minimal pack that setup generates. Only the translations file is read, so the pack is
 * not installed as an extension. The workbench page then gets `_VSCODE_NLS_LANGUAGE = locale`, and the
 * extension host reports it as `vscode.env.language`.
 */
function registerLanguagePack(dirs, locale) {
  const pack = ensureLanguagePack(locale);
  const entry = {
    hash: pack.hash,
    extensions: [{ extensionIdentifier: { id: pack.id }, version: pack.version }],
    translations: { vscode: pack.mainTranslations },
    label: pack.label,
  };
  fs.writeFileSync(path.join(dirs.userData, 'languagepacks.json'), JSON.stringify({ [locale]: entry }, null, 2));
}

async function waitHealthy(url, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) {
      throw new Error(`code-server exited with ${proc.exitCode}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not answer /healthz in time');
}

/**
 * `locale` (e.g. 'zh-cn'; default English) is VS Code's display language, see registerLanguagePack.
 * `vsix` may name several (the e2e tests' chat stand-in beside the extension); `args` go to code-server
 * as they are (e.g. `--enable-proposed-api <extension id>`).
 * @param {{ workspace: string, settings?: object, env?: object, vsix?: string | string[], args?: string[], port?: number, dir?: string, locale?: string, onOutput?: (line: string) => void }} opts
 */
export async function startCodeServer(opts) {
  const dirs = makeDirs(opts.dir);
  writeSettings(dirs, opts.settings ?? {});
  for (const vsix of [opts.vsix ?? []].flat()) {
    installVsix(dirs, vsix);
  }
  const locale = opts.locale && !opts.locale.toLowerCase().startsWith('en') ? opts.locale.toLowerCase() : undefined;
  if (locale) {
    registerLanguagePack(dirs, locale);
  }
  const port = opts.port ?? (await freePort());
  const config = path.join(dirs.base, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServerBin,
    '--config',
    config,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...(locale ? ['--locale', locale] : []),
    ...(opts.args ?? []),
    opts.workspace,
  ];
  const proc = spawn(process.execPath, args, { env: csEnv(dirs, opts.env ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
  const onOutput = opts.onOutput ?? (() => undefined);
  for (const s of [proc.stdout, proc.stderr]) {
    s.setEncoding('utf8');
    s.on('data', (chunk) => chunk.split('\n').filter(Boolean).forEach(onOutput));
  }
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGKILL');
      }
    }
    if (!opts.dir) {
      fs.rmSync(dirs.base, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  try {
    await waitHealthy(url, proc, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, dirs, proc, stop };
}

/** Workbench URL for a folder, optionally as an Extension Development Host running tests. */
export function workbenchUrl(server, workspace, dev) {
  const u = new URL(server.url);
  u.searchParams.set('folder', workspace);
  if (dev) {
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(dev.extensionPath)]];
    if (dev.testsPath) {
      payload.push(['extensionTestsPath', remote(dev.testsPath)]);
    }
    u.searchParams.set('payload', JSON.stringify(payload));
  }
  return u.toString();
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Headless Debian chromium through playwright-core (which downloads no browser). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
