// The module boundaries of docs/ARCHITECTURE.md, checked on the sources (eslint checks them too, this
// test keeps them when someone loosens the lint config). A folder a check reads must hold .ts files:
// a check over nothing fails, except webview/, whose checks are skipped with a printed reason while
// it has no code yet.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tsFilesUnder } from '../support/unit/importGraph';

const root = path.resolve(__dirname, '../../..');

/** The .ts files of `dir` under `base`; fails when there are none, so that a check never passes on nothing. */
function filesToCheck(dir: string, base = root): string[] {
  const files = tsFilesUnder(base, dir);
  assert.ok(files.length > 0, `${dir}/ holds no .ts file: the check would pass on nothing`);
  return files;
}

const read = (f: string): string => fs.readFileSync(path.join(root, f), 'utf8');

/** webview/'s files, or a printed skip while it has none (the webview form comes with its own issue). */
function webviewFiles(ctx: Mocha.Context): string[] {
  const files = tsFilesUnder(root, 'webview');
  if (files.length === 0) {
    console.log(`      skipped "${ctx.test?.title ?? ''}": webview/ holds no .ts file yet (only tsconfig.json)`);
    ctx.skip();
  }
  return files;
}

const importsVscode = /(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/;
const TOOLKIT = '@vscode/webview-ui-toolkit';
/** What the browser code may not reach: extension-host code, and the core's I/O and lifecycle. */
const OFF_LIMITS_FOR_WEBVIEW = /['"][./]*(?:src\/vscode|src\/core\/(?:api|auth|operations))\//;

describe('architecture', () => {
  it('refuses a folder without .ts files instead of checking nothing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-arch-'));
    try {
      fs.writeFileSync(path.join(empty, 'tsconfig.json'), '{}');
      assert.throws(() => filesToCheck('.', empty), /holds no \.ts file/);
      assert.throws(() => filesToCheck('missing', empty), /holds no \.ts file/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  for (const dir of ['src/core', 'src/shared', 'src/cli', 'emulator']) {
    it(`${dir} never imports vscode`, () => {
      assert.deepEqual(
        filesToCheck(dir).filter((f) => importsVscode.test(read(f))),
        [],
      );
    });
  }

  it('src/core never imports src/shared (the extension <-> webview contract sits above the core)', () => {
    assert.deepEqual(
      filesToCheck('src/core').filter((f) => /['"][./]*(?:src\/)?shared\//.test(read(f))),
      [],
    );
  });

  it('src/shared holds only the extension <-> webview contract', () => {
    assert.deepEqual(
      filesToCheck('src/shared').map((f) => path.basename(f)),
      [
        'plainObject.ts',
        'resizeForm.ts',
        'resizeFormDraft.ts',
        'resizeFormFlavors.ts',
        'resizeFormGuards.ts',
        'resizeFormQuota.ts',
      ],
    );
  });

  it('src/cli (the CLI composition root) never reaches into src/vscode', () => {
    assert.deepEqual(
      filesToCheck('src/cli').filter((f) => /['"][./]*vscode\//.test(read(f))),
      [],
    );
  });

  it('keeps activate() in the composition root and nowhere else', () => {
    const withActivate = filesToCheck('src').filter((f) => /export function activate\(/.test(read(f)));
    assert.deepEqual(withActivate, ['src/extension.ts']);
  });

  it('src never imports the webview toolkit', () => {
    assert.deepEqual(
      filesToCheck('src').filter((f) => read(f).includes(TOOLKIT)),
      [],
    );
  });

  it('webview never imports vscode', function () {
    assert.deepEqual(
      webviewFiles(this).filter((f) => importsVscode.test(read(f))),
      [],
    );
  });

  it('webview reaches neither src/vscode nor the core API, auth or operations', function () {
    assert.deepEqual(
      webviewFiles(this).filter((f) => OFF_LIMITS_FOR_WEBVIEW.test(read(f))),
      [],
    );
  });

  it('webview imports the toolkit in webview/lib/components.ts only', function () {
    const importers = webviewFiles(this).filter((f) => read(f).includes(TOOLKIT));
    assert.deepEqual(importers, ['webview/lib/components.ts']);
  });
});
