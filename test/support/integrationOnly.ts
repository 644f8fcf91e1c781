// Extension-host entry (extensionTestsPath) that runs only the files named in $MRS_INTEGRATION_FILES
// (comma-separated, e.g. `zhCn.test.ts`; the compiled .js is run): test files of test/integration,
// or benchmarks of bench/host (`formRender.bench.ts`, run by `npm run bench`). scripts/integration.mjs
// uses it for the zh-cn run and the host benchmarks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runFiles } from '../integration/index';

/** Where the named files are looked for, compiled (out/test/support → out/…). */
const FOLDERS = [path.resolve(__dirname, '../integration'), path.resolve(__dirname, '../../bench/host')];

function wanted(): string[] {
  const names = (process.env.MRS_INTEGRATION_FILES ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => n.replace(/\.ts$/, '.js'))
    .map((n) => (n.endsWith('.js') ? n : `${n}.js`));
  if (names.length === 0) {
    throw new Error('MRS_INTEGRATION_FILES names no test file');
  }
  return names;
}

export function run(): Promise<void> {
  const files = wanted().map(
    (name) => FOLDERS.map((dir) => path.join(dir, name)).find((f) => fs.existsSync(f)) ?? name,
  );
  const missing = files.filter((f) => !path.isAbsolute(f));
  if (missing.length > 0) {
    const message = `no such integration test file: ${missing.join(', ')} (MRS_INTEGRATION_FILES)`;
    console.log('[mrs-test]', message);
    return Promise.reject(new Error(message));
  }
  return runFiles(files);
}
