// One resize per cluster across every process of this user on this machine (every VS Code window,
// every `mrs-resize` run): a lock file per cluster in `<journal>/locks/`, created atomically (a
// hard link of a finished file, so that no reader sees it half written; exclusive create where the
// file system has no hard links). It names its holder (kind, pid, host, since) and carries a random
// token; the holder touches its mtime every HEARTBEAT_MS (the heartbeat) and checks the token is
// still its own. It is taken over only when the holder is provably gone: a dead pid on this host,
// or a heartbeat older than STALE_MS. A take-over renames the old file away first, so that of two
// processes taking over at once only one can; and the lifecycle checks its token again right
// before the PUT (stillHeld), so that at most one process ever sends.
import { randomBytes } from 'node:crypto';
import nodeFs from 'node:fs';
import os from 'node:os';
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

export interface HeldLock {
  readonly clusterId: string;
  /** True while the lock file is still this holder's (checked on disk). */
  stillHeld(): Promise<boolean>;
  /** Frees the cluster (deletes the file if it is still ours). Calling it again is harmless. */
  release(): void;
  /** Called once if another process took the lock over (this one was taken for gone). */
  onLost(listener: () => void): void;
}

export type Acquired =
  | { readonly ok: true; readonly lock: HeldLock }
  /** 'here': this process holds it already; 'starting': a lock file is being created right now. */
  | { readonly ok: false; readonly holder: LockHolder | 'here' | 'starting' };

export interface LockDeps {
  readonly kind: HolderKind;
  readonly pid?: number;
  readonly host?: string;
  readonly fs?: JournalFs;
  readonly now?: () => number;
  readonly isAlive?: (pid: number) => boolean;
  readonly heartbeatMs?: number;
  readonly staleMs?: number;
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
const LIVE_TOKENS: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('mrs-explorer.liveLockTokens')] ??=
  new Set<string>()) as Set<string>;

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

interface OnDisk {
  readonly holder: LockHolder | undefined;
  readonly mtimeMs: number;
}

class Held implements HeldLock {
  private timer: NodeJS.Timeout | undefined;
  private readonly lost = new Set<() => void>();
  released = false;

  constructor(
    private readonly locks: ClusterLocks,
    readonly clusterId: string,
    readonly file: string,
    readonly token: string,
  ) {}

  startHeartbeat(ms: number): void {
    this.timer = setInterval(() => void this.beat(), ms);
    this.timer.unref?.();
  }

  private async beat(): Promise<void> {
    if (this.released) {
      return;
    }
    if (await this.stillHeld()) {
      await this.locks.touch(this.file);
      return;
    }
    this.stop();
    this.locks.forget(this);
    for (const listener of this.lost) {
      listener();
    }
  }

  stillHeld(): Promise<boolean> {
    return this.locks.isOurs(this);
  }

  onLost(listener: () => void): void {
    this.lost.add(listener);
  }

  stop(): void {
    this.released = true;
    if (this.timer) {
      clearInterval(this.timer);
    }
  }

  release(): void {
    if (!this.released) {
      this.stop();
      this.locks.releaseSync(this);
    }
  }
}

export class ClusterLocks {
  private readonly held = new Map<string, Held>();
  /** Clusters whose lock this process is taking right now: a second taker here waits for nothing. */
  private readonly taking = new Set<string>();
  private readonly fs: JournalFs;
  private readonly now: () => number;
  private readonly pid: number;
  private readonly host: string;

  constructor(
    private readonly journalFolder: string,
    private readonly deps: LockDeps,
  ) {
    this.fs = deps.fs ?? nodeFs;
    this.now = deps.now ?? Date.now;
    this.pid = deps.pid ?? process.pid;
    this.host = deps.host ?? os.hostname();
  }

  private fileOf(clusterId: string): string {
    return path.join(this.journalFolder, LOCKS_FOLDER, `${clusterId.replace(/[^A-Za-z0-9_-]/g, '_')}.lock`);
  }

  /** This process holds the cluster's lock. */
  holdsHere(clusterId: string): boolean {
    return this.held.has(clusterId) || this.taking.has(clusterId);
  }

  /**
   * Takes the cluster's lock, or says who holds it. A holder that is provably gone is taken over.
   * @throws the file system's error (a folder that cannot be written): nothing is held then.
   */
  async acquire(clusterId: string): Promise<Acquired> {
    if (this.held.has(clusterId) || this.taking.has(clusterId)) {
      return { ok: false, holder: 'here' };
    }
    this.taking.add(clusterId);
    try {
      return await this.take(clusterId);
    } finally {
      this.taking.delete(clusterId);
    }
  }

  private async take(clusterId: string): Promise<Acquired> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const file = this.fileOf(clusterId);
      const token = randomBytes(12).toString('hex');
      if (await this.create(file, clusterId, token)) {
        const lock = new Held(this, clusterId, file, token);
        this.held.set(clusterId, lock);
        lock.startHeartbeat(this.deps.heartbeatMs ?? HEARTBEAT_MS);
        return { ok: true, lock };
      }
      const disk = await this.read(file);
      if (!disk) {
        continue; // released meanwhile
      }
      if (!this.gone(disk)) {
        return { ok: false, holder: disk.holder ?? 'starting' };
      }
      await this.takeOver(file, disk);
    }
    const disk = await this.read(this.fileOf(clusterId));
    return { ok: false, holder: disk?.holder ?? 'starting' };
  }

  /** Who holds the lock now, for a message; undefined when it is free (or held by a process that is gone). */
  async holder(clusterId: string): Promise<LockHolder | 'here' | 'starting' | undefined> {
    if (this.holdsHere(clusterId)) {
      return 'here';
    }
    const disk = await this.read(this.fileOf(clusterId));
    return disk && !this.gone(disk) ? (disk.holder ?? 'starting') : undefined;
  }

  /** The lock file, whole, or false when it exists already. */
  private async create(file: string, clusterId: string, token: string): Promise<boolean> {
    await this.fs.promises.mkdir(path.dirname(file), { recursive: true });
    const holder: LockHolder = {
      kind: this.deps.kind,
      pid: this.pid,
      host: this.host,
      since: new Date(this.now()).toISOString(),
      clusterId,
      token,
    };
    const text = `${JSON.stringify(holder)}\n`;
    const temp = `${file}.${token}.tmp`;
    // Known as ours before the file can be seen, so that another ClusterLocks of this process never takes it for a leftover.
    LIVE_TOKENS.add(token);
    let created = false;
    try {
      await this.fs.promises.writeFile(temp, text, { flag: 'wx' });
      created = await this.link(temp, file, text);
    } finally {
      await this.fs.promises.unlink(temp).catch(() => undefined);
      if (!created) {
        LIVE_TOKENS.delete(token);
      }
    }
    if (created) {
      await this.touch(file);
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
      return this.createExclusive(file, text);
    }
  }

  private async createExclusive(file: string, text: string): Promise<boolean> {
    try {
      await this.fs.promises.writeFile(file, text, { flag: 'wx' });
      return true;
    } catch (e) {
      if (errorCode(e) === 'EEXIST') {
        return false;
      }
      throw e;
    }
  }

  private async read(file: string): Promise<OnDisk | undefined> {
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

  /** Provably gone: a dead pid on this host, a leftover of this process, or no heartbeat for STALE_MS. */
  private gone(disk: OnDisk): boolean {
    if (this.now() - disk.mtimeMs > (this.deps.staleMs ?? STALE_MS)) {
      return true;
    }
    const h = disk.holder;
    if (!h || h.host !== this.host) {
      return false;
    }
    if (h.pid === process.pid) {
      return !LIVE_TOKENS.has(h.token);
    }
    return !(this.deps.isAlive ?? processAlive)(h.pid);
  }

  /** Renames the stale file away (only one taker can), puts it back if it was not the one judged. */
  private async takeOver(file: string, judged: OnDisk): Promise<void> {
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

  /** @internal The heartbeat. */
  async touch(file: string): Promise<void> {
    const at = new Date(this.now());
    await this.fs.promises.utimes(file, at, at).catch(() => undefined);
  }

  /** @internal */
  async isOurs(lock: Held): Promise<boolean> {
    if (lock.released) {
      return false;
    }
    const disk = await this.read(lock.file).catch(() => undefined);
    return disk?.holder?.token === lock.token;
  }

  /** @internal */
  forget(lock: Held): void {
    LIVE_TOKENS.delete(lock.token);
    if (this.held.get(lock.clusterId) === lock) {
      this.held.delete(lock.clusterId);
    }
  }

  /** @internal Synchronous: also used while the process exits. */
  releaseSync(lock: Held): void {
    this.forget(lock);
    try {
      if (parseHolder(this.fs.readFileSync(lock.file, 'utf8'))?.token === lock.token) {
        this.fs.unlinkSync(lock.file);
      }
    } catch {
      // Already gone, or taken over.
    }
  }

  /** Frees every lock this process holds (the window closes, the CLI exits). */
  releaseAll(): void {
    for (const lock of [...this.held.values()]) {
      lock.release();
    }
  }
}
