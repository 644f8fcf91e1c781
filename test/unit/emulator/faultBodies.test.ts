// The faults that shape a 200: a `result` that is an error code instead of "succeeded" (the doc's
// other answer of the resize), and the hostile bodies a size cap must refuse (a gzip bomb, an
// oversized body), read here with Node's own http so that nothing decodes more than asked.
import assert from 'node:assert/strict';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { FaultSpecError, startEmulator, type Emulator } from '../../../emulator';
import { call, clusterByName, getToken, resizeBody } from './helpers';

interface RawAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** The whole raw answer (bytes as sent: still compressed). */
function rawGet(url: string, token: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'X-Auth-Token': token } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('emulator faults of a 200: an error code as result, hostile bodies', () => {
  let emu: Emulator;
  let token: string;
  let prodId: string;
  before(async () => {
    emu = await startEmulator({ quiet: true, scaleSeconds: 3600 });
    token = await getToken(emu);
    prodId = emu.clusterIdByName('analytics-prod') ?? '';
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  const put = (): ReturnType<typeof call> =>
    call(
      emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${prodId}`,
      { token },
      resizeBody({ scale_type: 'scale_out', instances: 1 }),
    );

  it('result "12000014": a 200 {"result":"12000014"}, the handler not run, the cluster unchanged', async () => {
    emu.addFault({ kind: 'result', route: 'resize', result: '12000014' });
    const res = await put();
    assert.deepEqual([res.status, res.json], [200, { result: '12000014' }]);
    assert.equal((await clusterByName(emu, token, 'analytics-prod')).clusterState, 'running');
    assert.deepEqual(emu.requests().routes.resize.statuses, { 200: 1 });
    assert.equal(emu.requests().log.find((e) => e.route === 'resize')?.fault, 'result');
  });

  it('result with phase "after" and a message: the resize runs, the answer says it failed', async () => {
    emu.addFault({
      kind: 'result',
      route: 'resize',
      result: 'MRS.300',
      errorMsg: 'MRS internal error',
      phase: 'after',
    });
    const res = await put();
    assert.deepEqual(res.json, { result: 'MRS.300', error_msg: 'MRS internal error' });
    assert.equal((await clusterByName(emu, token, 'analytics-prod')).clusterState, 'scaling-out');
  });

  it('a gzip bomb: 200, gzip, no Content-Length, decoding to valid JSON of exactly the given size', async () => {
    emu.addFault({ kind: 'gzip-bomb', route: 'listClusters', bytes: 3 * 2 ** 20 });
    const res = await rawGet(`${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos`, token);
    assert.deepEqual(
      [res.status, res.headers['content-encoding'], res.headers['content-length']],
      [200, 'gzip', undefined],
    );
    assert.ok(res.body.length < 64 * 1024, `compressed to ${res.body.length} bytes`);
    const decoded = gunzipSync(res.body);
    assert.equal(decoded.length, 3 * 2 ** 20);
    assert.deepEqual(JSON.parse(decoded.toString('utf8')), {});
  });

  it('an oversized body: 200 with its Content-Length, plain, valid JSON of the given size', async () => {
    emu.addFault({ kind: 'oversized', route: 'getCluster', bytes: 2 ** 20 });
    const res = await rawGet(`${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos/${prodId}`, token);
    assert.deepEqual([res.status, res.headers['content-length'], res.body.length], [200, String(2 ** 20), 2 ** 20]);
    assert.deepEqual(JSON.parse(res.body.toString('utf8')), {});
  });

  it('defaults: a 1 GiB bomb, a 700 MiB body; a result fault needs its result; bytes must be positive', () => {
    assert.equal(emu.addFault({ kind: 'gzip-bomb' }).bytes, 2 ** 30);
    assert.equal(emu.addFault({ kind: 'oversized' }).bytes, 700 * 2 ** 20);
    assert.equal(emu.addFault({ kind: 'result', result: '12000014', status: 503 }).status, 200);
    assert.throws(() => emu.addFault({ kind: 'result' }), FaultSpecError);
    assert.throws(() => emu.addFault({ kind: 'oversized', bytes: 0 }), FaultSpecError);
  });
});
