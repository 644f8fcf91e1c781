// Two things the journal's writes need on every platform. A rename is durable only once its folder
// is synced (Windows cannot open a folder to sync it: nothing to do there). And on Windows a rename,
// a hard link or a delete fails with EPERM, EACCES or EBUSY while another process has the file open
// (a window reading the journal right after a watch event) and succeeds a moment later: those are
// tried again a few times, briefly, as graceful-fs does; elsewhere an error is an error.
import nodeFs from 'node:fs';

/** The file system the journal uses: node's, or a test's that fails on demand. */
export type JournalFs = typeof nodeFs;

const TRANSIENT_ON_WINDOWS = ['EPERM', 'EACCES', 'EBUSY'];
const TRIES = 8;

const code = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

function transient(e: unknown, attempt: number, platform: NodeJS.Platform): boolean {
  return platform === 'win32' && attempt < TRIES - 1 && TRANSIENT_ON_WINDOWS.includes(code(e) ?? '');
}

const pauseMs = (attempt: number): number => Math.min(10 * 2 ** attempt, 200);

/** `fn`, tried again on Windows while the file is held open by another process. */
export async function retryTransient<T>(
  fn: () => Promise<T>,
  platform: NodeJS.Platform = process.platform,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!transient(e, attempt, platform)) {
        throw e;
      }
      await sleep(pauseMs(attempt));
    }
  }
}

/** The same, synchronously (the last write of a closing window): it waits without returning to the loop. */
export function retryTransientSync<T>(fn: () => T, platform: NodeJS.Platform = process.platform): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (!transient(e, attempt, platform)) {
        throw e;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs(attempt));
    }
  }
}

/** Errors of opening or syncing a folder where the system cannot (Windows) or need not. */
const FOLDER_SYNC_UNSUPPORTED = ['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF'];

export async function syncFolder(fs: JournalFs, folder: string): Promise<void> {
  let handle: Awaited<ReturnType<JournalFs['promises']['open']>> | undefined;
  try {
    handle = await fs.promises.open(folder, 'r');
    await handle.sync();
  } catch (e) {
    if (!FOLDER_SYNC_UNSUPPORTED.includes(code(e) ?? '')) {
      throw e;
    }
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function syncFolderSync(fs: JournalFs, folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    if (!FOLDER_SYNC_UNSUPPORTED.includes(code(e) ?? '')) {
      throw e;
    }
  } finally {
    if (fd !== undefined) {
      fs.closeSync(fd);
    }
  }
}
