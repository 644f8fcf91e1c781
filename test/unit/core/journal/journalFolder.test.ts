// Where the one journal of a user lives on each platform, what overrides it, and the import of
// 0.1's two journals, once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  FileJournal,
  IMPORTED_MARKER,
  OperationHistory,
  cliJournalFolderOf01,
  defaultJournalFolder,
  importOldJournal,
  journalFolder,
} from '../../../../src/core/journal';
import { aSendingRecord } from '../../../support/unit/records';

const folder = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-journal-folder-'));

describe('the shared journal folder', () => {
  it("is the platform's folder for user state", () => {
    assert.equal(
      defaultJournalFolder({ platform: 'linux', home: '/home/ana', env: {} }),
      '/home/ana/.local/state/mrs-explorer/journal',
    );
    assert.equal(
      defaultJournalFolder({ platform: 'linux', home: '/home/ana', env: { XDG_STATE_HOME: '/state' } }),
      '/state/mrs-explorer/journal',
    );
    assert.equal(
      defaultJournalFolder({ platform: 'darwin', home: '/Users/ana', env: {} }),
      '/Users/ana/Library/Application Support/mrs-explorer/journal',
    );
    assert.equal(
      defaultJournalFolder({
        platform: 'win32',
        home: 'C:\\Users\\ana',
        env: { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' },
      }),
      'C:\\Users\\ana\\AppData\\Local\\mrs-explorer\\journal',
    );
    assert.equal(
      defaultJournalFolder({ platform: 'win32', home: 'C:\\Users\\ana', env: {} }),
      'C:\\Users\\ana\\AppData\\Local\\mrs-explorer\\journal',
    );
  });

  it('is the chosen folder (setting or --journal), else MRS_RESIZE_JOURNAL, else the default', () => {
    const platform = { platform: 'linux' as const, home: '/home/ana', env: {} };
    assert.equal(journalFolder('/tmp/j', { MRS_RESIZE_JOURNAL: '/x' }, platform), '/tmp/j');
    assert.equal(journalFolder('  ', { MRS_RESIZE_JOURNAL: '/x' }, platform), '/x');
    assert.equal(journalFolder('~/ops/journal', {}, platform), '/home/ana/ops/journal', '~ is the home folder');
    assert.equal(
      journalFolder('ops', {}, platform),
      '/home/ana/ops',
      'relative to the home folder, whatever the current one',
    );
    assert.equal(journalFolder(undefined, {}, platform), '/home/ana/.local/state/mrs-explorer/journal');
    assert.equal(cliJournalFolderOf01({ XDG_STATE_HOME: '/s' }, '/home/ana'), '/s/mrs-resize/operations');
    assert.equal(cliJournalFolderOf01({}, '/home/ana'), '/home/ana/.local/state/mrs-resize/operations');
  });

  it("imports an old journal's records once, and says where they went", async () => {
    const old = folder();
    await new FileJournal(old).write({ ...aSendingRecord(), state: 'succeeded', endedAt: new Date(0).toISOString() });
    fs.writeFileSync(path.join(old, 'broken.json'), '{');
    const history = new OperationHistory(new FileJournal(folder()));
    await history.load();
    assert.equal(await importOldJournal(history, old), 1);
    assert.deepEqual(
      history.list().map((r) => [r.id, r.state]),
      [['op-1', 'succeeded']],
    );
    assert.ok(fs.readFileSync(path.join(old, IMPORTED_MARKER), 'utf8').includes(history.folder));
    assert.equal(await importOldJournal(history, old), 0, 'once');
    assert.equal(await importOldJournal(history, path.join(old, 'missing')), 0);
    assert.equal(await importOldJournal(history, history.folder), 0, 'never itself');
  });
});
