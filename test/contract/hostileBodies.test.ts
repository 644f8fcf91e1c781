// A server that answers with a 1 GiB gzip bomb or a 700 MiB body: the client (its real fetch, over
// HTTP) reads up to the cap of the call and stops with the size error CLIENT.BODY_TOO_LARGE, one GET
// each (counted by the emulator), never "Could not reach the server", never fetched again.
import assert from 'node:assert/strict';
import { explainError } from '../../src/core/api/catalog';
import { NOT_MRS_CODES } from '../../src/core/api/errors';
import { emulatorEnv, explain, runCli } from './cliSupport';
import { akskOf, apiError, connect, idOf, route, useEmulator } from './support';

describe('contract: hostile answer bodies', () => {
  const ctx = useEmulator();

  it('a 1 GiB gzip bomb as the cluster list: the size error, one GET, memory bounded', async () => {
    ctx.emu.addFault({ kind: 'gzip-bomb', route: 'listClusters' });
    const conn = connect(ctx.emu, akskOf(ctx.emu), { projectId: ctx.emu.credentials.projectId });
    const before = process.memoryUsage().rss;
    const error = await apiError(conn.client.listClustersPage(), {
      kind: 'invalidResponse',
      status: 200,
      code: NOT_MRS_CODES.bodyTooLarge,
    });
    const grown = process.memoryUsage().rss - before;
    assert.ok(grown < 256 * 2 ** 20, `the process grew by ${Math.round(grown / 2 ** 20)} MiB`);
    assert.match(explainError(error, 'en').explanation, /far larger than any MRS or IAM answer/);
    assert.equal(route(ctx.emu, 'listClusters').count, 1, 'one GET');
    assert.deepEqual(conn.waits, [], 'no retry');
  });

  it('a 700 MiB body as the cluster details: the size error before reading it, one GET', async () => {
    ctx.emu.addFault({ kind: 'oversized', route: 'getCluster' });
    const conn = connect(ctx.emu, akskOf(ctx.emu), { projectId: ctx.emu.credentials.projectId });
    await apiError(conn.client.getCluster(idOf(ctx.emu, 'analytics-prod')), {
      kind: 'invalidResponse',
      code: NOT_MRS_CODES.bodyTooLarge,
    });
    assert.equal(route(ctx.emu, 'getCluster').count, 1, 'one GET');
  });

  it('mrs-resize clusters under a gzip bomb says so (exit 8), not "Could not reach the server"; one GET', async () => {
    ctx.emu.addFault({ kind: 'gzip-bomb', route: 'listClusters' });
    const run = await runCli(['clusters'], emulatorEnv(ctx.emu));
    assert.equal(run.code, 8, explain(run));
    assert.match(run.stderr, /far larger than any MRS or IAM answer.*CLIENT\.BODY_TOO_LARGE/);
    assert.doesNotMatch(run.stderr, /Could not reach the server/);
    assert.equal(route(ctx.emu, 'listClusters').count, 1);
  });
});
