// The journal on disk: whole records or none, durable renames, and a reader that trusts nothing
// (only regular files, a size cap, no silent drop, only a missing folder is an empty history).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileJournal, JournalReadError, MAX_RECORD_BYTES, recordFileName } from '../../../../src/core/journal';
import { aSendingRecord } from '../../../support/unit/records';
import { FaultyFs } from '../../../support/unit/faultyFs';

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-file-journal-'));
}

/** Counts fsync calls on the real file system: which descriptors were synced. */
function syncSpy(): { fs: typeof fs; synced: string[] } {
  const synced: string[] = [];
  const describe = (fd: number) => fs.readlinkSync(`/proc/self/fd/${fd}`);
  const spy = {
    ...fs,
    fsyncSync: (fd: number) => {
      synced.push(describe(fd));
      fs.fsyncSync(fd);
    },
    promises: {
      ...fs.promises,
      open: async (...args: Parameters<typeof fs.promises.open>) => {
        const handle = await fs.promises.open(...args);
        const sync = handle.sync.bind(handle);
        handle.sync = () => {
          synced.push(describe(handle.fd));
          return sync();
        };
        return handle;
      },
    },
  };
  return { fs: spy, synced };
}

describe('FileJournal', () => {
  it('syncs the record and then its folder, asynchronously and when a window closes', async function () {
    if (!fs.existsSync('/proc/self/fd')) {
      console.log('      skipped: no /proc/self/fd on this system to tell the synced descriptors apart');
      this.skip();
    }
    const dir = folder();
    const spy = syncSpy();
    const journal = new FileJournal(dir, spy.fs);
    await journal.write(aSendingRecord());
    assert.equal(spy.synced.length, 2);
    assert.match(spy.synced[0], /op-1\.json\.[0-9a-f]+\.tmp$/);
    assert.equal(spy.synced[1], dir);
    spy.synced.length = 0;
    journal.writeSync({ ...aSendingRecord(), state: 'running' });
    assert.equal(spy.synced.length, 2, 'the last write of a closing window is synced too');
    assert.equal(spy.synced[1], dir);
    assert.deepEqual(fs.readdirSync(dir), ['op-1.json']);
  });

  it('leaves no temporary file when a write fails, and the old record stays whole', async () => {
    const dir = folder();
    const disk = new FaultyFs();
    const journal = new FileJournal(dir, disk.fs);
    await journal.write(aSendingRecord());
    for (const [call, code] of [
      ['rename', 'EIO'],
      ['open', 'ENOSPC'],
      ['fsync', 'EROFS'],
    ] as const) {
      disk.failing.clear();
      disk.failing.set(call, code);
      const write =
        call === 'fsync'
          ? () => new Promise<void>((resolve) => resolve(journal.writeSync({ ...aSendingRecord(), state: 'running' })))
          : () => journal.write({ ...aSendingRecord(), state: 'running' });
      await assert.rejects(write(), new RegExp(code));
      assert.deepEqual(fs.readdirSync(dir), ['op-1.json'], `${call} failing with ${code}`);
      const kept = JSON.parse(fs.readFileSync(path.join(dir, 'op-1.json'), 'utf8')) as { state: string };
      assert.equal(kept.state, 'sending');
    }
  });

  it('lists every file it cannot read, with the cluster it names, and reads a BOM', async () => {
    const dir = folder();
    const journal = new FileJournal(dir);
    await journal.write(aSendingRecord());
    fs.writeFileSync(path.join(dir, 'cut.json'), '{ "id": "x", "clusterId": "c9", "state": "runn');
    fs.writeFileSync(path.join(dir, 'huge.json'), `{"clusterId":"c9","pad":"${'x'.repeat(MAX_RECORD_BYTES)}"}`);
    fs.writeFileSync(path.join(dir, 'bom.json'), `\uFEFF${JSON.stringify({ ...aSendingRecord(), id: 'bom' })}`);
    fs.mkdirSync(path.join(dir, 'folder.json'));
    fs.writeFileSync(path.join(dir, 'note.txt'), 'not a record');
    const entries = await journal.readAll();
    const byFile = Object.fromEntries(entries.map((e) => [e.file, e]));
    assert.deepEqual(Object.keys(byFile).sort(), ['bom.json', 'cut.json', 'folder.json', 'huge.json', 'op-1.json']);
    const cut = byFile['cut.json'];
    assert.ok(cut.kind === 'unreadable');
    assert.deepEqual([cut.reason, cut.clusterId], ['notJson', 'c9']);
    assert.match(cut.detail ?? '', /Unterminated string in JSON/);
    assert.equal(byFile['huge.json'].kind === 'unreadable' && byFile['huge.json'].reason, 'tooLarge');
    assert.equal(byFile['folder.json'].kind === 'unreadable' && byFile['folder.json'].reason, 'notAFile');
    assert.equal(byFile['bom.json'].kind, 'json');
  });

  it('never waits on a FIFO named like a record', async function () {
    this.timeout(5_000);
    const dir = folder();
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    } catch {
      console.log('      skipped: mkfifo is not available here');
      this.skip();
    }
    const entries = await new FileJournal(dir).readAll();
    assert.deepEqual(entries, [{ kind: 'unreadable', file: 'pipe.json', reason: 'notAFile' }]);
  });

  it('reads a missing folder as an empty history, and any other folder error as an error', async () => {
    assert.deepEqual(await new FileJournal(path.join(folder(), 'none')).readAll(), []);
    const disk = new FaultyFs();
    disk.failing.set('readdir', 'EIO');
    await assert.rejects(new FileJournal(folder(), disk.fs).readAll(), (e: unknown) => {
      assert.ok(e instanceof JournalReadError);
      assert.match(e.message, /Cannot read the operations journal .*EIO/);
      return true;
    });
  });

  it('keeps odd ids out of file names', () => {
    assert.equal(recordFileName('../../etc/passwd'), '______etc_passwd.json');
  });
});
