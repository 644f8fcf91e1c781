// No secret in the log: one recording logger over a whole run — three credential kinds, wrong
// credentials, a token refresh, retries, every fault, resize refusals — then no AK, SK, password,
// token or signature may appear in any log line or in any error the client threw.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import { defaultFetch, type FetchLike } from '../../src/core/api/http';
import { aResize, aScaleIn } from './builders';
import {
  akskOf,
  connect,
  idOf,
  issueToken,
  passwordOf,
  RecordingLogger,
  useEmulator,
  WRONG_SK,
  type TestConnection,
} from './support';

const WRONG_PASSWORD = 'not-the-emulator-password';

/** Real HTTP through the client's own fetch, noting every secret that crossed the wire. */
class SecretSpy {
  readonly seen = new Set<string>();
  readonly fetch: FetchLike = async (url, init) => {
    for (const [name, value] of Object.entries(init.headers)) {
      if (name.toLowerCase() === 'x-auth-token') {
        this.seen.add(value);
      }
      if (name.toLowerCase() === 'authorization') {
        this.seen.add(/Signature=([0-9a-f]+)/.exec(value)?.[1] ?? value);
      }
    }
    const res = await defaultFetch(url, init);
    const subject = res.headers.get('x-subject-token');
    if (subject) {
      this.seen.add(subject);
    }
    return res;
  };
}

interface Run {
  readonly emu: Emulator;
  readonly logger: RecordingLogger;
  readonly spy: SecretSpy;
  readonly errors: unknown[];
  /** The emulator's request log of each session (it records no header and no body). */
  readonly emulatorLogs: string[];
}

function connection(run: Run, kind: 'aksk' | 'password' | 'wrongSk' | 'wrongPassword'): TestConnection {
  const { emu } = run;
  const credential = {
    aksk: akskOf(emu),
    password: passwordOf(emu),
    wrongSk: akskOf(emu, { secretKey: WRONG_SK }),
    wrongPassword: passwordOf(emu, { password: WRONG_PASSWORD }),
  }[kind];
  return connect(emu, credential, { fetch: run.spy.fetch, timeoutMs: 150 }, run.logger);
}

/** Everything a session does, the failures included; errors are kept for inspection. */
async function exercise(run: Run, conn: TestConnection): Promise<void> {
  const { emu } = run;
  const attempt = (call: Promise<unknown>): Promise<void> =>
    call.then(
      () => undefined,
      (e: unknown) => void run.errors.push(e),
    );
  const id = idOf(emu, 'etl-nightly');
  await attempt(conn.client.listClusters({ pageSize: 5 }));
  emu.addFault({ kind: 'status', status: 503, route: 'getCluster', times: 3 });
  await attempt(conn.client.getCluster(id));
  emu.addFault({ kind: 'html', route: 'listHosts', times: 3 });
  await attempt(conn.client.listHosts(id));
  emu.addFault({ kind: 'truncated-json', route: 'listClusters' });
  await attempt(conn.client.listClustersPage());
  emu.addFault({ kind: 'latency', ms: 300, route: 'getCluster' });
  await attempt(conn.client.getCluster(id));
  emu.addFault({ kind: 'reset', route: 'resize', phase: 'after' });
  await attempt(conn.client.resize(id, aResize()));
  await attempt(conn.client.resize(idOf(emu, 'billing-yearly'), aScaleIn()));
  emu.expireTokens();
  await attempt(conn.client.getCluster(idOf(emu, 'analytics-prod')));
  run.emulatorLogs.push(JSON.stringify(emu.requests()));
  emu.reset();
}

function secretsOf(run: Run, pasted: string): string[] {
  const c = run.emu.credentials;
  const fixed = [c.ak, c.sk, c.password, WRONG_SK, WRONG_PASSWORD, pasted];
  return [...fixed, ...run.spy.seen].filter((s) => s.length >= 8);
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const extra = error as { bodySnippet?: string; requestId?: string };
  return [error.message, error.stack ?? '', extra.bodySnippet ?? '', extra.requestId ?? ''].join('\n');
}

describe('contract: no secrets in the log', () => {
  const ctx = useEmulator();

  it('a whole run with every credential kind and every fault logs no AK, SK, password, token or signature', async () => {
    const run: Run = {
      emu: ctx.emu,
      logger: new RecordingLogger(),
      spy: new SecretSpy(),
      errors: [],
      emulatorLogs: [],
    };
    const pasted = await issueToken(ctx.emu);
    // The pasted token goes first: the runs after it expire every token.
    await exercise(run, connect(ctx.emu, pasted, { fetch: run.spy.fetch, timeoutMs: 150 }, run.logger));
    for (const kind of ['aksk', 'password', 'wrongSk', 'wrongPassword'] as const) {
      await exercise(run, connection(run, kind));
    }
    const secrets = secretsOf(run, pasted.token);
    assert.ok(run.spy.seen.size >= 10, `tokens and signatures were sent (${run.spy.seen.size})`);
    assert.ok(run.logger.lines.length >= 50, `the run was logged (${run.logger.lines.length} lines)`);
    assert.ok(run.errors.length >= 25, `the run failed in many ways (${run.errors.length} errors)`);
    for (const secret of secrets) {
      const line = run.logger.lines.find((l) => l.includes(secret));
      assert.equal(line, undefined, `a log line holds a secret: ${line ?? ''}`);
      const error = run.errors.map(errorText).find((t) => t.includes(secret));
      assert.equal(error, undefined, `an error holds a secret: ${error ?? ''}`);
      assert.ok(!run.emulatorLogs.some((log) => log.includes(secret)), "nor does the emulator's request log");
    }
  });
});
