// Windows: a rename or delete of a file another process has open fails for a moment (EPERM,
// EACCES, EBUSY) and is tried again; anywhere else, and for any other error, once is once.
import assert from 'node:assert/strict';
import { retryTransient, retryTransientSync } from '../../../../src/core/journal/fsDurable';

const failing = (codes: string[]) => {
  let calls = 0;
  return {
    calls: () => calls,
    fn: () => {
      const c = codes[calls++];
      if (c) {
        throw Object.assign(new Error(c), { code: c });
      }
      return 'done';
    },
  };
};
const noWait = () => Promise.resolve();

describe('journal writes on Windows', () => {
  it('tries a rename held open by another process again, on Windows only', async () => {
    const onWindows = failing(['EPERM', 'EBUSY', 'EACCES']);
    assert.equal(await retryTransient(() => Promise.resolve().then(onWindows.fn), 'win32', noWait), 'done');
    assert.equal(onWindows.calls(), 4);
    const onLinux = failing(['EPERM']);
    await assert.rejects(
      retryTransient(() => Promise.resolve().then(onLinux.fn), 'linux', noWait),
      /EPERM/,
    );
    assert.equal(onLinux.calls(), 1);
  });

  it('gives up on other errors at once, and on a file held for good after a few tries', async () => {
    const missing = failing(['ENOENT']);
    await assert.rejects(
      retryTransient(() => Promise.resolve().then(missing.fn), 'win32', noWait),
      /ENOENT/,
    );
    assert.equal(missing.calls(), 1);
    const held = failing(Array<string>(20).fill('EPERM'));
    await assert.rejects(
      retryTransient(() => Promise.resolve().then(held.fn), 'win32', noWait),
      /EPERM/,
    );
    assert.equal(held.calls(), 8);
    const sync = failing(['EBUSY']);
    assert.equal(retryTransientSync(sync.fn, 'win32'), 'done');
    assert.equal(sync.calls(), 2);
  });
});
