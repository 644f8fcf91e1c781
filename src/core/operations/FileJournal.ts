// The durable store of operation records: one JSON file per operation in a folder (the
// extension's global storage). Each write goes to a temporary file that is then renamed over
// the record, so a reader (another window, the next start) sees the old record or the new one,
// never half of one. One file per record means two windows writing different operations never
// overwrite each other. Plain Node: the CLI can use it as it is.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ResizeOperationRecord } from './record';

/** Where OperationHistory keeps records; tests may pass an in-memory one. */
export interface OperationJournal {
  /** Every record file's parsed JSON (unparseable files are skipped). */
  readAll(): Promise<unknown[]>;
  /** Durable when the promise resolves. */
  write(record: ResizeOperationRecord): Promise<void>;
  /** The same, synchronously: for the last write of a window that is closing. */
  writeSync(record: ResizeOperationRecord): void;
  remove(id: string): Promise<void>;
  /** Calls `onChange` when any record changes on disk (other windows); returns a stop function. */
  watch(onChange: () => void): () => void;
}

const SUFFIX = '.json';

/** Record ids are UUIDs; anything else is kept out of file names. */
function fileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9_-]/g, '_')}${SUFFIX}`;
}

export class FileJournal implements OperationJournal {
  constructor(private readonly folder: string) {}

  async readAll(): Promise<unknown[]> {
    let names: string[];
    try {
      names = await fs.promises.readdir(this.folder);
    } catch {
      return [];
    }
    const files = names.filter((n) => n.endsWith(SUFFIX));
    const values = await Promise.all(files.map((n) => this.readOne(path.join(this.folder, n))));
    return values.filter((v) => v !== undefined);
  }

  private async readOne(file: string): Promise<unknown> {
    try {
      return JSON.parse(await fs.promises.readFile(file, 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  async write(record: ResizeOperationRecord): Promise<void> {
    await fs.promises.mkdir(this.folder, { recursive: true });
    const target = path.join(this.folder, fileName(record.id));
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.promises.open(temp, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, target);
  }

  writeSync(record: ResizeOperationRecord): void {
    fs.mkdirSync(this.folder, { recursive: true });
    const target = path.join(this.folder, fileName(record.id));
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(record, null, 2)}\n`);
    fs.renameSync(temp, target);
  }

  async remove(id: string): Promise<void> {
    await fs.promises.rm(path.join(this.folder, fileName(id)), { force: true });
  }

  watch(onChange: () => void): () => void {
    try {
      fs.mkdirSync(this.folder, { recursive: true });
      const watcher = fs.watch(this.folder, (_event, name) => {
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
