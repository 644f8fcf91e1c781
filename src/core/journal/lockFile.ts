// The lock file of one cluster, on disk: what it says (its holder), and the file operations that
// keep it whole: a finished temporary file hard-linked into place (no reader ever sees half of
// one; an exclusive create where the file system has no hard links), a take-over that renames the
// old file away first (so that of several takers only one can), the heartbeat (its mtime), and a
// release that deletes only our own file. ClusterLocks.ts decides who may hold it.
import nodeFs from 'node:fs';
import path from 'node:path';
import type { JournalFs } from './fsDurable';
import { retryTransient } from './fsDurable';

export const LOCKS_FOLDER = 'locks';
/** How often a holder says it is alive. */
export const HEARTBEAT_MS = 10_000;
/** A heartbeat older than this means a holder on another machine (a shared folder) is gone. */
export const STALE_MS = 120_000;
/**
 * Where the system cannot tell when a process started (macOS, Windows), a living pid on this host
 * whose lock has had no heartbeat for this long is taken for a reused pid. A suspended holder (a
 * sleeping laptop) is never taken over before that.
 */
export const REUSED_PID_MS = 60 * 60_000;

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
      await retryTransient(() => this.fs.promises.link(temp, file));
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

  /**
   * Removes a lock file judged gone. Take-overs are serialised by an exclusive marker file beside
   * it, and the file is removed only if it is still the one judged (same token, same heartbeat), so
   * that a holder that came meanwhile is never touched. A marker left by a taker that died is
   * removed once older than `staleMs`.
   */
  async takeOver(file: string, judged: OnDisk, nowMs: number, staleMs: number): Promise<void> {
    const marker = `${file}.takeover`;
    try {
      await this.fs.promises.writeFile(marker, String(process.pid), { flag: 'wx' });
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') {
        throw e;
      }
      const stat = await this.fs.promises.stat(marker).catch(() => undefined);
      if (stat && nowMs - stat.mtimeMs > staleMs) {
        await this.fs.promises.unlink(marker).catch(() => undefined);
      }
      return; // another process is taking it over
    }
    try {
      const now = await this.read(file);
      if (now && now.holder?.token === judged.holder?.token && now.mtimeMs === judged.mtimeMs) {
        await retryTransient(() => this.fs.promises.unlink(file));
      }
    } finally {
      await this.fs.promises.unlink(marker).catch(() => undefined);
    }
  }

  /**
   * When a process started, where the system tells (Linux: /proc); undefined elsewhere. A living pid
   * that started after a lock was taken is a reused pid, not the holder.
   */
  processStartMs(pid: number): number | undefined {
    try {
      const stat = this.fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 22 (starttime, in clock ticks since boot) counts from after the ")" that ends the name.
      const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
      const boot = /^btime (\d+)$/m.exec(this.fs.readFileSync('/proc/stat', 'utf8'))?.[1];
      // Linux reports in USER_HZ, 100 on every architecture Node runs on.
      return Number.isFinite(ticks) && boot ? Number(boot) * 1000 + ticks * 10 : undefined;
    } catch {
      return undefined;
    }
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
