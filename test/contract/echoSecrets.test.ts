// A hostile server in front of the emulator echoes every secret of each request back in every form:
// base64 and base64url (the whole Authorization header, and wrapped at 76 columns), upper- and
// lower-case hex, percent-encoding (reserved bytes or every byte, either case), form encoding, and
// split across lines; in the request id, in error messages and in the stage of a resize. No form of
// the AK, the SK, the security token or a signature may reach the CLI's stdout or stderr (with
// --verbose: the request log), nor a file of the journal.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fixtureText } from '../fixtures/examples';
import { secretFormsIn } from '../support/secretForms';
import { emulatorEnv, explain, runCli, useTempDir, writeRequestFile, type CliRun } from './cliSupport';
import { idOf, sent, useEmulator, WRONG_SK, refuseNextResizeForQuota } from './support';

const SECURITY_TOKEN = 'SECURITYTOKEN-abcdefghijklmnopqrstuvwxyz-0123456789';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
const everyByte = (s: string): string => Array.from(Buffer.from(s, 'utf8'), (b) => `%${b.toString(16)}`).join('');
const wrap = (s: string): string => (s.match(/.{1,76}/g) ?? []).join('\r\n');
const halves = (s: string, br: string): string => `${s.slice(0, 11)}${br}${s.slice(11)}`;

/** Every form of these secrets that fits in a header (no line breaks). */
function headerForms(secrets: readonly string[]): string[] {
  const joined = secrets.join(' ');
  return [
    b64(`Authorization: ${joined}`),
    Buffer.from(`x${joined}`).toString('base64url'),
    ...secrets.flatMap((s) => [
      hex(s),
      hex(s).toUpperCase(),
      encodeURIComponent(s),
      encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
      everyByte(s),
      everyByte(s).toUpperCase(),
      new URLSearchParams({ echo: s }).toString(),
    ]),
  ];
}

/** Every form, line-broken ones included. */
function allForms(secrets: readonly string[]): string[] {
  return [
    ...headerForms(secrets),
    wrap(b64(`X-Echo: ${secrets.join(' ')}`)),
    ...secrets.flatMap((s) => [halves(s, '\n'), halves(s, '\r\n    '), s]),
  ];
}

/** The emulator behind a proxy that adds the echoes; it keeps every secret it saw. */
class EchoProxy {
  readonly seen = new Set<string>();
  readonly echoed: string[] = [];
  private server: http.Server | undefined;
  private count = 0;

  constructor(
    private readonly target: () => URL,
    /** The secret key the client signs with (it never travels: echoed to stand for the worst echo). */
    public sk: string,
  ) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private secretsOf(req: IncomingMessage): string[] {
    const authorization = String(req.headers.authorization ?? '');
    const token = req.headers['x-security-token'];
    const parts = [
      authorization,
      /Signature=([0-9a-f]+)/.exec(authorization)?.[1],
      /Access=([^,]+)/.exec(authorization)?.[1],
    ];
    const secrets = [...parts, typeof token === 'string' ? token : undefined, this.sk].filter(
      (s): s is string => s !== undefined && s !== '',
    );
    secrets.forEach((s) => this.seen.add(s));
    return secrets;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    });
    const secrets = this.secretsOf(req);
    const upstream = await forward(this.target(), req, body);
    const headerSafe = headerForms(secrets);
    const requestId = headerSafe[this.count++ % headerSafe.length];
    const echo = allForms(secrets).join(' | ');
    this.echoed.push(echo, requestId);
    res.writeHead(upstream.status, {
      'Content-Type': upstream.contentType,
      'X-Request-Id': requestId,
    });
    res.end(withEcho(upstream, echo));
  }
}

interface Upstream {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** The same request to the emulator, Host header and signature untouched. */
function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const out = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        let text = '';
        answer.setEncoding('utf8').on('data', (d: string) => (text += d));
        answer.on('end', () =>
          resolve({ status: answer.statusCode ?? 0, contentType: String(answer.headers['content-type']), text }),
        );
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

/** The echo in an error's message, and in the stage of a cluster that is resizing. */
function withEcho(upstream: Upstream, echo: string): string {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(upstream.text) as Record<string, unknown>;
  } catch {
    return upstream.text;
  }
  if (typeof json.error_msg === 'string') {
    json.error_msg = `${json.error_msg} echo: ${echo}`;
  }
  const cluster = json.cluster as Record<string, unknown> | undefined;
  if (cluster && typeof cluster.stageDesc === 'string') {
    cluster.stageDesc = `${cluster.stageDesc} ${echo}`;
  }
  return JSON.stringify(json);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [fs.readFileSync(full, 'utf8')];
  });
}

describe('contract: a server that echoes secrets in every encoding', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();

  it('gets no form of the AK, SK, security token or a signature onto stdout, stderr or the journal', async () => {
    const emu = ctx.emu;
    const proxy = new EchoProxy(() => new URL(emu.url), emu.credentials.sk);
    const url = await proxy.start();
    try {
      const env = emulatorEnv(emu, {
        HUAWEICLOUD_SDK_MRS_ENDPOINT: url,
        HUAWEICLOUD_SDK_IAM_ENDPOINT: url,
        HUAWEICLOUD_SDK_ECS_ENDPOINT: url,
        HUAWEICLOUD_SDK_EVS_ENDPOINT: url,
        HUAWEICLOUD_SDK_VPC_ENDPOINT: url,
        HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN,
      });
      const id = idOf(emu, 'adhoc-queries');
      const file = writeRequestFile(tmp.dir, 'out.json', id, fixtureText('resize.scale-out-core.request.json'));
      const journal = path.join(tmp.dir, 'journal');
      const apply = ['apply', file, '--verbose', '--journal', journal, '--interval', '0.2'];
      const runs: CliRun[] = [];
      runs.push(await runCli(['clusters', '--verbose'], env));
      runs.push(await runCli(apply, env));
      assert.equal(runs[1].code, 0, explain(runs[1]));
      // MRS refuses what the pre-flight could not foresee (the quota taken by someone else after its read).
      refuseNextResizeForQuota(emu);
      runs.push(await runCli([...apply, '--json'], env));
      assert.equal(runs[2].code, 3, explain(runs[2]));
      proxy.sk = WRONG_SK;
      runs.push(await runCli(['plan', file, '--verbose'], { ...env, HUAWEICLOUD_SDK_SK: WRONG_SK }));
      assert.equal(sent(emu, 'resize'), 2);

      const secrets = [...proxy.seen];
      const echoed = proxy.echoed.join('\n');
      for (const secret of [emu.credentials.ak, emu.credentials.sk, WRONG_SK, SECURITY_TOKEN]) {
        assert.ok(secrets.includes(secret), `${secret.slice(0, 4)}… travelled`);
        assert.ok(secretFormsIn(echoed, secret).length >= 5, 'the server really echoed it in many forms');
      }
      const printed = runs.map((r) => `${r.stdout}\n${r.stderr}`).join('\n');
      assert.match(printed, /request id \*\*\*/, 'the request ids were echoes, and came out scrubbed');
      const stored = filesUnder(journal).join('\n');
      assert.match(stored, /"requestId": ?"\*\*\*/, 'the journal kept a scrubbed request id');
      for (const secret of secrets) {
        assert.deepEqual(secretFormsIn(printed, secret), [], `${secret.slice(0, 6)}… printed`);
        assert.deepEqual(secretFormsIn(stored, secret), [], `${secret.slice(0, 6)}… in the journal`);
      }
    } finally {
      await proxy.close();
    }
  });
});
