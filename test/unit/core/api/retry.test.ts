import assert from 'node:assert/strict';
import { DEFAULT_RETRY_POLICY, backoffDelay, parseRetryAfter } from '../../../../src/core/api/retry';
import { CLUSTER_ID, aClusterDto, aClusterListDto } from '../../../support/builders';
import { CLUSTERS_PATH, clusterPath, harness } from '../../../support/unit/harness';

const ok = { status: 200, body: aClusterListDto([aClusterDto()]) };
const details = { status: 200, body: { cluster: aClusterDto() } };

describe('retries of GET requests', () => {
  for (const status of [500, 502, 503, 504]) {
    it(`retries ${status} and succeeds on the next try`, async () => {
      const h = harness();
      h.server.on('GET', CLUSTERS_PATH, { status, body: '<html>oops</html>' }, ok);
      assert.equal((await h.client.listClustersPage()).clusters.length, 1);
      assert.equal(h.server.requests.length, 2);
    });
  }

  it('gives up after 3 tries with the last error, backing off exponentially with jitter', async () => {
    const h = harness();
    h.server.on('GET', CLUSTERS_PATH, { status: 503, body: { error_code: 'APIGW.0201', error_msg: 'busy' } });
    await assert.rejects(h.client.listClustersPage(), { kind: 'unavailable', status: 503, code: 'APIGW.0201' });
    assert.equal(h.server.requests.length, 3);
    // random() = 0.5 → 3/4 of base·2^(n−1)
    assert.deepEqual(h.sleeper.delays, [375, 750]);
  });

  it('retries network errors', async () => {
    const h = harness();
    h.server.on('GET', clusterPath(CLUSTER_ID), { networkError: 'ECONNRESET' }, { networkError: 'ETIMEDOUT' }, details);
    assert.equal((await h.client.getCluster(CLUSTER_ID)).id, CLUSTER_ID);
    assert.equal(h.server.requests.length, 3);
  });

  it('reports a network error after 3 tries without its raw message', async () => {
    const h = harness();
    h.server.on('GET', clusterPath(CLUSTER_ID), { networkError: 'ECONNREFUSED' });
    await assert.rejects(h.client.getCluster(CLUSTER_ID), (e: Error & { kind?: string }) => {
      assert.equal(e.kind, 'network');
      assert.match(e.message, /network error \(ECONNREFUSED\)/);
      assert.doesNotMatch(e.message, /request to https/);
      return true;
    });
    assert.equal(h.server.requests.length, 3);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const h = harness();
    h.server.on(
      'GET',
      CLUSTERS_PATH,
      { status: 429, headers: { 'Retry-After': '7' }, body: { error_code: 'APIGW.0308', error_msg: 'throttled' } },
      ok,
    );
    await h.client.listClustersPage();
    assert.deepEqual(h.sleeper.delays, [7000]);
    assert.equal(h.server.requests.length, 2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const h = harness();
    const at = new Date(h.clock.nowMs + 12_000).toUTCString();
    h.server.on('GET', CLUSTERS_PATH, { status: 503, headers: { 'retry-after': at } }, ok);
    await h.client.listClustersPage();
    assert.deepEqual(h.sleeper.delays, [12_000]);
  });

  it('does not wait for a Retry-After longer than a minute: rateLimited with the delay', async () => {
    const h = harness();
    h.server.on('GET', CLUSTERS_PATH, { status: 429, headers: { 'Retry-After': '3600' } });
    await assert.rejects(h.client.listClustersPage(), { kind: 'rateLimited', retryAfterMs: 3_600_000 });
    assert.equal(h.server.requests.length, 1);
    assert.deepEqual(h.sleeper.delays, []);
  });

  for (const status of [400, 403, 404, 409]) {
    it(`does not retry ${status}`, async () => {
      const h = harness();
      h.server.on('GET', CLUSTERS_PATH, { status, body: { error_code: '12000002', error_msg: 'bad' } }, ok);
      await assert.rejects(h.client.listClustersPage(), { name: 'MrsApiError', status });
      assert.equal(h.server.requests.length, 1);
    });
  }

  it('does not retry an invalid 200 answer', async () => {
    const h = harness();
    h.server.on('GET', CLUSTERS_PATH, { status: 200, body: '<html>captive portal</html>' }, ok);
    await assert.rejects(h.client.listClustersPage(), {
      kind: 'invalidResponse',
      status: 200,
      bodySnippet: '<html>captive portal</html>',
    });
    assert.equal(h.server.requests.length, 1);
    assert.match(h.logger.text(), /body starts: <html>captive portal<\/html>/);
  });

  it('re-signs every try with a fresh X-Sdk-Date', async () => {
    const h = harness();
    h.server.on('GET', CLUSTERS_PATH, { status: 503, headers: { 'Retry-After': '2' } }, ok);
    await h.client.listClustersPage();
    assert.deepEqual(
      h.server.requests.map((r) => r.headers['X-Sdk-Date']),
      ['20240101T000000Z', '20240101T000002Z'],
    );
    assert.notEqual(h.server.requests[0].headers.Authorization, h.server.requests[1].headers.Authorization);
  });
});

describe('retry helpers', () => {
  it('parses Retry-After seconds, dates, and ignores junk', () => {
    assert.equal(parseRetryAfter('120', 0), 120_000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000), 6000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:00:01 GMT', 4000), 0);
    assert.equal(parseRetryAfter('soon', 0), undefined);
    assert.equal(parseRetryAfter(null, 0), undefined);
  });

  it('backs off between half and all of base·2^(n−1)', () => {
    assert.deepEqual(
      [1, 2, 3].map((n) => backoffDelay(n, 500, 0)),
      [250, 500, 1000],
    );
    assert.deepEqual(
      [1, 2, 3].map((n) => backoffDelay(n, 500, 0.999999)),
      [500, 1000, 2000],
    );
    assert.equal(DEFAULT_RETRY_POLICY.maxAttempts, 3);
  });
});
