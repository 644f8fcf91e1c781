// `npm test`: installs what is missing, then lint, type check, build, and every test suite:
// unit, contract, integration (extension host in code-server; desktop VS Code when one is given)
// and e2e. Ends with one line "N passed, N failed, N skipped" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureAll, root } from './lib/setup.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const mocha = (pattern, extra = []) => [
  bin('mocha'),
  ['--reporter', 'test/support/summaryReporter.cjs', ...extra, pattern],
];
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function banner(title) {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
}

function exec(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1), status: r.status ?? r.signal };
}

/** A build step: not a test, but a failure fails the run and counts as one failed. */
function step(title, cmd, args) {
  banner(title);
  const r = exec(cmd, args);
  lines.push(`${title}: ${r.ok ? 'ok' : `FAILED (exit ${r.status})`} in ${r.seconds} s`);
  if (!r.ok) {
    totals.failed += 1;
  }
  return r.ok;
}

function hasFiles(dir, suffix) {
  const abs = path.join(root, dir);
  return (
    fs.existsSync(abs) && fs.readdirSync(abs, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith(suffix))
  );
}

/** A test suite whose reporter writes {passed, failed, skipped} to $MRS_TEST_SUMMARY. */
function suite(title, [cmd, args], env = {}) {
  banner(title);
  const summaryFile = path.join(os.tmpdir(), `mrs-test-${process.pid}-${title.replace(/\W+/g, '-')}.json`);
  fs.rmSync(summaryFile, { force: true });
  const r = exec(cmd, args, { ...env, MRS_TEST_SUMMARY: summaryFile });
  let s = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(summaryFile)) {
    s = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  }
  fs.rmSync(summaryFile, { force: true });
  // A crash before or after the tests (no summary, or a non-zero exit with no failed test) is a failure too.
  if (!r.ok && s.failed === 0) {
    s.failed = 1;
  }
  for (const k of Object.keys(totals)) {
    totals[k] += s[k];
  }
  lines.push(`${title}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped in ${r.seconds} s`);
}

function skipped(title, why) {
  banner(title);
  console.log(`skipped: ${why}`);
  lines.push(`${title}: skipped (${why})`);
}

function main() {
  const started = Date.now();
  banner('setup');
  ensureAll();
  fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
  step('lint', 'npm', ['run', '--silent', 'lint']);
  step('type check', bin('tsc'), ['--noEmit', '-p', '.']);
  step('type check (webview)', bin('tsc'), ['-p', 'webview']);
  const built = step('compile', bin('tsc'), ['-p', '.']) && step('package', 'npm', ['run', '--silent', 'package']);
  if (!built) {
    lines.push('tests: not run, the build failed');
  } else {
    suite('unit', mocha('out/test/unit/**/*.test.js'));
    if (hasFiles('out/test/contract', '.test.js')) {
      suite('contract', mocha('out/test/contract/**/*.test.js', ['--timeout', '20000']));
    } else {
      skipped('contract', 'no contract tests yet');
    }
    suite('integration (code-server)', ['node', ['scripts/integration.mjs']]);
    // The same host with VS Code's display language zh-cn; only the files that are about it.
    suite('integration (code-server, zh-cn)', ['node', ['scripts/integration.mjs']], {
      MRS_LOCALE: 'zh-cn',
      MRS_INTEGRATION_FILES: 'zhCn.test.ts,agentToolsZhCn.test.ts',
    });
    // Hosts in which nothing ran before: what opening one file activates (test/integration/fresh).
    for (const file of ['packageJsonFirst', 'requestFileFirst']) {
      suite(`integration (code-server, fresh host: ${file})`, ['node', ['scripts/integration.mjs']], {
        MRS_INTEGRATION_FILES: `fresh/${file}.test.ts`,
      });
    }
    if (process.env.MRS_VSCODE_EXECUTABLE) {
      suite('integration (desktop VS Code)', ['node', ['scripts/integration-desktop.mjs']]);
    } else {
      skipped(
        'integration (desktop VS Code)',
        'no desktop VS Code on this machine; set MRS_VSCODE_EXECUTABLE to run the same suite through @vscode/test-electron',
      );
    }
    suite(
      'e2e',
      mocha('test/e2e/**/*.test.mjs', ['--timeout', '120000', '--exit', '--require', 'test/e2e/failureReport.mjs']),
    );
  }
  banner(`summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const l of lines) {
    console.log(l);
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

try {
  main();
} catch (e) {
  console.error(`npm test: ${e.stack ?? e}`);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed, ${totals.skipped} skipped`);
  process.exit(1);
}
