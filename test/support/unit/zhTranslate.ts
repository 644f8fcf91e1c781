// A Translate that reads l10n/bundle.l10n.zh-cn.json like vscode.l10n.t does in a zh-cn window:
// tests check what a Chinese user reads. A string missing from the bundle fails the test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { englishTranslate, type Translate } from '../../../src/core/translate';

const root = path.resolve(__dirname, '../../../..');

export const zhBundle = JSON.parse(
  fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'),
) as Record<string, string>;

export const zhTranslate: Translate = (message, ...args) => {
  const zh = zhBundle[message];
  if (zh === undefined) {
    throw new Error(`no zh-cn translation of "${message}"`);
  }
  return englishTranslate(zh, ...args);
};
