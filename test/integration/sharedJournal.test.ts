// One journal and one lock for a terminal and a window: a resize started by `mrs-resize apply` (a
// real process, the same default journal) shows in the Operations view, and the window refuses a
// second resize of that cluster while mrs-resize follows it, naming it.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ResizeBusyError } from '../../src/core/operations';
import { buildLifecycle } from '../../src/vscode/operations/createOperations';
import { emulatorEnv } from '../contract/cliSupport';
import { useEmulatorConnection, waitFor } from './support';

/** Runs the built CLI like a terminal would, with the window's own environment (its default journal). */
function mrsResize(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const cli = path.join(
    vscode.extensions.getExtension('mrs-explorer.mrs-explorer')?.extensionPath ?? '',
    'dist',
    'cli.js',
  );
  assert.ok(fs.existsSync(cli), `${cli} is built`);
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: os.homedir(), XDG_STATE_HOME: process.env.XDG_STATE_HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('shared journal: mrs-resize and the window', function () {
  this.timeout(90_000);
  const suite = useEmulatorConnection(6);

  it('shows a resize started by mrs-resize in the Operations view; the window refuses a second one meanwhile', async () => {
    const { api, emu } = suite;
    assert.ok(process.env.XDG_STATE_HOME, 'the test host has a state folder of its own');
    // The window's lifecycle as activation builds it (resize.test.ts closes the extension's, as a reload does).
    const lifecycle = buildLifecycle(api, api.history);
    emu.resetRequests();
    const clusterId = emu.clusterIdByName('adhoc-queries') ?? '';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-shared-'));
    const file = path.join(dir, 'add-one.mrs-resize.json');
    const body = { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1 } };
    fs.writeFileSync(file, JSON.stringify({ target: { cluster_id: clusterId }, request: body }));
    const env = { ...emulatorEnv(emu) } as Record<string, string>;
    const run = mrsResize(['apply', file, '--interval', '0.5'], env);

    const record = await waitFor(
      () => api.history.list().find((r) => r.clusterId === clusterId && r.wayIn === 'cli' && r.state === 'running'),
      'the window sees the resize of mrs-resize in the journal',
      30_000,
    );
    const labelOf = (item: vscode.TreeItem) =>
      typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const rows = api.operationsTree.getChildren().map((e) => api.operationsTree.getTreeItem(e));
    const row = rows.find((r) => labelOf(r).startsWith('adhoc-queries · core 4 → 5'));
    assert.ok(row, `an Operations row for it: ${rows.map(labelOf).join(' | ')}`);
    assert.match(String(row.description), /^in progress · .* · Environment$/);
    // The walkthrough's step "Run it with mrs-resize" is checked off by this context key.
    await waitFor(
      () => api.walkthrough.current().keys.get('mrs.cliResizeInJournal'),
      'mrs.cliResizeInJournal set for the walkthrough',
    );

    const busy = await lifecycle.busyReason(clusterId, 'adhoc-queries');
    assert.match(
      busy ?? '',
      /^A resize of cluster adhoc-queries is already being sent or followed by mrs-resize \(process \d+ on /,
    );
    const order = {
      connection: 'emu',
      clusterId,
      wayIn: 'palette',
      ask: { draft: { scaleType: 'scale_out', group: '', instances: 1 } },
    } as const;
    await assert.rejects(
      lifecycle.start(order, () => Promise.resolve(true)),
      (e: unknown) => {
        assert.ok(e instanceof ResizeBusyError || (e instanceof Error && e.name === 'ResizeBusyError'), String(e));
        assert.match(e.message, /by mrs-resize \(process \d+ on /);
        return true;
      },
    );

    const done = await run;
    assert.equal(done.code, 0, done.output);
    assert.equal(emu.requests().routes.resize.count, 1, 'one PUT: the one of mrs-resize');
    await waitFor(() => api.history.get(record.id)?.state === 'succeeded', 'the window sees it end', 15_000).catch(
      (e: Error) => {
        const onDisk = fs.readFileSync(path.join(api.history.folder, `${record.id}.json`), 'utf8');
        throw new Error(
          `${e.message}: the window has ${JSON.stringify(api.history.get(record.id))}, the disk ${onDisk}`,
        );
      },
    );
    assert.equal(await lifecycle.busyReason(clusterId), undefined, 'the cluster is free again');
    lifecycle.dispose();
  });
});
