// Runs inside the extension host, FIRST in the host run of `npm run bench` (scripts/integration.mjs
// with MRS_INTEGRATION_FILES=activation.bench.ts,formRender.bench.ts), so that the extension is not
// active yet. Writes to $MRS_BENCH_ACTIVATION_OUT: the time inside activate() (performance.now()
// marks that the extension records, on the TestApi) and the time around ext.activate(), which also
// counts VS Code loading dist/extension.js. Before that it opens a package.json and records whether
// that activated the extension (it must not: request files have a language of their own). One sample
// per host start. Asserts nothing about time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension';
import { openServedPackageJson } from '../../test/integration/packageJson';

describe('bench: activation inside the extension host', () => {
  it('activates the extension once', async () => {
    const ext = vscode.extensions.getExtension<TestApi | undefined>('mrs-explorer.mrs-explorer');
    assert.ok(ext, 'the extension is installed');
    await openServedPackageJson();
    const packageJsonActivated = ext.isActive;
    const wasActive = ext.isActive;
    const t0 = performance.now();
    const api = await ext.activate();
    const aroundMs = performance.now() - t0;
    assert.ok(api, 'the TestApi (MRS_INTEGRATION=1)');
    const out = process.env.MRS_BENCH_ACTIVATION_OUT;
    if (out) {
      const insideMs = api.activation.endMs - api.activation.startMs;
      fs.writeFileSync(
        out,
        JSON.stringify({ insideMs, aroundMs: wasActive ? undefined : aroundMs, packageJsonActivated }),
      );
    }
  });
});
