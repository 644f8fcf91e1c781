// Figures of the resize form and of the extension host: bundle sizes, the form model's work per
// keystroke, and host runs (scripts/integration.mjs: code-server + Chromium) that measure the
// activation (bench/host/activation.bench.ts, once per host start) and the open command → first
// complete render (bench/host/formRender.bench.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { clusterFactsOf, type ClusterFacts } from '../src/core/resize/rules';
import { FORM_LABEL_KEYS, initialFormDraft, type FormLabels, type RenderTimings } from '../src/shared/resizeForm';
import { englishTranslate } from '../src/core/translate';
import { formView } from '../webview/resize/formModel';
import type { Cluster } from '../src/core/model/cluster';

const root = path.resolve(__dirname, '../..');

/** A file as npm run bench built it (`esbuild.mjs --production`, as in the .vsix): size and gzip size, KiB. */
export function bundleSize(file: string): { kib: number; gzipKib: number } {
  const bytes = fs.readFileSync(path.join(root, file));
  return { kib: bytes.length / 1024, gzipKib: gzipSync(bytes).length / 1024 };
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

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const figure = (name: string, xs: number[]) =>
  `${name.padEnd(58)} median ${median(xs).toFixed(0).padStart(6)} ms   p95 ${p95(xs).toFixed(0).padStart(6)} ms`;

/** What one extension-host run measured (bench/host/*.bench.ts); a figure that failed says why. */
export interface HostFigures {
  /** open command → first complete render, one entry per run (ms). */
  readonly formRender: number[] | string;
  /** An empty webview panel opened the same way between two forms (ms), the yardstick of VS Code's own set-up. */
  readonly emptyPanel: number[];
  /** Where the form's time went, one line per part. */
  readonly formBreakdown: string[];
  /**
   * Inside activate(), and around ext.activate() when the extension was not active yet (ms): one
   * sample per host start, ACTIVATION_STARTS of them.
   */
  readonly activation:
    | {
        readonly insideMs: number[];
        readonly aroundMs: number[];
        /** Per host start: did opening a package.json (before anything else) activate the extension? */
        readonly packageJsonActivated: boolean[];
      }
    | string;
}

/** Host starts that measure the activation (one sample each: a host activates the extension once). */
export const ACTIVATION_STARTS = 5;

interface ActivationSample {
  insideMs: number;
  aroundMs?: number;
  packageJsonActivated: boolean;
}

/** One host start in code-server running `files`, with `env`; '' when it went well, else why not. */
function hostRun(files: string, env: Record<string, string>): string {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/integration.mjs')], {
    cwd: root,
    env: { ...process.env, MRS_INTEGRATION_FILES: files, ...env },
    encoding: 'utf8',
  });
  if (r.status === 0) {
    return '';
  }
  const tail = `${r.error?.message ?? ''} ${r.stdout ?? ''} ${r.stderr ?? ''}`.trim().slice(-300).replace(/\s+/g, ' ');
  return `the host run failed (exit ${r.status ?? r.signal ?? '?'}): ${tail}`;
}

/** The activation samples: the first from the run that also measures the form, the others from their own starts. */
function activationSamples(first: ActivationSample | undefined, why: string): HostFigures['activation'] {
  const samples = first ? [first] : [];
  const out = path.join(os.tmpdir(), `mrs-bench-activation-${process.pid}-more.json`);
  for (let i = samples.length; i < ACTIVATION_STARTS; i++) {
    const failed = hostRun('activation.bench.ts', { MRS_BENCH_ACTIVATION_OUT: out });
    const sample = readJson<ActivationSample>(out);
    if (!sample) {
      return failed || why;
    }
    samples.push(sample);
  }
  return {
    insideMs: samples.map((x) => x.insideMs),
    aroundMs: samples.flatMap((x) => (x.aroundMs === undefined ? [] : [x.aroundMs])),
    packageJsonActivated: samples.map((x) => x.packageJsonActivated),
  };
}

function readJson<T>(file: string): T | undefined {
  if (!fs.existsSync(file)) {
    return undefined;
  }
  const value = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  fs.rmSync(file, { force: true });
  return value;
}

/**
 * One extension-host run in code-server (scripts/integration.mjs): first the activation
 * (bench/host/activation.bench.ts, while the extension is not active yet; more host starts then add
 * samples of it, up to ACTIVATION_STARTS), then the form opened 20
 * times (bench/host/formRender.bench.ts) with where the time went: VS Code's webview set-up (panel →
 * our document's first byte, which in the browser includes a service worker per webview), our
 * document (bundle and CSS fetched, run, first paint), and the host's fresh reads of the cluster (in
 * parallel with the webview's set-up).
 */
export function hostFigures(): HostFigures {
  const formOut = path.join(os.tmpdir(), `mrs-bench-form-${process.pid}.json`);
  const activationOut = path.join(os.tmpdir(), `mrs-bench-activation-${process.pid}.json`);
  const why = hostRun('activation.bench.ts,formRender.bench.ts', {
    MRS_BENCH_OUT: formOut,
    MRS_BENCH_ACTIVATION_OUT: activationOut,
  });
  const activation = activationSamples(readJson<ActivationSample>(activationOut), why);
  const form = readJson<{ runs: FirstRender[]; empty: number[] }>(formOut);
  if (!form) {
    return { formRender: why, emptyPanel: [], formBreakdown: [], activation };
  }
  const { runs, empty } = form;
  // The webview's marks count from its document's start (VS Code's own set-up), the panel's from its creation.
  const ours = runs.map((x) => x.webview.painted - x.webview.fetch);
  const vscodeSetUp = runs.map((x, i) => x.ms - ours[i]);
  const running = runs.map((x) => x.webview.painted - x.webview.script);
  return {
    formRender: runs.map((x) => x.ms),
    emptyPanel: empty,
    formBreakdown: [
      `form first render breakdown (${runs.length} runs, code-server):`,
      figure('  an empty webview panel opened the same way, in between', empty),
      figure('  of which VS Code sets up the webview', vscodeSetUp),
      figure('  of which ours: bundle and CSS fetched, run, painted', ours),
      figure('    of which the bundle running → painted', running),
      figure(
        '  host reads the cluster and hosts (in parallel)',
        runs.map((x) => x.loaded ?? 0),
      ),
    ],
    activation,
  };
}
