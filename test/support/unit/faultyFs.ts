// A file system for the journal that fails on demand: the real one (in a temporary folder), with
// chosen calls failing as a full disk, a read-only or a broken one would. Tests pass its `fs` to
// FileJournal and ClusterLocks.
import nodeFs from 'node:fs';
import type { JournalFs } from '../../../src/core/journal';

export type FsCall = 'open' | 'rename' | 'readdir' | 'fsync';

function errnoError(code: string, call: string, file: unknown): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${call} '${String(file)}'`), { code, syscall: call });
}

const writes = (flags: unknown): boolean => typeof flags === 'string' && /[wa+]/.test(flags);

export class FaultyFs {
  /** The error code each call fails with, while set (ENOSPC, EROFS, EIO, EACCES…). */
  readonly failing = new Map<FsCall, string>();
  /** How many calls failed, by kind. */
  readonly failures = new Map<FsCall, number>();
  readonly fs: JournalFs;

  constructor() {
    const real = nodeFs;
    const fail = (call: FsCall, file: unknown): NodeJS.ErrnoException | undefined => {
      const code = this.failing.get(call);
      if (!code) {
        return undefined;
      }
      this.failures.set(call, (this.failures.get(call) ?? 0) + 1);
      return errnoError(code, call, file);
    };
    const promises = {
      ...real.promises,
      open: ((file: nodeFs.PathLike, flags?: string | number, mode?: nodeFs.Mode) => {
        const e = writes(flags) ? fail('open', file) : undefined;
        return e ? Promise.reject(e) : real.promises.open(file, flags, mode);
      }) as typeof real.promises.open,
      rename: ((from: nodeFs.PathLike, to: nodeFs.PathLike) => {
        const e = fail('rename', to);
        return e ? Promise.reject(e) : real.promises.rename(from, to);
      }) as typeof real.promises.rename,
      readdir: ((folder: nodeFs.PathLike, options?: unknown) => {
        const e = fail('readdir', folder);
        return e ? Promise.reject(e) : real.promises.readdir(folder, options as never);
      }) as typeof real.promises.readdir,
    };
    this.fs = {
      ...real,
      promises,
      openSync: ((file: nodeFs.PathLike, flags?: string | number, mode?: nodeFs.Mode) => {
        const e = writes(flags) ? fail('open', file) : undefined;
        if (e) {
          throw e;
        }
        return real.openSync(file, flags ?? 'r', mode);
      }) as typeof real.openSync,
      fsyncSync: (fd: number) => {
        const e = fail('fsync', fd);
        if (e) {
          throw e;
        }
        real.fsyncSync(fd);
      },
    };
  }
}
