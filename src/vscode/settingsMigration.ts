// Settings renamed since 0.1 (one word for following a resize: "follow", not "watch"). Pure,
// unit-tested: settings.ts applies what this returns to each configuration target.

/** Old key → new key, both under `mrs.`. */
export const RENAMED_SETTINGS: ReadonlyArray<readonly [string, string]> = [
  ['watch.intervalSeconds', 'follow.intervalSeconds'],
  ['watch.timeoutMinutes', 'follow.timeoutMinutes'],
];

/** The user's values of one key in one target (global, workspace, folder). */
interface TargetValues {
  readonly old: unknown;
  readonly new: unknown;
}

interface SettingMove {
  readonly from: string;
  readonly to: string;
  /** Written to the new key; undefined when the new key already has a value of its own. */
  readonly value: unknown;
}

/** What to do in one target: copy the old value unless the new key is set, then drop the old key. */
export function settingMoves(read: (from: string, to: string) => TargetValues): SettingMove[] {
  const moves: SettingMove[] = [];
  for (const [from, to] of RENAMED_SETTINGS) {
    const values = read(from, to);
    if (values.old === undefined) {
      continue;
    }
    moves.push({ from, to, value: values.new === undefined ? values.old : undefined });
  }
  return moves;
}
