// The durable store of operation records: one JSON file per operation in the journal folder that
// every VS Code window and every `mrs-resize` run of this user share (journalFolder.ts). A write
// goes to a temporary file, is synced, renamed over the record and the folder is synced, so a
// reader sees the old record or the new one, never half of one, and a crash keeps it; a failed
// write removes its temporary file. Reading trusts nothing: only regular files, a size cap, a BOM
// allowed; a file that cannot be read in full is reported (JournalEntry 'unreadable'), never
// skipped, and only a missing folder means an empty history. Plain Node; the file system is
// injectable so that tests can make it fail (disk full, I/O errors).
import { randomBytes } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import { retryTransient, retryTransientSync, syncFolder, syncFolderSync, type JournalFs } from './fsDurable';

export type { JournalFs } from './fsDurable';
import type { ResizeOperationRecord } from './record';

/** A record file larger than this is not read (a record is about 1 KiB). */
export const MAX_RECORD_BYTES = 256 * 1024;
/** A temporary file this old was left by a process that died while writing. */
const STALE_TEMP_MS = 60 * 60_000;

export type UnreadableReason = 'notAFile' | 'tooLarge' | 'notJson' | 'ioError' | 'notARecord' | 'newerVersion';

/** One file of the journal folder, as read. */
export type JournalEntry =
  | { readonly kind: 'json'; readonly file: string; readonly value: unknown; readonly text: string }
  | {
      readonly kind: 'unreadable';
      readonly file: string;
      readonly reason: UnreadableReason;
      /** The error code or the field that is wrong. */
      readonly detail?: string;
      /** The cluster the file names, when its text shows one. */
      readonly clusterId?: string;
    };

/** Reading the folder itself failed (not a missing folder: that is an empty history). */
export class JournalReadError extends Error {
  constructor(
    readonly folder: string,
    cause: unknown,
  ) {
    super(`Cannot read the operations journal ${folder}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'JournalReadError';
  }
}

/** Where OperationHistory keeps records; tests may pass another. */
export interface OperationJournal {
  readonly folder: string;
  /** Every record file of the folder. @throws JournalReadError when the folder cannot be listed. */
  readAll(): Promise<JournalEntry[]>;
  /** Durable when the promise resolves. @throws the file system's error (nothing changed then). */
  write(record: ResizeOperationRecord): Promise<void>;
  /** The same, synchronously: for the last write of a window that is closing. */
  writeSync(record: ResizeOperationRecord): void;
  remove(id: string): Promise<void>;
  /** Moves a file (an unreadable one) to the `set-aside` folder beside the records; returns its new path. */
  setAside(file: string): Promise<string>;
  /** Calls `onChange` when any record changes on disk (other processes); returns a stop function. */
  watch(onChange: () => void): () => void;
}

const SUFFIX = '.json';
export const SET_ASIDE_FOLDER = 'set-aside';

/** Record ids are UUIDs; anything else is kept out of file names. */
export function recordFileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9_-]/g, '_')}${SUFFIX}`;
}

/** The cluster a text names, even when it is not whole JSON (a truncated record). */
export function sniffClusterId(text: string): string | undefined {
  return /"clusterId"\s*:\s*"([^"\\]{1,200})"/.exec(text)?.[1];
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? (e instanceof Error ? e.message : String(e));
}

const recordText = (record: ResizeOperationRecord): string => `${JSON.stringify(record, null, 2)}\n`;

export class FileJournal implements OperationJournal {
  constructor(
    readonly folder: string,
    private readonly fs: JournalFs = nodeFs,
  ) {}

  async readAll(): Promise<JournalEntry[]> {
    let entries: nodeFs.Dirent[];
    try {
      entries = await this.fs.promises.readdir(this.folder, { withFileTypes: true });
    } catch (e) {
      if (code(e) === 'ENOENT') {
        return [];
      }
      throw new JournalReadError(this.folder, e);
    }
    void this.removeStaleTemps(entries);
    const records = entries.filter((d) => d.name.endsWith(SUFFIX));
    const read = await Promise.all(records.map((d) => this.readOne(d)));
    return read.filter((e): e is JournalEntry => e !== undefined);
  }

  /** undefined: the file went away meanwhile (another process removed it). */
  private async readOne(dirent: nodeFs.Dirent): Promise<JournalEntry | undefined> {
    const file = dirent.name;
    if (!dirent.isFile()) {
      return { kind: 'unreadable', file, reason: 'notAFile' };
    }
    let handle: nodeFs.promises.FileHandle | undefined;
    try {
      // Non-blocking: a FIFO swapped in after readdir must not hang the read.
      handle = await this.fs.promises.open(
        path.join(this.folder, file),
        nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0),
      );
      const stat = await handle.stat();
      if (!stat.isFile()) {
        return { kind: 'unreadable', file, reason: 'notAFile' };
      }
      if (stat.size > MAX_RECORD_BYTES) {
        return { kind: 'unreadable', file, reason: 'tooLarge', detail: String(stat.size) };
      }
      const text = (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
      try {
        return { kind: 'json', file, value: JSON.parse(text) as unknown, text };
      } catch (e) {
        return { kind: 'unreadable', file, reason: 'notJson', detail: code(e), clusterId: sniffClusterId(text) };
      }
    } catch (e) {
      return code(e) === 'ENOENT' ? undefined : { kind: 'unreadable', file, reason: 'ioError', detail: code(e) };
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  private async removeStaleTemps(entries: readonly nodeFs.Dirent[]): Promise<void> {
    for (const d of entries.filter((e) => e.isFile() && e.name.endsWith('.tmp'))) {
      const file = path.join(this.folder, d.name);
      try {
        if (Date.now() - (await this.fs.promises.stat(file)).mtimeMs > STALE_TEMP_MS) {
          await this.fs.promises.unlink(file);
        }
      } catch {
        // Another process removed or renamed it.
      }
    }
  }

  async write(record: ResizeOperationRecord): Promise<void> {
    await this.fs.promises.mkdir(this.folder, { recursive: true });
    const target = path.join(this.folder, recordFileName(record.id));
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await this.fs.promises.open(temp, 'wx');
      try {
        await handle.writeFile(recordText(record));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await retryTransient(() => this.fs.promises.rename(temp, target));
    } catch (e) {
      await this.fs.promises.unlink(temp).catch(() => undefined);
      throw e;
    }
    await syncFolder(this.fs, this.folder);
  }

  writeSync(record: ResizeOperationRecord): void {
    this.fs.mkdirSync(this.folder, { recursive: true });
    const target = path.join(this.folder, recordFileName(record.id));
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fd = this.fs.openSync(temp, 'wx');
      try {
        this.fs.writeFileSync(fd, recordText(record));
        this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
      retryTransientSync(() => this.fs.renameSync(temp, target));
    } catch (e) {
      try {
        this.fs.unlinkSync(temp);
      } catch {
        // Never created.
      }
      throw e;
    }
    syncFolderSync(this.fs, this.folder);
  }

  async remove(id: string): Promise<void> {
    await retryTransient(() => this.fs.promises.rm(path.join(this.folder, recordFileName(id)), { force: true }));
  }

  async setAside(file: string): Promise<string> {
    const name = path.basename(file);
    const folder = path.join(this.folder, SET_ASIDE_FOLDER);
    await this.fs.promises.mkdir(folder, { recursive: true });
    const to = path.join(folder, `${Date.now()}-${name}`);
    await retryTransient(() => this.fs.promises.rename(path.join(this.folder, name), to));
    await syncFolder(this.fs, this.folder);
    return to;
  }

  watch(onChange: () => void): () => void {
    try {
      this.fs.mkdirSync(this.folder, { recursive: true });
      const watcher = this.fs.watch(this.folder, (_event, name) => {
        if (name === null || String(name).endsWith(SUFFIX)) {
          onChange();
        }
      });
      watcher.on('error', () => watcher.close());
      return () => watcher.close();
    } catch {
      return () => undefined;
    }
  }
}
