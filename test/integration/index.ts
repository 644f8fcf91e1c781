// Entry point that the extension host `require`s (extensionTestsPath): runs every
// out/test/integration/**/*.test.js with mocha. The same file serves code-server (offline) and
// @vscode/test-electron (desktop VS Code).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

function testFiles(dir: string): string[] {
  return (
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.js'))
      // fresh/: each file needs a host of its own in which nothing ran before (npm test starts them).
      .filter((f) => !f.startsWith(`fresh${path.sep}`))
      .sort()
      .map((f) => path.join(dir, f))
  );
}

export function run(): Promise<void> {
  return runFiles(testFiles(__dirname));
}

/** Runs these compiled mocha files in this extension host, with the suite's reporter and marks. */
export function runFiles(files: readonly string[]): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    reporter: path.resolve(__dirname, '../../../test/support/summaryReporter.cjs'),
  });
  for (const f of files) {
    mocha.addFile(f);
  }
  // scripts/integration.mjs prints the lines that carry this mark (code-server hands them over
  // together with the workbench's own log).
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const print = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => console.log('[mrs-test]', format(...args));
  return new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  }).finally(() => {
    base.consoleLog = print;
  });
}
