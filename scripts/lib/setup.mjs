// Idempotent set-up of everything the demo and the tests need, into gitignored folders:
// Node packages, Debian's chromium + libkrb5-dev, fonts-wqy-microhei (Chinese in screenshots),
// code-server 4.100.3 (= VS Code 1.100.3) and a minimal zh-cn language pack.
// Facts and workarounds: docs/offline-vscode-testing.md.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.join(root, '.cache');
const CODE_SERVER_VERSION = '4.100.3';
const codeServerDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.MRS_CHROMIUM ?? '/usr/bin/chromium';

// code-server 4.100.3 pins @vscode/ripgrep 1.15.11, whose postinstall downloads rg tag v13.0.0-10 from
// GitHub unless it finds this file in $TMPDIR/vscode-ripgrep-cache-1.15.11/. The rg binary itself ships
// in the npm package @vscode/ripgrep-linux-x64.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
// fonts-wqy-microhei: Debian's chromium has no CJK font, so zh-cn screenshots would show boxes.
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'fonts-wqy-microhei'];

function log(msg) {
  console.log(`[setup] ${msg}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
}

function stamp(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** npm ci when node_modules is missing or older than package-lock.json. */
function ensureNodeModules() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (stamp(marker) >= stamp(path.join(root, 'package-lock.json'))) {
    return;
  }
  log('installing Node packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root });
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Debian's chromium (browser for the tests), libkrb5-dev (header for code-server's kerberos module), a CJK font. */
function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) {
    return;
  }
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo'];
  if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(
      `missing Debian packages ${missing.join(', ')}: run 'sudo apt-get install -y ${missing.join(' ')}'`,
    );
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [cmd, ...pre] = [...sudo, 'apt-get'];
  run(cmd, [...pre, 'update'], { env });
  run(cmd, [...pre, 'install', '-y', ...missing], { env });
}

function seedRipgrepCache(tmp) {
  const rgPkg = path.join(cacheDir, 'ripgrep');
  const rg = path.join(rgPkg, 'node_modules', '@vscode', 'ripgrep-linux-x64', 'bin', 'rg');
  if (!fs.existsSync(rg)) {
    fs.mkdirSync(rgPkg, { recursive: true });
    fs.writeFileSync(path.join(rgPkg, 'package.json'), '{ "private": true }\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '@vscode/ripgrep-linux-x64'], { cwd: rgPkg });
  }
  const seeded = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  fs.mkdirSync(seeded, { recursive: true });
  execFileSync('tar', ['czf', path.join(seeded, RIPGREP_ASSET), '-C', path.dirname(rg), 'rg']);
}

/** code-server from npm with every offline workaround; skipped when it is already complete. */
function ensureCodeServer() {
  const done = path.join(codeServerDir, '.installed');
  if (fs.existsSync(done) && fs.existsSync(codeServerBin)) {
    return;
  }
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, codeServerDir)} (about a minute)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-setup-'));
  try {
    seedRipgrepCache(tmp);
    fs.mkdirSync(codeServerDir, { recursive: true });
    const manifest = {
      private: true,
      dependencies: { 'code-server': CODE_SERVER_VERSION },
      allowScripts: { 'code-server': true, argon2: true },
    };
    fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_nodedir: '/usr',
    };
    run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: codeServerDir, env });
    fs.writeFileSync(done, new Date().toISOString() + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Display languages that `startCodeServer({ locale })` can switch VS Code to. VS Code (and code-server)
// only reports a locale other than English to extensions when a language pack for it is registered in
// <user-data-dir>/languagepacks.json; the real packs come from the marketplace, which is unreachable.
const LANGUAGE_PACKS = {
  'zh-cn': { languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)' },
};

/**
 * A minimal language pack for `locale` in .cache/language-pack-<locale>: a manifest that contributes
 * the localization and an empty translation of VS Code's own strings (the workbench stays English;
 * extensions get `vscode.env.language === locale` and load their package.nls.<locale>.json and
 * l10n bundles). Written only when missing or different. Returns what codeServer.mjs registers.
 */
export function ensureLanguagePack(locale) {
  const info = LANGUAGE_PACKS[locale];
  if (!info) {
    throw new Error(`no language pack for locale '${locale}'; known: ${Object.keys(LANGUAGE_PACKS).join(', ')}`);
  }
  const dir = path.join(cacheDir, `language-pack-${locale}`);
  const manifest = {
    name: `language-pack-${locale}`,
    publisher: 'mrs-explorer-test',
    displayName: `${info.languageName} language pack (empty, for tests)`,
    description: `Makes VS Code report the display language ${locale} to extensions; VS Code's own strings stay English.`,
    version: '1.0.0',
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        { languageId: locale, ...info, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] },
      ],
    },
  };
  const files = {
    'package.json': JSON.stringify(manifest, null, 2) + '\n',
    [path.join('translations', 'main.i18n.json')]: JSON.stringify({ version: '1.0.0', contents: {} }, null, 2) + '\n',
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  const hash = crypto.createHash('sha256').update(Object.values(files).join('')).digest('hex').slice(0, 16);
  return {
    locale,
    dir,
    id: `${manifest.publisher}.${manifest.name}`,
    version: manifest.version,
    label: info.localizedLanguageName,
    hash,
    mainTranslations: path.join(dir, 'translations', 'main.i18n.json'),
  };
}

/** Everything; `needs` narrows it for commands that do not need a browser or code-server. */
export function ensureAll(needs = { vscode: true }) {
  ensureNodeModules();
  if (needs.vscode) {
    ensureAptPackages();
    ensureCodeServer();
    for (const locale of Object.keys(LANGUAGE_PACKS)) {
      ensureLanguagePack(locale);
    }
  }
}
