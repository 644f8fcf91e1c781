// Where the one journal of this user on this machine lives, shared by every VS Code window and
// every `mrs-resize` run: the platform's folder for user state (below), unless a setting
// (`mrs.operations.journalFolder`), `--journal` or MRS_RESIZE_JOURNAL names another. Version 0.1
// kept two journals (the extension's global storage, the CLI's own folder); their records are
// imported once, and a marker file in the old folder says where they went.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OperationHistory } from './OperationHistory';

export type Env = Readonly<Record<string, string | undefined>>;

interface Platform {
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly env: Env;
}

const here = (env: Env): Platform => ({ platform: process.platform, home: os.homedir(), env });

/** The folder every process uses by default (see docs/ARCHITECTURE.md, "The shared journal"). */
export function defaultJournalFolder(p: Platform): string {
  const join = (...parts: string[]): string => (p.platform === 'win32' ? path.win32 : path.posix).join(...parts);
  switch (p.platform) {
    case 'win32':
      return join(p.env.LOCALAPPDATA?.trim() || join(p.home, 'AppData', 'Local'), 'mrs-explorer', 'journal');
    case 'darwin':
      return join(p.home, 'Library', 'Application Support', 'mrs-explorer', 'journal');
    default:
      return join(p.env.XDG_STATE_HOME?.trim() || join(p.home, '.local', 'state'), 'mrs-explorer', 'journal');
  }
}

/**
 * The chosen folder (a setting or --journal), else MRS_RESIZE_JOURNAL, else the default one. `~`
 * is the home folder, and a relative path is taken from the home folder, not from the current
 * one, so that a window and a terminal given the same words meet in the same folder.
 */
export function journalFolder(chosen: string | undefined, env: Env, platform: Platform = here(env)): string {
  const named = chosen?.trim() || env.MRS_RESIZE_JOURNAL?.trim();
  if (!named) {
    return defaultJournalFolder(platform);
  }
  const p = platform.platform === 'win32' ? path.win32 : path.posix;
  const home = /^~(?=$|[/\\])/.test(named) ? p.join(platform.home, named.slice(1)) : named;
  return p.resolve(platform.home, home);
}

/** The folder 0.1's `mrs-resize` kept its journal in. */
export function cliJournalFolderOf01(env: Env, home = os.homedir()): string {
  return path.join(env.XDG_STATE_HOME?.trim() || path.join(home, '.local', 'state'), 'mrs-resize', 'operations');
}

/** Written into an old folder once its records were imported. */
export const IMPORTED_MARKER = 'IMPORTED-TO-SHARED-JOURNAL.txt';

/**
 * Imports the records of an old journal folder into the history once. Returns how many were
 * added; 0 when the folder does not exist, is the journal itself, or was imported before.
 * @throws the file system's error (the next start tries again).
 */
export async function importOldJournal(history: OperationHistory, oldFolder: string): Promise<number> {
  const from = path.resolve(oldFolder);
  const marker = path.join(from, IMPORTED_MARKER);
  if (from === path.resolve(history.folder) || !fs.existsSync(from) || fs.existsSync(marker)) {
    return 0;
  }
  const added = await history.importFolder(from);
  fs.writeFileSync(
    marker,
    `The operation records of this folder were copied to ${history.folder}, the journal that every VS Code window and every mrs-resize run of this user now share.\n`,
  );
  return added;
}
