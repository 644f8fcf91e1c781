import assert from 'node:assert/strict';
import { CancelledAfterSendError, isOutcomeUnknown } from '../../../../src/core/api/errors';
import { CancelledError } from '../../../../src/core/errors';
import { CLUSTER_ID, PROJECT_ID, aResizeRequestDto, anIamTokenResponseDto } from '../../../support/builders';
import { fixtureText } from '../../../fixtures/examples';
import { AKSK, PASSWORD, TOKEN, clusterPath, harness, issueIamTokens } from '../../../support/unit/harness';

const PUT = clusterPath(CLUSTER_ID);
const body = aResizeRequestDto();
const accepted = { status: 200, body: { result: 'succeeded' } };
const unknown = (e: unknown): boolean => isOutcomeUnknown(e);

describe('resize PUT is sent at most once', () => {
  for (const status of [500, 502, 503, 504]) {
    it(`answers ${status} from the gateway (no MRS code) with outcome unknown, without resending`, async () => {
      const h = harness();
      const gateway = { error_code: 'APIGW.0201', error_msg: 'Backend unavailable', request_id: 'r' };
      h.server.on('PUT', PUT, { status, body: gateway }, accepted);
      await assert.rejects(
        h.client.resize(CLUSTER_ID, body),
        (e: Error & { kind?: string; status?: number; code?: string }) => {
          assert.ok(unknown(e));
          assert.equal(e.status, status);
          assert.equal(e.code, 'APIGW.0201');
          assert.match(e.message, /may have been applied/);
          return true;
        },
      );
      assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
      assert.deepEqual(h.sleeper.delays, []);
    });
  }

  for (const [status, code] of [
    [500, 'MRS.300'],
    [500, '12000004'],
    [503, '12000014'],
  ] as const) {
    it(`passes ${status} with the MRS code ${code} on as MRS's own answer (not outcome unknown), without resending`, async () => {
      const h = harness();
      h.server.on('PUT', PUT, { status, body: { error_code: code, error_msg: 'MRS internal error' } }, accepted);
      await assert.rejects(h.client.resize(CLUSTER_ID, body), (e: Error & { status?: number; code?: string }) => {
        assert.equal(unknown(e), false);
        assert.deepEqual([e.status, e.code], [status, code]);
        assert.equal((e as { serverMessage?: string }).serverMessage, 'MRS internal error');
        return true;
      });
      assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
      assert.deepEqual(h.sleeper.delays, []);
    });
  }

  it('an IAM-shaped 500 ({"error":{"code":500}}) is no MRS answer: outcome unknown', async () => {
    const h = harness();
    h.server.on('PUT', PUT, { status: 500, body: { error: { code: 500, message: 'oops', title: 'Error' } } });
    await assert.rejects(h.client.resize(CLUSTER_ID, body), unknown);
  });

  it('a 200 whose result is an error code of 表9 is MRS saying it failed: its code and message, not outcome unknown', async () => {
    const h = harness();
    h.server.on(
      'PUT',
      PUT,
      { status: 200, body: { result: '12000014' }, headers: { 'X-Request-Id': 'req-9' } },
      { status: 200, body: { result: 'MRS.300', error_msg: 'MRS internal error' } },
    );
    await assert.rejects(h.client.resize(CLUSTER_ID, body), (e: Error & Record<string, unknown>) => {
      assert.equal(unknown(e), false);
      assert.deepEqual([e.status, e.code, e.requestId, e.serverMessage], [200, '12000014', 'req-9', undefined]);
      return true;
    });
    await assert.rejects(h.client.resize(CLUSTER_ID, body), (e: Error & Record<string, unknown>) => {
      assert.deepEqual([unknown(e), e.code, e.serverMessage], [false, 'MRS.300', 'MRS internal error']);
      return true;
    });
    assert.equal(h.server.requestsTo('PUT', PUT).length, 2);
  });

  it('answers a connection reset with outcome unknown, without resending', async () => {
    const h = harness();
    h.server.on('PUT', PUT, { networkError: 'ECONNRESET' }, accepted);
    await assert.rejects(h.client.resize(CLUSTER_ID, body), unknown);
    assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
  });

  it('answers a timeout with outcome unknown, without resending', async () => {
    const h = harness(AKSK, { timeoutMs: 20 });
    h.server.on('PUT', PUT, { hang: true }, accepted);
    await assert.rejects(
      h.client.resize(CLUSTER_ID, body),
      (e: Error) => unknown(e) && /timed out after 20 ms/.test(e.message),
    );
    assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
  });

  it('answers a 429 as rateLimited without waiting or resending', async () => {
    const h = harness();
    h.server.on('PUT', PUT, { status: 429, headers: { 'Retry-After': '1' } }, accepted);
    await assert.rejects(h.client.resize(CLUSTER_ID, body), { kind: 'rateLimited' });
    assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
  });

  it('reports a refused connection as a network error (the request never left)', async () => {
    const h = harness();
    h.server.on('PUT', PUT, { networkError: 'ECONNREFUSED' });
    await assert.rejects(h.client.resize(CLUSTER_ID, body), { kind: 'network' });
    assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
  });

  it('passes a refusal with its code: 12000018 is a conflict', async () => {
    const h = harness();
    h.server.on('PUT', PUT, { status: 400, body: { error_code: '12000018', error_msg: 'scaling in progress' } });
    await assert.rejects(h.client.resize(CLUSTER_ID, body), { kind: 'conflict', code: '12000018', status: 400 });
  });

  it('treats an unreadable 200 or a result it cannot read as outcome unknown; "failed" as MRS saying so', async () => {
    const h = harness();
    h.server.on(
      'PUT',
      PUT,
      { status: 200, body: '<html>proxy</html>' },
      { status: 200, body: { result: 'pending' } },
      { status: 200, body: { result: 'failed' } },
    );
    await assert.rejects(
      h.client.resize(CLUSTER_ID, body),
      (e: Error & { bodySnippet?: string }) => unknown(e) && e.bodySnippet === '<html>proxy</html>',
    );
    await assert.rejects(h.client.resize(CLUSTER_ID, body), (e: Error) => unknown(e) && /"pending"/.test(e.message));
    await assert.rejects(h.client.resize(CLUSTER_ID, body), (e: Error) => !unknown(e) && /"failed"/.test(e.message));
    assert.equal(h.server.requestsTo('PUT', PUT).length, 3);
  });

  it('accepts every spelling of success the v2 docs use, and an order id for a yearly/monthly expand', async () => {
    const h = harness();
    const EXPAND = `/v2/${PROJECT_ID}/clusters/${CLUSTER_ID}/expand`;
    h.server.on(
      'POST',
      EXPAND,
      { status: 200, body: { result: 'success' } },
      { status: 200, body: { result: 'SUCCEEDED' } },
      { status: 200, body: { order_id: 'CS2412011234ABCDE' } },
    );
    const call = { kind: 'expand' as const, body: { node_group_name: 'node_group_1', count: 1 } };
    assert.equal((await h.client.send(CLUSTER_ID, call)).orderId, undefined);
    assert.equal((await h.client.send(CLUSTER_ID, call)).orderId, undefined);
    assert.equal((await h.client.send(CLUSTER_ID, call)).orderId, 'CS2412011234ABCDE');
    assert.equal(h.server.requestsTo('POST', EXPAND).length, 3);
  });

  it('refreshes the IAM token once after a 401 and sends the same bytes once more', async () => {
    const h = harness(PASSWORD);
    issueIamTokens(h, 'token-1', 'token-2');
    h.server.on(
      'PUT',
      PUT,
      { status: 401, body: { error_code: 'APIG.0307', error_msg: 'The token must be updated.' } },
      accepted,
    );
    await h.client.resize(CLUSTER_ID, body);
    const puts = h.server.requestsTo('PUT', PUT);
    assert.deepEqual(
      puts.map((r) => r.headers['X-Auth-Token']),
      ['token-1', 'token-2'],
    );
    assert.deepEqual(puts[0].body, puts[1].body);
    assert.equal(h.server.requestsTo('POST', '/v3/auth/tokens').length, 2);
  });

  it('renews a token that is close to expiry before the PUT, so the PUT goes once with a fresh one', async () => {
    const h = harness(PASSWORD);
    const inMinutes = (m: number) => new Date(h.clock.nowMs + m * 60_000).toISOString();
    h.server.on(
      'POST',
      '/v3/auth/tokens',
      { status: 201, headers: { 'X-Subject-Token': 'old' }, body: anIamTokenResponseDto(inMinutes(4)) },
      { status: 201, headers: { 'X-Subject-Token': 'fresh' }, body: anIamTokenResponseDto(inMinutes(24 * 60)) },
    );
    h.server.on('GET', clusterPath(CLUSTER_ID), { status: 200, body: fixtureText('cluster-details.response.json') });
    h.server.on('PUT', PUT, accepted);
    await h.client.getCluster(CLUSTER_ID);
    await h.client.resize(CLUSTER_ID, body);
    const puts = h.server.requestsTo('PUT', PUT);
    assert.deepEqual(
      puts.map((r) => r.headers['X-Auth-Token']),
      ['fresh'],
    );
  });

  it('gives up after the one repeat when the fresh token is refused too', async () => {
    const h = harness(PASSWORD);
    issueIamTokens(h, 'tok');
    h.server.on('PUT', PUT, {
      status: 401,
      body: { error_code: 'APIG.0307', error_msg: 'The token must be updated.' },
    });
    await assert.rejects(h.client.resize(CLUSTER_ID, body), { kind: 'unauthorized', code: 'APIG.0307' });
    assert.equal(h.server.requestsTo('PUT', PUT).length, 2);
  });

  for (const credential of [AKSK, TOKEN]) {
    it(`does not resend after a 401 with ${credential.kind} credentials (nothing to refresh)`, async () => {
      const h = harness(credential);
      h.server.on(
        'PUT',
        PUT,
        { status: 401, body: { error_code: 'APIGW.0301', error_msg: 'verify aksk signature fail' } },
        accepted,
      );
      await assert.rejects(h.client.resize(CLUSTER_ID, body), { kind: 'unauthorized' });
      assert.equal(h.server.requestsTo('PUT', PUT).length, 1);
    });
  }

  it('cancelled before sending: CancelledError and nothing sent', async () => {
    const h = harness();
    h.server.on('PUT', PUT, accepted);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      h.client.resize(CLUSTER_ID, body, { signal: controller.signal }),
      (e: unknown) => e instanceof CancelledError && !isOutcomeUnknown(e),
    );
    assert.equal(h.server.requests.length, 0);
  });

  it('cancelled while the PUT is on the wire: CancelledAfterSendError (outcome unknown)', async () => {
    const h = harness();
    h.server.on('PUT', PUT, { hang: true });
    const controller = new AbortController();
    const pending = h.client.resize(CLUSTER_ID, body, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, (e: unknown) => e instanceof CancelledAfterSendError && isOutcomeUnknown(e));
    assert.equal(h.server.requests.length, 1);
  });
});
