// Idempotent set-up of everything the demo and the tests need, into gitignored folders:
// Node packages, Debian's chromium + libkrb5-dev, and code-server 4.100.3 (= VS Code 1.100.3).
// Facts and workarounds: docs/offline-vscode-testing.md in the shared folder.
import { execFileSync, spawnSync } from 'node:child_process';
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
const APT_PACKAGES = ['chromium', 'libkrb5-dev'];

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

/** Debian's chromium (browser for the tests) and libkrb5-dev (header for code-server's kerberos module). */
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

/** Everything; `needs` narrows it for commands that do not need a browser or code-server. */
export function ensureAll(needs = { vscode: true }) {
  ensureNodeModules();
  if (needs.vscode) {
    ensureAptPackages();
    ensureCodeServer();
  }
}
