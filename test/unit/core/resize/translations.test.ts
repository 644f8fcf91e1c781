// The zh-cn strings of the resize rules, the palette flow and its confirmation: Chinese sentences
// use Chinese punctuation (：（）；，？。), never ASCII ':' '(' ')' ';' ',' '?' inside Chinese
// text, nor a final '.'.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zhBundle } from '../../../support/unit/zhTranslate';

const root = path.resolve(__dirname, '../../../../..');
const OWN = ['src/core/resize', 'src/core/flows', 'src/core/prompts', 'src/core/model', 'src/vscode/prompts'];
const FILES = ['src/core/plan/confirmation.ts', 'src/vscode/commands/resizeNodeGroup.ts'];

function files(): string[] {
  const inDirs = OWN.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f)),
  );
  return [...inDirs, ...FILES];
}

function strings(): string[] {
  const call = /(?:l10n\.t|\bt)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  return files().flatMap((f) =>
    [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(call)].map((m) => m[2].replace(/\\(.)/g, '$1')),
  );
}

describe('zh-cn strings of the resize', () => {
  it('use Chinese punctuation inside Chinese sentences', () => {
    const found = strings();
    assert.ok(found.length > 50, String(found.length));
    const bad = found
      .map((en) => zhBundle[en] ?? '')
      .filter((zh) => /[\u4e00-\u9fff]/.test(zh) && (/[;,?!()]|:(?!\/\/)/.test(zh) || zh.endsWith('.')));
    assert.deepEqual(bad, []);
  });
});
