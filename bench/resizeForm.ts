// Figures of the resize form: the shipped (minified) webview bundle, the form model's work per
// keystroke, and the open command → first complete render, measured in the real workbench by
// bench/host/formRender.bench.ts (run here through scripts/integration.mjs: code-server + Chromium).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { clusterFactsOf, type ClusterFacts } from '../src/core/resize/rules';
import { FORM_LABEL_KEYS, initialFormDraft, type FormLabels, type RenderTimings } from '../src/shared/resizeForm';
import { englishTranslate } from '../src/shared/translate';
import { formView } from '../webview/resize/formModel';
import type { Cluster } from '../src/core/model/cluster';

const root = path.resolve(__dirname, '../..');

/** The bundle as npm run bench built it (`esbuild.mjs --production`, as in the .vsix). */
export function webviewBundleSize(): string {
  const bytes = fs.readFileSync(path.join(root, 'dist/webview/resize.js'));
  return `webview bundle dist/webview/resize.js (minified): ${(bytes.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`;
}

/** One keystroke's work in the webview: checkResize and the view model. */
export function formViewWork(cluster: Cluster): () => unknown {
  const facts: ClusterFacts = clusterFactsOf(cluster);
  const labels = Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])) as FormLabels;
  const state = { facts, hosts: [], draft: initialFormDraft(facts), labels, sendState: { kind: 'idle' as const } };
  return () => formView(state, englishTranslate);
}

interface FirstRender {
  readonly ms: number;
  readonly loaded?: number;
  readonly ready?: number;
  readonly webview: RenderTimings;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const figure = (name: string, xs: number[]) =>
  `${name.padEnd(58)} median ${median(xs).toFixed(0).padStart(6)} ms   p95 ${p95(xs).toFixed(0).padStart(6)} ms`;

/**
 * Opens the form in code-server 20 times and prints the end-to-end figure and where the time went:
 * VS Code's webview set-up (panel → our document's first byte, which in the browser includes a
 * service worker per webview), our document (bundle and CSS fetched, run, first paint), and the
 * host's fresh reads of the cluster (in parallel with the webview's set-up).
 */
export function openToRenderFigures(): string[] {
  const out = path.join(os.tmpdir(), `mrs-bench-form-${process.pid}.json`);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/integration.mjs')], {
    cwd: root,
    env: { ...process.env, MRS_INTEGRATION_FILES: 'formRender.bench.ts', MRS_BENCH_OUT: out },
    encoding: 'utf8',
  });
  if (!fs.existsSync(out)) {
    return [`open command → first form render: not measured (the host run failed: ${r.stdout.slice(-400)})`];
  }
  const { runs } = JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: FirstRender[] };
  fs.rmSync(out, { force: true });
  // The webview's marks count from its document's start (VS Code's own set-up), the panel's from its creation.
  const ours = runs.map((x) => x.webview.painted - x.webview.fetch);
  const vscodeSetUp = runs.map((x, i) => x.ms - ours[i]);
  const running = runs.map((x) => x.webview.painted - x.webview.script);
  return [
    figure(
      `open command → first form render (${runs.length} runs, code-server)`,
      runs.map((x) => x.ms),
    ),
    figure('  of which VS Code sets up the webview', vscodeSetUp),
    figure('  of which ours: bundle and CSS fetched, run, painted', ours),
    figure('    of which the bundle running → painted', running),
    figure(
      '  host reads the cluster and hosts (in parallel)',
      runs.map((x) => x.loaded ?? 0),
    ),
  ];
}
