// The /__emulator/* control endpoints change what the emulator answers, so a web page in the
// developer's browser must not reach them: a cross-origin form or text/plain POST needs no CORS
// preflight, and a DNS-rebinding page reaches 127.0.0.1 under its own host name. Only a JSON
// content type (on anything but GET) and a loopback Host are accepted.
import assert from 'node:assert/strict';
import http from 'node:http';
import { startEmulator, type Emulator } from '../../../emulator';

interface Raw {
  readonly status: number;
  readonly body: string;
}

/** node:http, so that the Host header is exactly the one given (fetch sets its own). */
function raw(emu: Emulator, method: string, path: string, headers: Record<string, string>, body = ''): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: emu.port, method, path, headers: { ...headers, 'Content-Length': body.length } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const FAULT = JSON.stringify({ kind: 'reset', route: 'resize', times: 'always' });

describe('emulator control endpoints: JSON content type and loopback Host only', () => {
  let emu: Emulator;
  let host: string;
  before(async () => {
    emu = await startEmulator({ quiet: true });
    host = `127.0.0.1:${emu.port}`;
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  it('a cross-origin text/plain POST (no preflight in a browser) is refused with 415 and adds no fault', async () => {
    const res = await raw(
      emu,
      'POST',
      '/__emulator/faults',
      { Host: host, Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      FAULT,
    );
    assert.equal(res.status, 415, res.body);
    assert.deepEqual(emu.listFaults(), []);
  });

  it('a form POST and a POST without a content type are refused: no reset, no state change', async () => {
    emu.addFault({ kind: 'reset', route: 'resize' });
    const form = await raw(emu, 'POST', '/__emulator/reset', {
      Host: host,
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    const none = await raw(
      emu,
      'POST',
      '/__emulator/clusters/analytics-prod/state',
      { Host: host },
      '{"clusterState":"frozen"}',
    );
    assert.deepEqual([form.status, none.status], [415, 415]);
    assert.equal(emu.listFaults().length, 1, 'the reset did not run');
    const info = await raw(emu, 'GET', '/__emulator/requests', { Host: host });
    assert.equal(info.status, 200);
  });

  it('a page under another host name (DNS rebinding) is refused with 403, for reads too', async () => {
    const headers = { Host: `evil.example:${emu.port}`, 'Content-Type': 'application/json' };
    const post = await raw(emu, 'POST', '/__emulator/faults', headers, FAULT);
    const get = await raw(emu, 'GET', '/__emulator/info', { Host: `evil.example:${emu.port}` });
    assert.deepEqual([post.status, get.status], [403, 403]);
    assert.deepEqual(emu.listFaults(), []);
    assert.doesNotMatch(get.body, new RegExp(emu.credentials.sk));
  });

  it('JSON from a loopback Host is accepted: 127.0.0.1, localhost, [::1], with parameters in the type', async () => {
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
      const res = await raw(
        emu,
        'POST',
        '/__emulator/faults',
        { Host: `${name}:${emu.port}`, 'Content-Type': 'application/json; charset=utf-8' },
        FAULT,
      );
      assert.equal(res.status, 201, `${name}: ${res.body}`);
    }
    assert.equal(emu.listFaults().length, 3);
    const del = await raw(emu, 'DELETE', '/__emulator/faults', { Host: host, 'Content-Type': 'application/json' });
    assert.equal(del.status, 200);
    assert.deepEqual(emu.listFaults(), []);
  });

  it('the MRS routes themselves are not affected by the guard', async () => {
    const res = await raw(emu, 'GET', `/v1.1/${emu.credentials.projectId}/cluster_infos`, {
      Host: `evil.example:${emu.port}`,
    });
    assert.equal(res.status, 401, 'the gateway asks for credentials as before');
  });
});
