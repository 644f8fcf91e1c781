import assert from 'node:assert/strict';
import { raceAbort } from '../../../../src/core/api/abort';
import { realSleep } from '../../../../src/core/api/http';
import { CancelledError } from '../../../../src/core/errors';
import { CLUSTER_ID, aClusterDto } from '../../../support/builders';
import { AKSK, CLUSTERS_PATH, clusterPath, harness } from '../../../support/unit/harness';

const isCancel = (e: unknown): boolean => e instanceof CancelledError;

describe('cancellation and timeouts of reads', () => {
  it('does not send anything when the signal is already aborted', async () => {
    const h = harness();
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(h.client.getCluster(CLUSTER_ID, { signal: controller.signal }), isCancel);
    assert.equal(h.server.requests.length, 0);
  });

  it('cancels a request in flight with CancelledError and does not retry it', async () => {
    const h = harness();
    h.server.on('GET', CLUSTERS_PATH, { hang: true });
    const controller = new AbortController();
    const pending = h.client.listClustersPage({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, isCancel);
    assert.equal(h.server.requests.length, 1);
  });

  it('times out each try and reports kind timeout without retrying', async () => {
    const h = harness(AKSK, { timeoutMs: 15 });
    h.server.on('GET', clusterPath(CLUSTER_ID), { hang: true }, { status: 200, body: { cluster: aClusterDto() } });
    await assert.rejects(h.client.getCluster(CLUSTER_ID), { name: 'MrsApiError', kind: 'timeout' });
    assert.equal(h.server.requests.length, 1);
    assert.deepEqual(h.sleeper.delays, [], 'no wait for a retry');
  });

  it('lets a call override the timeout', async () => {
    const h = harness(AKSK, { timeoutMs: 60_000 });
    h.server.on('GET', clusterPath(CLUSTER_ID), { hang: true });
    await assert.rejects(h.client.getCluster(CLUSTER_ID, { timeoutMs: 10 }), /timed out after 10 ms/);
  });

  it('cancels the wait between retries', async () => {
    const h = harness(AKSK, { sleep: realSleep, retry: { baseDelayMs: 10_000 } });
    h.server.on('GET', CLUSTERS_PATH, { status: 503 });
    const controller = new AbortController();
    const pending = h.client.listClustersPage({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, isCancel);
    assert.equal(h.server.requests.length, 1);
  });

  it('raceAbort leaves the shared promise running for others', async () => {
    let resolve: (v: string) => void = () => undefined;
    const shared = new Promise<string>((r) => (resolve = r));
    const controller = new AbortController();
    const first = raceAbort(shared, controller.signal);
    controller.abort();
    await assert.rejects(first, isCancel);
    resolve('done');
    assert.equal(await raceAbort(shared, new AbortController().signal), 'done');
  });
});
