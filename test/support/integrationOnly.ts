// Extension-host entry (extensionTestsPath) that runs only some of test/integration: the files named
// in $MRS_INTEGRATION_FILES (comma-separated, e.g. `zhCn.test.ts`; the compiled .js is matched).
// scripts/integration.mjs uses it for the zh-cn run. It delegates to test/integration/index.ts, so
// the reporter and the output marks are the same; only Mocha.addFile is filtered while that run()
// collects the files (it adds them synchronously before it starts mocha).
import * as path from 'node:path';
import Mocha from 'mocha';
import { run as runAll } from '../integration/index';

function wanted(): Set<string> {
  const names = (process.env.MRS_INTEGRATION_FILES ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => n.replace(/\.ts$/, '.js'))
    .map((n) => (n.endsWith('.js') ? n : `${n}.js`));
  if (names.length === 0) {
    throw new Error('MRS_INTEGRATION_FILES names no test file');
  }
  return new Set(names);
}

export function run(): Promise<void> {
  const only = wanted();
  const found = new Set<string>();
  // Called back with .call(this) below, and put back as soon as runAll() has collected the files.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const addFile = Mocha.prototype.addFile;
  Mocha.prototype.addFile = function (this: Mocha, file: string): Mocha {
    const name = path.basename(file);
    if (!only.has(name)) {
      return this;
    }
    found.add(name);
    return addFile.call(this, file);
  };
  let done: Promise<void>;
  try {
    done = runAll();
  } finally {
    Mocha.prototype.addFile = addFile;
  }
  const missing = [...only].filter((n) => !found.has(n));
  if (missing.length > 0) {
    const message = `no such integration test file: ${missing.join(', ')} (MRS_INTEGRATION_FILES)`;
    console.log('[mrs-test]', message);
    return done.then(() => Promise.reject(new Error(message)));
  }
  return done;
}
