// The lock file of one cluster, on disk: what it says (its holder), and the file operations that
// keep it whole: a finished temporary file hard-linked into place (no reader ever sees half of
// one; an exclusive create where the file system has no hard links), a take-over that renames the
// old file away first (so that of several takers only one can), the heartbeat (its mtime), and a
// release that deletes only our own file. ClusterLocks.ts decides who may hold it.
import { randomBytes } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import type { JournalFs } from './FileJournal';

export const LOCKS_FOLDER = 'locks';
/** How often a holder says it is alive. */
export const HEARTBEAT_MS = 10_000;
/** A heartbeat older than this means the holder is gone (a stopped or suspended process, a reused pid). */
export const STALE_MS = 120_000;

export type HolderKind = 'window' | 'cli';

/** Who holds a cluster's lock, as its lock file says. */
export interface LockHolder {
  readonly kind: HolderKind;
  readonly pid: number;
  readonly host: string;
  /** ISO 8601. */
  readonly since: string;
  readonly clusterId: string;
  readonly token: string;
}

/** A lock file as read: its holder (undefined while it cannot be parsed) and its heartbeat. */
export interface OnDisk {
  readonly holder: LockHolder | undefined;
  readonly mtimeMs: number;
}

/** True when the process exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The tokens of every lock this process holds or is taking, whatever ClusterLocks made it: a lock
 * file with our pid and one of these tokens is alive; with our pid and another token, it is a
 * leftover of this process (gone). Kept on globalThis, so that two copies of this module in one
 * process (the extension's bundle and a test's compiled sources) see the same set.
 */
export const LIVE_TOKENS: Set<string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('mrs-explorer.liveLockTokens')
] ??= new Set<string>()) as Set<string>;

const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

function parseHolder(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    const ok =
      (v.kind === 'window' || v.kind === 'cli') &&
      Number.isSafeInteger(v.pid) &&
      typeof v.host === 'string' &&
      typeof v.since === 'string' &&
      typeof v.token === 'string' &&
      typeof v.clusterId === 'string';
    return ok ? (v as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

export class LockFiles {
  constructor(
    private readonly journalFolder: string,
    private readonly fs: JournalFs = nodeFs,
  ) {}

  fileOf(clusterId: string): string {
    return path.join(this.journalFolder, LOCKS_FOLDER, `${clusterId.replace(/[^A-Za-z0-9_-]/g, '_')}.lock`);
  }

  /** The lock file, made whole with this holder, or false when it exists already. */
  async create(holder: LockHolder, nowMs: number): Promise<boolean> {
    const file = this.fileOf(holder.clusterId);
    await this.fs.promises.mkdir(path.dirname(file), { recursive: true });
    const text = `${JSON.stringify(holder)}\n`;
    const temp = `${file}.${holder.token}.tmp`;
    // Known as ours before the file can be seen, so that another ClusterLocks of this process never takes it for a leftover.
    LIVE_TOKENS.add(holder.token);
    let created = false;
    try {
      await this.fs.promises.writeFile(temp, text, { flag: 'wx' });
      created = await this.link(temp, file, text);
    } finally {
      await this.fs.promises.unlink(temp).catch(() => undefined);
      if (!created) {
        LIVE_TOKENS.delete(holder.token);
      }
    }
    if (created) {
      await this.touch(file, nowMs);
    }
    return created;
  }

  private async link(temp: string, file: string, text: string): Promise<boolean> {
    try {
      await this.fs.promises.link(temp, file);
      return true;
    } catch (e) {
      if (errorCode(e) === 'EEXIST') {
        return false;
      }
      // No hard links here (some network or FAT file systems): exclusive create instead.
      try {
        await this.fs.promises.writeFile(file, text, { flag: 'wx' });
        return true;
      } catch (e2) {
        if (errorCode(e2) === 'EEXIST') {
          return false;
        }
        throw e2;
      }
    }
  }

  /** undefined when there is no lock file. @throws other file system errors. */
  async read(file: string): Promise<OnDisk | undefined> {
    try {
      const [text, stat] = await Promise.all([this.fs.promises.readFile(file, 'utf8'), this.fs.promises.stat(file)]);
      return { holder: parseHolder(text), mtimeMs: stat.mtimeMs };
    } catch (e) {
      if (errorCode(e) === 'ENOENT') {
        return undefined;
      }
      throw e;
    }
  }

  /** Renames the stale file away (only one taker can), puts it back if it was not the one judged. */
  async takeOver(file: string, judged: OnDisk): Promise<void> {
    const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
    try {
      await this.fs.promises.rename(file, aside);
    } catch (e) {
      if (errorCode(e) === 'ENOENT') {
        return; // another process took it over first
      }
      throw e;
    }
    const moved = await this.read(aside);
    if (moved?.holder?.token !== judged.holder?.token) {
      // A new holder wrote it between our read and the rename: give it back.
      await this.fs.promises.link(aside, file).catch(() => undefined);
    }
    await this.fs.promises.unlink(aside).catch(() => undefined);
  }

  /** The heartbeat. */
  async touch(file: string, nowMs: number): Promise<void> {
    const at = new Date(nowMs);
    await this.fs.promises.utimes(file, at, at).catch(() => undefined);
  }

  /** Deletes the lock file if it still carries this token. Synchronous: also used while the process exits. */
  removeIfOurs(file: string, token: string): void {
    try {
      if (parseHolder(this.fs.readFileSync(file, 'utf8'))?.token === token) {
        this.fs.unlinkSync(file);
      }
    } catch {
      // Already gone, or taken over.
    }
  }
}
