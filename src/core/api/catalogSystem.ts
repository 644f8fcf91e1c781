// The file system's errors (the journal, the locks, request and plan files), by Node's error code:
// what happened and what to do in the user's language. Node's own English message ("ENOSPC: no
// space left on device, write") goes to the log only.
import { entry, type CatalogEntry } from './catalogEntry';

const PERMISSION = entry(
  'The file system denied access (no permission).',
  'Check the permissions of the file and of its folder.',
  '文件系统拒绝访问（权限不足）。',
  '请检查该文件及其所在文件夹的权限。',
);

export const SYSTEM_CODES: Readonly<Record<string, CatalogEntry>> = {
  ENOENT: entry('The file or folder does not exist.', 'Check the path.', '文件或文件夹不存在。', '请检查路径。'),
  EACCES: PERMISSION,
  EPERM: PERMISSION,
  ENOSPC: entry(
    'The disk is full.',
    'Free some disk space, then try again.',
    '磁盘空间已满。',
    '请释放磁盘空间后重试。',
  ),
  EROFS: entry(
    'The file system is read-only.',
    'Choose a folder that can be written (the journal: mrs.operations.journalFolder or --journal).',
    '文件系统为只读。',
    '请选择可写入的文件夹（操作记录：mrs.operations.journalFolder 或 --journal）。',
  ),
  EISDIR: entry(
    'A folder was given where a file was expected.',
    'Give the path of a file.',
    '此处需要文件，但给出的是文件夹。',
    '请指定文件的路径。',
  ),
  EBUSY: entry(
    'The file is in use by another program.',
    'Try again in a moment.',
    '文件正被其他程序使用。',
    '请稍后重试。',
  ),
};

/** Any other code of the file system. */
export const FILE_ERROR = entry(
  'A file or folder could not be read or written.',
  "The log shows the path and the system's message.",
  '无法读写文件或文件夹。',
  '日志中有路径和系统的原始信息。',
);

/** Node's error code (ENOSPC…) of a file system error, or of the error it wraps (JournalReadError). */
export function systemErrorCode(e: unknown): string | undefined {
  for (let x = e, depth = 0; x instanceof Error && depth < 3; x = x.cause, depth++) {
    const { code, syscall } = x as NodeJS.ErrnoException;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && typeof syscall === 'string') {
      return code;
    }
  }
  return undefined;
}
