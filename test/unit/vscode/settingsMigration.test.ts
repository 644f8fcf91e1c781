// Renamed settings move to their new keys once, without overwriting a value the user already set.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RENAMED_SETTINGS, settingMoves } from '../../../src/vscode/settingsMigration';

describe('settings migration', () => {
  it('moves watch.* to follow.*, keeps a new value the user set, and drops the old key', () => {
    const values: Record<string, unknown> = {
      'watch.intervalSeconds': 7,
      'watch.timeoutMinutes': 90,
      'follow.timeoutMinutes': 30,
    };
    const moves = settingMoves((from, to) => ({ old: values[from], new: values[to] }));
    assert.deepEqual(moves, [
      { from: 'watch.intervalSeconds', to: 'follow.intervalSeconds', value: 7 },
      { from: 'watch.timeoutMinutes', to: 'follow.timeoutMinutes', value: undefined },
    ]);
  });

  it('does nothing when no old key is set', () => {
    assert.deepEqual(
      settingMoves(() => ({ old: undefined, new: 5 })),
      [],
    );
  });

  it('renames to keys the manifest declares, and declares the old ones as deprecated', () => {
    const file = path.resolve(__dirname, '../../../../package.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { markdownDeprecationMessage?: string }> } };
    };
    const props = manifest.contributes.configuration.properties;
    for (const [from, to] of RENAMED_SETTINGS) {
      assert.ok(props[`mrs.${to}`], `mrs.${to} is declared`);
      assert.ok(props[`mrs.${from}`]?.markdownDeprecationMessage, `mrs.${from} is deprecated`);
    }
  });
});
