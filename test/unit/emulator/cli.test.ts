// The CLI: first stdout line is the JSON connection object; flags; clean stop on SIGINT/SIGTERM.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { RequestLogSnapshot } from '../../../emulator';
import { parseArgs } from '../../../emulator/cli';
import { resizeBody } from './helpers';

const CLI = path.resolve(__dirname, '../../../emulator/cli.js');

interface Running {
  child: ChildProcess;
  first: Record<string, string>;
  output: () => string;
}

function startCli(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        resolve({ child, first: JSON.parse(out.slice(0, nl)) as Record<string, string>, output: () => out });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function token(url: string, first: Record<string, string>): Promise<string> {
  const body = {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: first.user, password: first.password, domain: { name: first.domain } } },
      },
      scope: { project: { id: first.projectId } },
    },
  };
  const res = await fetch(`${url}/v3/auth/tokens`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
  return res.headers.get('x-subject-token') ?? '';
}

async function clusterId(run: Running, t: string, name: string): Promise<string> {
  const { url, projectId } = run.first;
  const res = await fetch(`${url}/v1.1/${projectId}/cluster_infos?clusterName=${name}`, {
    headers: { 'X-Auth-Token': t },
  });
  return ((await res.json()) as { clusters: { clusterId: string }[] }).clusters[0].clusterId;
}

describe('emulator CLI', function () {
  this.timeout(10_000);

  it('prints exactly the connection JSON first, serves, and exits 0 on SIGTERM', async () => {
    const run = await startCli(['--port', '0', '--seed', 'empty']);
    assert.deepEqual(Object.keys(run.first), ['url', 'region', 'projectId', 'ak', 'sk', 'domain', 'user', 'password']);
    assert.match(run.first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const info = (await (await fetch(`${run.first.url}/__emulator/info`)).json()) as { seed: string };
    assert.equal(info.seed, 'empty');
    const exited = exitCode(run.child);
    run.child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(run.output(), /SIGTERM received/);
  });

  it('--fail-cluster and --scale-seconds: the resize ends in scaling-error; SIGINT exits 0', async () => {
    const run = await startCli(['--scale-seconds=0', '--fail-cluster', 'analytics-prod']);
    const { url, projectId } = run.first;
    const t = await token(url, run.first);
    const id = await clusterId(run, t, 'analytics-prod');
    const put = await fetch(`${url}/v1.1/${projectId}/cluster_infos/${id}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': t, 'Content-Type': 'application/json' },
      body: JSON.stringify(resizeBody({ scale_type: 'scale_out', instances: 1 })),
    });
    assert.equal(put.status, 200);
    const detail = (await (
      await fetch(`${url}/v1.1/${projectId}/cluster_infos/${id}`, { headers: { 'X-Auth-Token': t } })
    ).json()) as { cluster: { scale: string } };
    assert.equal(detail.cluster.scale, 'scaling-error');
    assert.match(run.output(), /PUT \/v1\.1\/.+ -> 200/);
    const exited = exitCode(run.child);
    run.child.kill('SIGINT');
    assert.equal(await exited, 0);
  });

  it('--latency delays every request', async () => {
    const run = await startCli(['--latency', '250', '--seed', 'empty']);
    const { url, projectId } = run.first;
    await fetch(`${url}/v3/projects`);
    await fetch(`${url}/v1.1/${projectId}/cluster_infos`);
    const { log } = (await (await fetch(`${url}/__emulator/requests`)).json()) as RequestLogSnapshot;
    assert.deepEqual(
      log.map((e) => [e.route, e.latencyMs]),
      [
        ['projects', 250],
        ['listClusters', 250],
      ],
    );
    const exited = exitCode(run.child);
    run.child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('--node-quota sets the node quota the resize PUT checks (12000030)', async () => {
    const run = await startCli(['--node-quota', '1']);
    const { url, projectId } = run.first;
    const t = await token(url, run.first);
    const id = await clusterId(run, t, 'analytics-prod');
    const put = async (instances: number): Promise<{ status: number; body: unknown }> => {
      const res = await fetch(`${url}/v1.1/${projectId}/cluster_infos/${id}`, {
        method: 'PUT',
        headers: { 'X-Auth-Token': t, 'Content-Type': 'application/json' },
        body: JSON.stringify(resizeBody({ scale_type: 'scale_out', instances })),
      });
      return { status: res.status, body: await res.json() };
    };
    const refused = await put(2);
    assert.deepEqual([refused.status, (refused.body as { error_code: string }).error_code], [400, '12000030']);
    assert.equal((await put(1)).status, 200);
    const exited = exitCode(run.child);
    run.child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('bad arguments exit 2 with the usage', async () => {
    const child = spawn(process.execPath, [CLI, '--seed', 'nope'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    assert.equal(await exitCode(child), 2);
    assert.match(err, /Unknown seed "nope"/);
  });

  it('parseArgs reads both flag forms and refuses unknown or incomplete flags', () => {
    assert.deepEqual(
      parseArgs([
        '--port',
        '8080',
        '--seed=many',
        '--scale-seconds',
        '0.3',
        '--fail-cluster',
        'a',
        '--fail-cluster=b',
        '--latency',
        '5',
        '--node-quota=12',
        '--node-limit',
        '800',
      ]),
      {
        options: { port: 8080, seed: 'many', scaleSeconds: 0.3, nodeLimit: 800 },
        failClusters: ['a', 'b'],
        latencyMs: 5,
        nodeQuota: 12,
      },
    );
    assert.throws(() => parseArgs(['--node-quota', '1.5']), /--node-quota needs a whole number/);
    assert.throws(() => parseArgs(['--port']), /--port needs a number/);
    assert.throws(() => parseArgs(['--port', '-1']), /--port needs a number/);
    assert.throws(() => parseArgs(['--seed', '--port']), /--seed needs a value/);
    assert.throws(() => parseArgs(['--verbose']), /Unknown argument/);
  });

  it('parseArgs reads the v2 switches: --expand-result, --nodes-offset, --rate-limit', () => {
    assert.deepEqual(parseArgs(['--expand-result', 'success', '--nodes-offset=item', '--rate-limit']).options, {
      expandResult: 'success',
      nodesOffset: 'item',
      rateLimit: true,
    });
    assert.deepEqual(parseArgs(['--rate-limit=false']).options, { rateLimit: false });
    assert.throws(() => parseArgs(['--nodes-offset', 'row']), /--nodes-offset needs page or item/);
    assert.throws(() => parseArgs(['--rate-limit=yes']), /--rate-limit takes no value/);
    assert.throws(() => parseArgs(['--expand-result']), /--expand-result needs a value/);
  });
});
