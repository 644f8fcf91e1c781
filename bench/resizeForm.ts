// Figures of the resize form: the minified webview bundle, the form model's work per keystroke, and
// the open-command-to-first-render time that the integration suite measures in the real workbench
// (test/integration/resizeForm.test.ts writes test-results/bench/resizeForm.json).
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { clusterFactsOf, type ClusterFacts } from '../src/core/resize/rules';
import { FORM_LABEL_KEYS, initialFormDraft, type FormLabels } from '../src/shared/resizeForm';
import { englishTranslate } from '../src/shared/translate';
import { formView } from '../webview/resize/formModel';
import type { Cluster } from '../src/core/model/cluster';

const root = path.resolve(__dirname, '../..');

export async function webviewBundleSize(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'webview/resize/main.ts')],
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
  });
  const bytes = out.outputFiles[0].contents;
  return `webview bundle dist/webview/resize.js (minified): ${(bytes.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`;
}

/** One keystroke's work in the webview: checkResize and the view model. */
export function formViewWork(cluster: Cluster): () => unknown {
  const facts: ClusterFacts = clusterFactsOf(cluster);
  const labels = Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])) as FormLabels;
  const state = { facts, hosts: [], draft: initialFormDraft(facts), labels, sendState: { kind: 'idle' as const } };
  return () => formView(state, englishTranslate);
}

/** The figure the integration suite left, or why there is none. */
export function openToRenderFigure(): string {
  const file = path.join(root, 'test-results/bench/resizeForm.json');
  if (!fs.existsSync(file)) {
    return 'open command → first form render: no figure (run npm run test:integration to measure it in the workbench)';
  }
  const { runs, at } = JSON.parse(fs.readFileSync(file, 'utf8')) as { runs: number[]; at: string };
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  return `open command → first form render (code-server workbench, ${runs.length} runs, ${at}): median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`;
}
