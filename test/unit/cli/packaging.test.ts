// The CLI's packaging: declared as `bin`, runnable with `npm run cli`, bundled by esbuild, and kept
// out of the .vsix (whose .vscodeignore is an allow-list).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const read = (f: string): string => fs.readFileSync(path.join(root, f), 'utf8');

describe('cli/packaging', () => {
  it('is the bin mrs-resize and the script "cli", both on dist/cli.js', () => {
    const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string>; scripts: Record<string, string> };
    assert.deepEqual(pkg.bin, { 'mrs-resize': './dist/cli.js' });
    assert.equal(pkg.scripts.cli, 'node dist/cli.js');
  });

  it('is bundled from src/cli/main.ts to dist/cli.js', () => {
    const build = read('esbuild.mjs');
    assert.match(build, /entryPoints: \['src\/cli\/main\.ts'\]/);
    assert.match(build, /outfile: 'dist\/cli\.js'/);
  });

  it('stays out of the .vsix: .vscodeignore re-includes no part of it', () => {
    const included = read('.vscodeignore')
      .split('\n')
      .filter((l) => l.startsWith('!'));
    assert.ok(included.includes('!dist/extension.js'));
    assert.deepEqual(
      included.filter((l) => /^!dist\/(cli|\*)/.test(l) || l === '!dist/**'),
      [],
    );
  });
});
