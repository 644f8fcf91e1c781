// One resize per cluster across every process of this user on this machine (every VS Code window,
// every `mrs-resize` run): a lock file per cluster in `<journal>/locks/` (lockFile.ts) names its
// holder (kind, pid, host, since) and carries a random token; the holder touches it every
// HEARTBEAT_MS and checks the token is still its own. It is taken over only when the holder is
// provably gone (see gone()); take-overs are serialised (lockFile.ts). The lifecycle checks its
// token again right before the PUT (stillHeld).
import { randomBytes } from 'node:crypto';
import nodeFs from 'node:fs';
import os from 'node:os';
import type { JournalFs } from './fsDurable';
import {
  HEARTBEAT_MS,
  LIVE_TOKENS,
  REUSED_PID_MS,
  LockFiles,
  processAlive,
  STALE_MS,
  type HolderKind,
  type LockHolder,
  type OnDisk,
} from './lockFile';

export { HEARTBEAT_MS, LOCKS_FOLDER, processAlive, STALE_MS } from './lockFile';
export type { HolderKind, LockHolder } from './lockFile';

export interface HeldLock {
  readonly clusterId: string;
  /** True while the lock file is still this holder's (checked on disk; false when it cannot be read). */
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
  /** When a process started (ms), where the system tells; default: /proc on Linux. */
  readonly processStartMs?: (pid: number) => number | undefined;
  readonly heartbeatMs?: number;
  readonly staleMs?: number;
}

/** Whose the lock file is now: 'unknown' when it cannot be read (a heartbeat does not give up on that). */
type Ownership = 'ours' | 'notOurs' | 'unknown';

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
    const owner = await this.locks.ownership(this);
    if (owner === 'ours') {
      await this.locks.touch(this.file);
    } else if (owner === 'notOurs' && !this.released) {
      this.stop();
      this.locks.forget(this);
      for (const listener of this.lost) {
        listener();
      }
    }
  }

  async stillHeld(): Promise<boolean> {
    return (await this.locks.ownership(this)) === 'ours';
  }

  onLost(listener: () => void): void {
    this.lost.add(listener);
  }

  stop(): void {
    this.released = true;
    clearInterval(this.timer);
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
  private readonly files: LockFiles;
  private readonly now: () => number;
  private readonly pid: number;
  private readonly host: string;

  constructor(
    journalFolder: string,
    private readonly deps: LockDeps,
  ) {
    this.files = new LockFiles(journalFolder, deps.fs ?? nodeFs);
    this.now = deps.now ?? Date.now;
    this.pid = deps.pid ?? process.pid;
    this.host = deps.host ?? os.hostname();
  }

  /** This process holds (or is taking) the cluster's lock. */
  holdsHere(clusterId: string): boolean {
    return this.held.has(clusterId) || this.taking.has(clusterId);
  }

  /**
   * Takes the cluster's lock, or says who holds it. A holder that is provably gone is taken over.
   * @throws the file system's error (a folder that cannot be written): nothing is held then.
   */
  async acquire(clusterId: string): Promise<Acquired> {
    if (this.holdsHere(clusterId)) {
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
    const file = this.files.fileOf(clusterId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const holder = this.holderNow(clusterId);
      if (await this.files.create(holder, this.now())) {
        const lock = new Held(this, clusterId, file, holder.token);
        this.held.set(clusterId, lock);
        lock.startHeartbeat(this.deps.heartbeatMs ?? HEARTBEAT_MS);
        return { ok: true, lock };
      }
      const disk = await this.files.read(file);
      if (!disk) {
        continue; // released meanwhile
      }
      if (!this.gone(disk)) {
        return { ok: false, holder: disk.holder ?? 'starting' };
      }
      await this.files.takeOver(file, disk, this.now(), this.deps.staleMs ?? STALE_MS);
    }
    // Still moving after several tries: another process is taking it over right now.
    const disk = await this.files.read(file);
    return { ok: false, holder: disk?.holder && !this.gone(disk) ? disk.holder : 'starting' };
  }

  private holderNow(clusterId: string): LockHolder {
    const since = new Date(this.now()).toISOString();
    const token = randomBytes(12).toString('hex');
    return { kind: this.deps.kind, pid: this.pid, host: this.host, since, clusterId, token };
  }

  /** Who holds the lock now, for a message; undefined when it is free (or held by a process that is gone). */
  async holder(clusterId: string): Promise<LockHolder | 'here' | 'starting' | undefined> {
    if (this.holdsHere(clusterId)) {
      return 'here';
    }
    const disk = await this.files.read(this.files.fileOf(clusterId));
    return disk && !this.gone(disk) ? (disk.holder ?? 'starting') : undefined;
  }

  /**
   * Provably gone: on this host, a dead pid, a leftover of this process, or a pid reused by a
   * process that started after the lock; on another host sharing the folder (or a file that cannot
   * be parsed), no heartbeat for STALE_MS. A living holder on this host is never taken over for
   * its age alone: it may be suspended (a sleeping laptop) and wake up following.
   */
  private gone(disk: OnDisk): boolean {
    const h = disk.holder;
    const silentMs = this.now() - disk.mtimeMs;
    if (!h || h.host !== this.host) {
      return silentMs > (this.deps.staleMs ?? STALE_MS);
    }
    if (h.pid === process.pid) {
      return !LIVE_TOKENS.has(h.token);
    }
    if (!(this.deps.isAlive ?? processAlive)(h.pid)) {
      return true;
    }
    const started = (this.deps.processStartMs ?? ((pid: number) => this.files.processStartMs(pid)))(h.pid);
    return started !== undefined ? started > Date.parse(h.since) + 1_000 : silentMs > REUSED_PID_MS;
  }

  /** @internal */
  touch(file: string): Promise<void> {
    return this.files.touch(file, this.now());
  }

  /** @internal Only a lock file with another token, or none, is not ours; a failed read is unknown. */
  async ownership(lock: Held): Promise<Ownership> {
    if (lock.released) {
      return 'notOurs';
    }
    try {
      const disk = await this.files.read(lock.file);
      return disk?.holder?.token === lock.token ? 'ours' : 'notOurs';
    } catch {
      return 'unknown';
    }
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
    this.files.removeIfOurs(lock.file, lock.token);
  }

  /** Frees every lock this process holds (the window closes, the CLI exits). */
  releaseAll(): void {
    for (const lock of [...this.held.values()]) {
      lock.release();
    }
  }
}
