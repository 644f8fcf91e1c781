// The default fetch (cross-fetch → node-fetch) over real loopback HTTP: what it puts on the wire must
// be what was signed (Host, headers, exact body bytes); abort and timeout must work; no redirects.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMrsClient } from '../../../../src/core/api/createMrsClient';
import type { MrsClient } from '../../../../src/core/api/MrsClient';
import { signRequest } from '../../../../src/core/auth/signer';
import { CLUSTER_ID, PROJECT_ID, aClusterDto, aResizeRequestDto } from '../../../support/builders';
import { AKSK } from '../../../support/unit/harness';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

type Handler = (seen: Seen, res: ServerResponse) => void;

function start(handler: Handler): Promise<{ server: Server; base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(s);
      handler(s, res);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }),
    ),
  );
}

/** Verifies the SDK-HMAC-SHA256 signature the way a gateway does: from the headers it names. */
function verify(s: Seen): boolean {
  const auth = String(s.headers.authorization);
  const names = /SignedHeaders=([^,]+)/.exec(auth)?.[1].split(';') ?? [];
  const headers = Object.fromEntries(names.map((n) => [n, String(s.headers[n])]));
  const expected = signRequest(
    { method: s.method, url: `http://${String(s.headers.host)}${s.url}`, headers, body: s.body },
    AKSK,
    { signedHeaders: names },
  );
  return expected.authorization === auth;
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': 'rid-1' });
  res.end(JSON.stringify(body));
};

/** A client with the default fetch, AK/SK and a known project, talking to the loopback server. */
const clientOf = (base: string, timeoutMs?: number): MrsClient =>
  createMrsClient({ region: 'cn-north-4', projectId: PROJECT_ID, credential: AKSK, mrsEndpoint: base, timeoutMs });

describe('default fetch over loopback HTTP', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('sends signed GET and PUT requests that verify on the server, body bytes included', async () => {
    const started = await start((s, res) =>
      json(res, 200, s.method === 'PUT' ? { result: 'succeeded' } : { cluster: aClusterDto() }),
    );
    server = started.server;
    const client = clientOf(started.base);
    assert.equal((await client.getCluster(CLUSTER_ID)).id, CLUSTER_ID);
    const body = aResizeRequestDto({ node_group: '核心 group', instances: '2' });
    assert.equal((await client.resize(CLUSTER_ID, body)).requestId, 'rid-1');
    const [get, put] = started.seen;
    assert.ok(verify(get), 'GET signature');
    assert.ok(verify(put), 'PUT signature');
    assert.equal(put.body.toString('utf8'), JSON.stringify(body));
    assert.equal(put.headers['content-length'], String(Buffer.byteLength(JSON.stringify(body))));
    assert.equal(put.headers['content-type'], 'application/json;charset=UTF-8');
    assert.equal(get.headers['content-length'], undefined);
  });

  it('does not follow redirects', async () => {
    const started = await start((s, res) => {
      res.writeHead(307, { Location: `${s.url}?again=1` });
      res.end();
    });
    server = started.server;
    const client = clientOf(started.base);
    await assert.rejects(client.resize(CLUSTER_ID, aResizeRequestDto()), { kind: 'invalidResponse', status: 307 });
    assert.equal(started.seen.length, 1);
  });

  it('times out a silent server and reports outcome unknown for the PUT', async () => {
    const started = await start(() => undefined);
    server = started.server;
    const client = clientOf(started.base, 50);
    await assert.rejects(client.getCluster(CLUSTER_ID), { kind: 'timeout' });
    await assert.rejects(client.resize(CLUSTER_ID, aResizeRequestDto()), { kind: 'outcomeUnknown' });
    server.closeAllConnections();
  });
});
