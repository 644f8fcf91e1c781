// `npm run bench`: figures, never pass/fail. Runs against the in-process emulator's 2,000-cluster
// seed over real loopback HTTP, plus pure CPU work (signing, parsing, tree descriptions).
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../emulator';
import { createMrsClient } from '../src/core/api/createMrsClient';
import { parseClusterListDto } from '../src/core/api/parseCluster';
import { signRequest } from '../src/core/auth/signer';
import { ExplorerModel } from '../src/core/explorer/ExplorerModel';
import { englishTranslate } from '../src/shared/translate';
import { describeCluster } from '../src/vscode/tree/describe';
import { requestFileEditWork } from './requestFiles';
import { formViewWork, openToRenderFigures, webviewBundleSize } from './resizeForm';

interface Figure {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly note?: string;
}

async function measure(name: string, runs: number, fn: () => unknown, note?: string): Promise<Figure> {
  const times: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    medianMs: times[Math.floor(runs / 2)],
    p95Ms: times[Math.min(runs - 1, Math.floor(runs * 0.95))],
    note,
  };
}

function print(f: Figure): void {
  console.log(
    `${f.name.padEnd(58)} median ${f.medianMs.toFixed(2).padStart(9)} ms   p95 ${f.p95Ms.toFixed(2).padStart(9)} ms   (${f.runs} runs)${f.note ? `  ${f.note}` : ''}`,
  );
}

async function main(): Promise<void> {
  const emu = await startEmulator({ port: 0, seed: 'many', quiet: true });
  try {
    const c = emu.credentials;
    const client = createMrsClient({
      region: c.region,
      projectId: c.projectId,
      mrsEndpoint: emu.url,
      iamEndpoint: emu.url,
      credential: { kind: 'aksk', accessKey: c.ak, secretKey: c.sk },
    });
    const model = new ExplorerModel({
      clientFor: () => Promise.resolve(client),
      pageSize: () => 50,
      filter: () => ({}),
      now: () => new Date(),
      onChange: () => undefined,
    });
    print(
      await measure('first page of 50 clusters (what the tree shows first)', 30, async () => {
        model.reset();
        await model.load('bench');
      }),
    );
    const all = await client.listClusters({ pageSize: 500 });
    print(await measure('all 2,000 clusters, pages of 500', 10, () => client.listClusters({ pageSize: 500 })));
    print(await measure('all 2,000 clusters, pages of 50', 5, () => client.listClusters({ pageSize: 50 })));
    print(await measure('cluster details', 50, () => client.getCluster(all[0].id)));
    const body = JSON.stringify({
      clusterTotal: all.length,
      clusters: all.map((x) => ({
        clusterId: x.id,
        clusterName: x.name,
        clusterState: x.state,
        coreNodeNum: String(x.coreCount),
      })),
    });
    print(
      await measure(
        'parse a 2,000-cluster list answer',
        30,
        () => parseClusterListDto(JSON.parse(body)),
        `${(body.length / 1024).toFixed(0)} KiB`,
      ),
    );
    print(
      await measure('describe 2,000 tree items', 30, () =>
        all.map((x) => describeCluster(x, new Date(), englishTranslate)),
      ),
    );
    const req = {
      method: 'GET',
      url: new URL(`${emu.url}/v1.1/${c.projectId}/cluster_infos?pageSize=50&currentPage=1`),
      headers: { 'X-Sdk-Date': '20240101T000000Z' },
      body: '',
    };
    print(
      await measure('sign 1,000 requests (AK/SK)', 20, () => {
        for (let i = 0; i < 1000; i++) {
          signRequest(req, { accessKey: c.ak, secretKey: c.sk });
        }
      }),
    );
    print(await measure('resize form: check and view model per keystroke', 200, formViewWork(all[0])));
    const withTasks = all.find((x) => x.nodeGroups.some((g) => g.role === 'task' && g.nodeCount >= 3)) ?? all[0];
    const details = await client.getCluster(withTasks.id);
    const hosts = await client.listHosts(withTasks.id);
    print(
      await measure(
        'request file: diagnostics per edit (warm cache)',
        500,
        requestFileEditWork(details, hosts),
        `${hosts.length} hosts`,
      ),
    );
    console.log(webviewBundleSize());
    for (const line of openToRenderFigures()) {
      console.log(line);
    }
  } finally {
    await emu.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
