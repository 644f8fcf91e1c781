// House style: no import cycles, type-only ones included. The detector is tried on a made-up
// graph first, so that a green run means "no cycle" and not "nothing was read".
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { findCycles, importSpecifiers, readImportGraph } from '../support/unit/importGraph';

const root = path.resolve(__dirname, '../../..');

describe('import cycles', () => {
  it('reads type-only imports, re-exports, dynamic imports and require', () => {
    const text = [
      "import type { A } from './a';",
      "import { b } from './b';",
      "export { c } from './c';",
      "export * from './d';",
      "const e = await import('./e');",
      "const f = require('./f');",
      "import * as fs from 'node:fs';",
    ].join('\n');
    assert.deepEqual(importSpecifiers(text).sort(), ['./a', './b', './c', './d', './e', './f']);
  });

  it('finds every cycle of a graph, each once', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts', 'e.ts']],
      ['e.ts', []],
      ['f.ts', ['g.ts']],
      ['g.ts', ['f.ts', 'e.ts']],
    ]);
    assert.deepEqual(findCycles(graph), ['a.ts → b.ts → c.ts → a.ts', 'd.ts → d.ts', 'f.ts → g.ts → f.ts']);
  });

  it('finds nothing in a graph without cycles', () => {
    const graph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', []],
    ]);
    assert.deepEqual(findCycles(graph), []);
  });

  it('resolves the real sources (files and folder index.ts)', () => {
    const graph = readImportGraph(root, ['src']);
    assert.ok(graph.size > 50, `only ${graph.size} files read`);
    assert.ok(graph.get('src/extension.ts')?.length, 'src/extension.ts imports nothing?');
    const viaIndex = [...graph.values()].flat().filter((f) => f.endsWith('/index.ts'));
    assert.ok(viaIndex.length > 0, 'no import of a folder was resolved to its index.ts');
  });

  it('src, webview and emulator have none', () => {
    const cycles = findCycles(readImportGraph(root, ['src', 'webview', 'emulator']));
    assert.deepEqual(cycles, [], `import cycles:\n${cycles.join('\n')}`);
  });
});
