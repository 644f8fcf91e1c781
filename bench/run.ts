// `npm run bench`: figures, never pass/fail. Prints ONE table (name | median | p95 | target | note),
// then the breakdown of the form's first render. Runs against the in-process emulator over real
// loopback HTTP, plus one extension-host run in code-server (activation, form render) and the .vsix
// build. A figure that fails prints why on its row; the others still run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator, type Emulator } from '../emulator';
import type { MrsClient } from '../src/core/api/MrsClient';
import { createConnection, type ConnectionParts } from '../src/core/api/createMrsClient';
import { CachedQuotaReads, type QuotaReads } from '../src/core/quota/reader';
import { defaultFetch } from '../src/core/api/http';
import { parseClusterListDto } from '../src/core/api/parseCluster';
import { formatSdkDate, signRequest } from '../src/core/auth/signer';
import { errorMessage } from '../src/core/errors';
import { ExplorerModel, type ClusterFilter } from '../src/core/explorer/ExplorerModel';
import { LIST_POLL_THRESHOLD, Poller } from '../src/core/explorer/Poller';
import { silentLogger } from '../src/core/log';
import { preparePlan } from '../src/core/plan/preparePlan';
import { journalWith, lockAndJournalWork } from './journal';
import { englishTranslate } from '../src/core/translate';
import { describeCluster } from '../src/vscode/tree/describe';
import { FakeTimers } from '../test/support/FakeTimers';
import { requestFileEditWork } from './requestFiles';
import { bundleSize, formViewWork, hostFigures, median, p95 } from './resizeForm';

const root = path.resolve(__dirname, '../..');
const PAGE_SIZE = 50; // mrs.explorer.pageSize's default
const INTERVAL_MS = 15_000; // mrs.explorer.refreshSeconds's default

interface Row {
  readonly name: string;
  readonly median: string;
  readonly p95: string;
  readonly target: string;
  readonly note: string;
}

const rows: Row[] = [];

/** Adds a row; when the figure throws, the row says why and the bench goes on. */
async function row(
  name: string,
  target: string,
  fn: () => Promise<Partial<Omit<Row, 'name' | 'target'>>> | Partial<Omit<Row, 'name' | 'target'>>,
): Promise<void> {
  try {
    const r = await fn();
    rows.push({ name, target, median: r.median ?? '', p95: r.p95 ?? '', note: r.note ?? '' });
  } catch (e) {
    rows.push({ name, target, median: '—', p95: '—', note: `not measured: ${errorMessage(e)}` });
  }
}

async function times(runs: number, fn: () => unknown): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
const timed = (xs: number[], note = '') => ({ median: ms(median(xs)), p95: ms(p95(xs)), note });

function clientOf(emu: Emulator): MrsClient {
  return connectionOf(emu).client;
}

function connectionOf(emu: Emulator): ConnectionParts {
  const c = emu.credentials;
  return createConnection({
    region: c.region,
    projectId: c.projectId,
    mrsEndpoint: emu.url,
    iamEndpoint: emu.url,
    ecsEndpoint: emu.url,
    evsEndpoint: emu.url,
    vpcEndpoint: emu.url,
    credential: { kind: 'aksk', accessKey: c.ak, secretKey: c.sk },
  });
}

function modelOf(client: MrsClient, pageSize: number, filter: ClusterFilter = {}): ExplorerModel {
  return new ExplorerModel({
    clientFor: () => Promise.resolve(client),
    pageSize: () => pageSize,
    filter: () => filter,
    now: () => new Date(),
    onChange: () => undefined,
  });
}

/**
 * Every page, as "Load more…" does, then the tree's describe step for every cluster.
 * @returns how many were described, and how long the describe step took (part of the whole).
 */
async function showAll(model: ExplorerModel): Promise<{ shown: number; describeMs: number }> {
  model.reset();
  await model.load('bench');
  while (model.view('bench').hasMore) {
    await model.loadMore('bench');
  }
  const t0 = performance.now();
  const now = new Date();
  const shown = model.view('bench').clusters.map((x) => describeCluster(x, now, englishTranslate)).length;
  return { shown, describeMs: performance.now() - t0 };
}

/** The same list requests made directly: signed, fetched, body read and JSON.parse'd; nothing else. */
async function rawPages(emu: Emulator, pages: number): Promise<void> {
  const c = emu.credentials;
  for (let page = 1; page <= pages; page++) {
    const url = new URL(`${emu.url}/v1.1/${c.projectId}/cluster_infos?pageSize=${PAGE_SIZE}&currentPage=${page}`);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json;charset=UTF-8',
      'X-Sdk-Date': formatSdkDate(new Date()),
      'X-Project-Id': c.projectId,
    };
    headers.Authorization = signRequest(
      { method: 'GET', url, headers, body: '' },
      { accessKey: c.ak, secretKey: c.sk },
    ).authorization;
    const res = await defaultFetch(url.toString(), {
      method: 'GET',
      headers,
      signal: new AbortController().signal,
      redirect: 'manual',
    });
    JSON.parse(await res.text());
  }
}

const sent = (emu: Emulator): number => emu.requests().total;

/** A visible Clusters view's Poller on a manual clock over the real client; settles each round on real I/O. */
function pollingView(model: ExplorerModel, targets: () => Array<{ connection: string; clusterId: string }>) {
  const timers = new FakeTimers();
  let round: Promise<unknown> = Promise.resolve();
  const track = <T>(p: Promise<T>): Promise<T> => ((round = p.catch(() => undefined)), p);
  const poller = new Poller({
    targets,
    refresh: (c, id) => track(model.refreshCluster(c, id)),
    refreshMany: (c, ids) => track(model.refreshClusters(c, ids)),
    visible: () => true,
    intervalMs: () => INTERVAL_MS,
    setTimer: timers.set,
    clearTimer: timers.clear,
    logger: silentLogger,
  });
  const settle = async () => {
    for (let i = 0; i < 10_000 && timers.pending.length === 0 && targets().length > 0; i++) {
      await round;
      await new Promise((r) => setImmediate(r));
    }
  };
  return { poller, timers, settle };
}

async function manySeedRows(): Promise<void> {
  const emu = await startEmulator({ port: 0, seed: 'many', quiet: true });
  try {
    const client = clientOf(emu);
    const model = modelOf(client, PAGE_SIZE);

    // The tree and the raw requests run alternately, so that the load of a shared machine falls on both alike.
    const before = sent(emu);
    const { shown } = await showAll(model);
    const pages = sent(emu) - before;
    await rawPages(emu, pages);
    const tree: number[] = [];
    const describing: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < 7; i++) {
      let t0 = performance.now();
      describing.push((await showAll(model)).describeMs);
      tree.push(performance.now() - t0);
      t0 = performance.now();
      await rawPages(emu, pages);
      raw.push(performance.now() - t0);
    }
    await row('2,000 clusters in the tree, pages of 50', '≤ 1.2× raw', () =>
      timed(
        tree,
        `${shown} clusters, ${pages} requests; ExplorerModel over the real client + describe, plain Node; ` +
          `tree/raw = ${(median(tree) / median(raw)).toFixed(2)}× (medians)`,
      ),
    );
    await row('  of which the describe step (labels, tooltips)', '', () =>
      timed(describing, `describeCluster for the ${shown} clusters, in the same runs`),
    );
    await row(`  the same ${pages} list requests, raw HTTP`, '', () =>
      timed(raw, 'signed, fetched (cross-fetch, as the client), JSON.parse; run alternately with the tree'),
    );
    await row('first page of 50 clusters (what the tree shows first)', '', async () =>
      timed(
        await times(30, async () => {
          model.reset();
          await model.load('bench');
        }),
      ),
    );

    await row('requests in 5 min, view open, every cluster stable', '0', async () => {
      const stable = modelOf(client, PAGE_SIZE, { state: 'running' });
      await stable.load('bench');
      const shown = stable.view('bench').clusters.length;
      const { poller, timers, settle } = pollingView(stable, () => stable.transitional());
      const before = sent(emu);
      poller.update();
      await timers.advance(5 * 60_000, settle);
      poller.dispose();
      return {
        median: `${sent(emu) - before} req`,
        note: `${shown} running clusters shown (filter running); Poller + fake clock over the real client`,
      };
    });

    const all = modelOf(client, 500);
    await all.load('bench');
    while (all.view('bench').hasMore) {
      await all.loadMore('bench');
    }
    for (const n of [1, 10, 100]) {
      await row(`requests per interval, ${n} changing (before → after)`, `> ${LIST_POLL_THRESHOLD}: 1`, async () => {
        const changing = all.transitional().slice(0, n);
        if (changing.length < n) {
          throw new Error(`only ${changing.length} changing clusters in the seed`);
        }
        const oneInterval = async (perCluster: boolean) => {
          const view = pollingView(all, () => changing);
          const poller = perCluster
            ? new Poller({
                // Before: one details request per changing cluster, whatever their number.
                targets: () => changing,
                refresh: (c, id) => all.refreshCluster(c, id),
                refreshMany: async (c, ids) => {
                  for (const id of ids) {
                    await all.refreshCluster(c, id);
                  }
                },
                visible: () => true,
                intervalMs: () => INTERVAL_MS,
                setTimer: view.timers.set,
                clearTimer: view.timers.clear,
                logger: silentLogger,
              })
            : view.poller;
          const before = sent(emu);
          poller.update();
          const t0 = performance.now();
          await view.timers.advance(INTERVAL_MS, async () => {
            await view.settle();
            for (let i = 0; i < 10_000 && view.timers.pending.length === 0; i++) {
              await new Promise((r) => setImmediate(r));
            }
          });
          const took = performance.now() - t0;
          poller.dispose();
          return { requests: sent(emu) - before, took };
        };
        const old = await oneInterval(true);
        const now = await oneInterval(false);
        return {
          median: `${old.requests} → ${now.requests} req`,
          note: `round ${ms(old.took)} → ${ms(now.took)} (of 2,000 loaded clusters; real HTTP)`,
        };
      });
    }

    const sample = model.view('bench').clusters[0];
    const list = await client.listClusters({ pageSize: 500 });
    const body = JSON.stringify({
      clusterTotal: list.length,
      clusters: list.map((x) => ({
        clusterId: x.id,
        clusterName: x.name,
        clusterState: x.state,
        coreNodeNum: String(x.coreCount),
      })),
    });
    await row('parse a 2,000-cluster list answer', '', async () =>
      timed(await times(30, () => parseClusterListDto(JSON.parse(body))), `${(body.length / 1024).toFixed(0)} KiB`),
    );
    await row('describe 2,000 tree items', '', async () =>
      timed(await times(30, () => list.map((x) => describeCluster(x, new Date(), englishTranslate)))),
    );
    await row('sign 1,000 requests (AK/SK)', '', async () => {
      const c = emu.credentials;
      const req = {
        method: 'GET',
        url: new URL(`${emu.url}/v1.1/${c.projectId}/cluster_infos?pageSize=50&currentPage=1`),
        headers: { 'X-Sdk-Date': '20240101T000000Z' },
        body: '',
      };
      return timed(
        await times(20, () => {
          for (let i = 0; i < 1000; i++) {
            signRequest(req, { accessKey: c.ak, secretKey: c.sk });
          }
        }),
      );
    });
    await row('resize form: check and view model per keystroke', '', async () =>
      timed(await times(200, formViewWork(sample))),
    );
  } finally {
    await emu.close();
  }
}

async function preflightRow(): Promise<void> {
  await planRow('resize plan without the quota pre-flight (as 0.1 planned: details + hosts + rules)', 'none');
  await planRow('resize plan with the quota pre-flight (+ ECS, EVS and VPC reads beside the cluster)', 'read');
  await planRow('resize plan, quota reads cached 30 s (as the form and the request files see it)', 'cached');
}

/** Quota reads that answer at once without a request: the plan as it was before the pre-flight. */
const NO_QUOTA_READS: QuotaReads = {
  ecsLimits: () => Promise.reject(new Error('not read')),
  evsQuota: () => Promise.reject(new Error('not read')),
  subnetFreeIps: () => Promise.reject(new Error('not read')),
  mrsFlavors: () => Promise.reject(new Error('not read')),
  ecsFlavors: () => Promise.reject(new Error('not read')),
};

async function planRow(name: string, quotaReads: 'none' | 'read' | 'cached'): Promise<void> {
  await row(name, '', async () => {
    const emu = await startEmulator({ port: 0, quiet: true });
    try {
      const parts = connectionOf(emu);
      const client = parts.client;
      const quota =
        quotaReads === 'none'
          ? NO_QUOTA_READS
          : quotaReads === 'cached'
            ? new CachedQuotaReads(parts.quota, Date.now)
            : parts.quota;
      const clusterId = emu.clusterIdByName('analytics-prod') ?? '';
      const order = {
        connection: 'bench',
        clusterId,
        wayIn: 'cli',
        ask: { draft: { scaleType: 'scale_out' as const, group: '', instances: 2 } },
      } as const;
      const deps = { t: englishTranslate, nowMs: Date.now(), quota };
      const before = sent(emu);
      await preparePlan(client, order, deps);
      const count = sent(emu) - before;
      return timed(
        await times(30, () => preparePlan(client, order, deps)),
        `core scale-out by 2 of analytics-prod, emulator over loopback HTTP, ${count} requests`,
      );
    } finally {
      await emu.close();
    }
  });
}

async function journalRow(): Promise<void> {
  await row('send: lock + journal read again + durable record', '', async () => {
    const { folder, history } = await journalWith(49);
    try {
      return timed(
        await times(30, lockAndJournalWork(folder, history)),
        'what ResizeLifecycle.send adds before the PUT, beside its reading: the lock file taken and freed, 50 records read, one written with fsync (local disk)',
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
}

async function hostRows(): Promise<string[]> {
  const host = hostFigures();
  await row('activation, inside activate()', '≤ 20 ms', () => {
    if (typeof host.activation === 'string') {
      throw new Error(host.activation);
    }
    const { insideMs, aroundMs } = host.activation;
    return timed(
      insideMs,
      `extension host in code-server, ${insideMs.length} host starts, one sample each (performance.now() marks in activate(), on the TestApi)` +
        (aroundMs.length
          ? `; around ext.activate(), incl. loading dist/extension.js: median ${ms(median(aroundMs))}`
          : ''),
    );
  });
  await row('resize form: open command → first render', '≤ 300 ms', () => {
    if (typeof host.formRender === 'string') {
      throw new Error(host.formRender);
    }
    return timed(
      host.formRender,
      `${host.formRender.length} runs in code-server + Chromium; most of it is VS Code's webview set-up (breakdown below)`,
    );
  });
  await row('resize form ÷ an empty webview panel (same host)', '≤ 1.15×', () => {
    if (typeof host.formRender === 'string') {
      throw new Error(host.formRender);
    }
    const form = host.formRender;
    const ratios = host.emptyPanel.map((e, i) => (form[i] ?? NaN) / e);
    const x = (r: number) => `${r.toFixed(2)}×`;
    return {
      median: x(median(form) / median(host.emptyPanel)),
      p95: x(p95(ratios)),
      note: `medians ${ms(median(form))} ÷ ${ms(median(host.emptyPanel))}: the same panel options, HTML and CSP with a one-line script, opened between two forms; p95 of the ${ratios.length} pairs' ratios`,
    };
  });
  await row('opening a package.json activates MRS Explorer', 'never', () => {
    if (typeof host.activation === 'string') {
      throw new Error(host.activation);
    }
    const starts = host.activation.packageJsonActivated;
    const yes = starts.filter(Boolean).length;
    return {
      median: yes === 0 ? 'no' : `yes (${yes})`,
      p95: '',
      note: `${starts.length} fresh host starts: a package.json opened first until VS Code's JSON language server completes in it, then extension.isActive read`,
    };
  });
  return host.formBreakdown;
}

// ---- request-file problems p95 — added with request files (branch `reqfile`): its figure goes
/** The problems work of one edit of a request file (parse, schema, rules with live facts), warm cache. */
async function requestFileDiagnosticsRow(): Promise<void> {
  await row('request-file problems per edit (warm cache)', 'p95 ≤ 5 ms', async () => {
    const emu = await startEmulator({ port: 0, quiet: true });
    try {
      const client = clientOf(emu);
      const clusterId = emu.clusterIdByName('analytics-prod') ?? '';
      const [details, hosts] = await Promise.all([client.getCluster(clusterId), client.listHosts(clusterId)]);
      return timed(
        await times(500, requestFileEditWork(details, hosts)),
        `500 edits of a task scale-in of analytics-prod (${hosts.length} hosts): parse, schema, rules`,
      );
    } finally {
      await emu.close();
    }
  });
}

function vsixSize(): { kib: number; files: number } {
  const out = path.join(os.tmpdir(), `mrs-bench-${process.pid}.vsix`);
  // dist/ is already the production build (npm run bench built it as npm run package does).
  const r = spawnSync(
    'npx',
    ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
    { cwd: root, encoding: 'utf8' },
  );
  if (!fs.existsSync(out)) {
    throw new Error(`vsce package failed: ${(r.stderr || r.stdout).slice(-300).replace(/\s+/g, ' ')}`);
  }
  const kib = fs.statSync(out).size / 1024;
  fs.rmSync(out, { force: true });
  const files = /\((\d+) files?/.exec(r.stdout)?.[1];
  return { kib, files: Number(files ?? NaN) };
}

async function sizeRows(): Promise<void> {
  for (const file of ['dist/extension.js', 'dist/webview/resize.js']) {
    await row(`size of ${file}`, '', () => {
      const s = bundleSize(file);
      return {
        median: `${s.kib.toFixed(1)} KiB`,
        note: `gzip ${s.gzipKib.toFixed(1)} KiB; minified (production build)`,
      };
    });
  }
  await row('size of the .vsix', '≤ 600 KB', () => {
    const v = vsixSize();
    return {
      median: `${v.kib.toFixed(1)} KiB`,
      note: `vsce package --no-dependencies${Number.isNaN(v.files) ? '' : `, ${v.files} files`}`,
    };
  });
}

function printTable(): void {
  const header: Row = { name: 'name', median: 'median', p95: 'p95', target: 'target', note: 'note' };
  const cols: Array<keyof Row> = ['name', 'median', 'p95', 'target', 'note'];
  const width = (k: keyof Row) => Math.max(...[header, ...rows].map((r) => r[k].length));
  const line = (r: Row) => `| ${cols.map((k) => r[k].padEnd(width(k))).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${cols.map((k) => '-'.repeat(width(k))).join(' | ')} |`);
  for (const r of rows) {
    console.log(line(r));
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const breakdown = await hostRows();
  await requestFileDiagnosticsRow();
  await preflightRow();
  await journalRow();
  await manySeedRows().catch((e: unknown) =>
    rows.push({ name: 'emulator figures', median: '—', p95: '—', target: '', note: `stopped: ${errorMessage(e)}` }),
  );
  await sizeRows();
  console.log(
    `\nnpm run bench, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${os.cpus().length} CPUs\n`,
  );
  printTable();
  console.log('');
  for (const l of breakdown) {
    console.log(l);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
