// The module boundaries of docs/ARCHITECTURE.md, checked on the sources (eslint checks them too, this
// test keeps them when someone loosens the lint config).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tsFilesUnder } from '../support/unit/importGraph';

const root = path.resolve(__dirname, '../../..');

const tsFiles = (dir: string): string[] => tsFilesUnder(root, dir);

const importsVscode = /(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/;

describe('architecture', () => {
  for (const dir of ['src/core', 'src/shared', 'webview', 'emulator']) {
    it(`${dir} never imports vscode`, () => {
      const offenders = tsFiles(dir).filter((f) => importsVscode.test(fs.readFileSync(path.join(root, f), 'utf8')));
      assert.deepEqual(offenders, []);
    });
  }

  it('keeps activate() in the composition root and nowhere else', () => {
    const withActivate = tsFiles('src').filter((f) =>
      /export function activate\(/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    assert.deepEqual(withActivate, ['src/extension.ts']);
  });

  it('imports the webview toolkit in webview/lib/components.ts only', () => {
    const files = [...tsFiles('webview'), ...tsFiles('src')].filter((f) =>
      fs.readFileSync(path.join(root, f), 'utf8').includes('@vscode/webview-ui-toolkit'),
    );
    assert.ok(
      files.every((f) => f === 'webview/lib/components.ts'),
      files.join(', '),
    );
  });
});
