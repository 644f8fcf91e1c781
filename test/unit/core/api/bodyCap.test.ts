// Every answer is read as a stream up to the cap of its call (bodyLimits.ts): a body past it is the
// error CLIENT.BODY_TOO_LARGE, reading stops there (bounded memory, whatever the server sends), the
// connection is dropped, and the request is not sent again. A declared Content-Length past the cap
// is refused before a byte is read. The resize PUT's answer past its cap is "outcome unknown".
import assert from 'node:assert/strict';
import { BODY_CAPS } from '../../../../src/core/api/bodyLimits';
import { explainError } from '../../../../src/core/api/catalog';
import { isMrsApiError, isOutcomeUnknown, NOT_MRS_CODES } from '../../../../src/core/api/errors';
import type { FetchLike, FetchResponseLike } from '../../../../src/core/api/http';
import { CLUSTER_ID, aClusterListDto, aResizeRequestDto } from '../../../support/builders';
import { harness } from '../../../support/unit/harness';

const CHUNK = 64 * 1024;

/** A server whose answer never ends: it counts the chunks the client pulled and whether it hung up. */
class EndlessServer {
  calls = 0;
  pulled = 0;
  aborted = 0;

  constructor(private readonly headers: Record<string, string> = { 'content-type': 'application/json' }) {}

  private async *endless(): AsyncGenerator<Uint8Array> {
    yield await Promise.resolve(Buffer.from('{"clusters":['));
    for (;;) {
      this.pulled += 1;
      yield Buffer.alloc(CHUNK, 0x20);
    }
  }

  readonly fetch: FetchLike = (_url, init) => {
    this.calls += 1;
    init.signal.addEventListener('abort', () => (this.aborted += 1), { once: true });
    const body = this.endless();
    const headers = this.headers;
    const res: FetchResponseLike & { body: AsyncIterable<Uint8Array> } = {
      status: 200,
      headers: { get: (name) => headers[name.toLowerCase()] ?? null },
      text: () => Promise.reject(new Error('the whole body must never be asked for')),
      body,
    };
    return Promise.resolve(res);
  };
}

function tooLargeCode(e: unknown): boolean {
  assert.ok(isMrsApiError(e), String(e));
  assert.equal(e.code, NOT_MRS_CODES.bodyTooLarge);
  return true;
}

function tooLarge(e: unknown): boolean {
  tooLargeCode(e);
  assert.equal(explainError(e, 'en').byCode, true);
  assert.match(explainError(e, 'zh-cn').explanation, /[\u4e00-\u9fff]/);
  return true;
}

describe('answer size caps', () => {
  it('stops reading an endless body at the cap of the call: the size error, one request, the connection dropped', async () => {
    const server = new EndlessServer();
    const h = harness(undefined, { fetch: server.fetch });
    await assert.rejects(
      h.client.getCluster(CLUSTER_ID),
      (e) => tooLarge(e) && (e as { kind: string }).kind === 'invalidResponse',
    );
    assert.equal(server.calls, 1, 'not retried');
    assert.ok(server.pulled <= BODY_CAPS.clusterDetails / CHUNK + 1, `read ${server.pulled} chunks`);
    assert.ok(server.pulled >= BODY_CAPS.clusterDetails / CHUNK - 1, 'read up to the cap');
    assert.equal(server.aborted, 1, 'the connection was dropped');
    assert.deepEqual(h.sleeper.delays, []);
    assert.match(h.logger.text(), /larger than/);
  });

  it('refuses a declared Content-Length past the cap before reading a byte', async () => {
    const server = new EndlessServer({ 'content-length': String(700 * 2 ** 20), 'content-type': 'application/json' });
    const h = harness(undefined, { fetch: server.fetch });
    await assert.rejects(h.client.getCluster(CLUSTER_ID), tooLarge);
    assert.deepEqual([server.calls, server.pulled], [1, 0]);
  });

  it('counts decoded bytes: a compressed body is held to the same cap (its Content-Length is the wire’s)', async () => {
    const server = new EndlessServer({ 'content-length': '1000', 'content-encoding': 'gzip' });
    const h = harness(undefined, { fetch: server.fetch });
    await assert.rejects(h.client.listClustersPage({ pageSize: 10 }), tooLarge);
    assert.ok(server.pulled <= BODY_CAPS.clusterListPage(10) / CHUNK + 1);
  });

  it('holds a body read as text (a fetch without a stream) to the cap too', async () => {
    const h = harness();
    h.server.on('GET', /cluster_infos$/, {
      status: 200,
      body: `${JSON.stringify(aClusterListDto([])).slice(0, -1)}${' '.repeat(BODY_CAPS.clusterListPage(1))}}`,
    });
    await assert.rejects(h.client.listClustersPage({ pageSize: 1 }), tooLarge);
    assert.equal(h.server.requests.length, 1);
  });

  it('an oversized answer to the resize PUT is "outcome unknown" (it may have been accepted), sent once', async () => {
    const server = new EndlessServer();
    const h = harness(undefined, { fetch: server.fetch });
    await assert.rejects(
      h.client.resize(CLUSTER_ID, aResizeRequestDto()),
      (e) => tooLargeCode(e) && isOutcomeUnknown(e),
    );
    assert.equal(server.calls, 1);
    assert.ok(server.pulled <= BODY_CAPS.resize / CHUNK + 1);
  });

  it('states a cap per call, each far above what MRS sends and far below a bomb', () => {
    const caps = [
      BODY_CAPS.clusterListPage(50),
      BODY_CAPS.clusterListPage(500),
      BODY_CAPS.clusterDetails,
      BODY_CAPS.hostListPage(100),
      BODY_CAPS.resize,
      BODY_CAPS.iamToken,
      BODY_CAPS.iamProjects,
      BODY_CAPS.default,
    ];
    for (const cap of caps) {
      assert.ok(cap >= 2 ** 20 && cap <= 64 * 2 ** 20, String(cap));
    }
  });
});
