// Contract-test support: one in-process emulator per suite (port 0, short resizes, always closed),
// real MrsClient connections to it over HTTP for AK/SK, IAM password and a pasted token, an instant
// sleep that records the waits, a recording logger, and the few assertions every suite repeats.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator, type EmulatorOptions, type RouteCounter, type RouteKey } from '../../emulator';
import { createConnection, type ConnectionParts, type MrsClientConfig } from '../../src/core/api/createMrsClient';
import { MrsApiError, type MrsErrorKind } from '../../src/core/api/errors';
import type { Sleep } from '../../src/core/api/http';
import type { AkSkCredential, Credential, PasswordCredential, TokenCredential } from '../../src/core/auth/credentials';
import { CancelledError } from '../../src/core/errors';
import type { Logger } from '../../src/core/log';
import type { Cluster } from '../../src/core/model/cluster';

/** A resize lasts this long in the emulator: quick, yet long enough to see `scaling-out`. */
export const SCALE_SECONDS = 0.25;

/** Clusters of the emulator's 'default' seed (emulator/README.md "Seeds"). */
export const SEEDED_CLUSTERS = 26;

export interface EmulatorHandle {
  readonly emu: Emulator;
}

/** Starts an emulator before the suite, restores its seed before each test, closes it after the suite. */
export function useEmulator(options: EmulatorOptions = {}): EmulatorHandle {
  let current: Emulator | undefined;
  before(async () => {
    current = await startEmulator({ quiet: true, scaleSeconds: SCALE_SECONDS, ...options });
  });
  beforeEach(() => current?.reset());
  after(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get emu(): Emulator {
      if (current === undefined) {
        throw new Error('The emulator runs only inside the suite');
      }
      return current;
    },
  };
}

/** Resolves at once (retries take no real time) and records every wait the client asked for. */
export class InstantSleep {
  readonly waits: number[] = [];
  readonly sleep: Sleep = (ms, signal) => {
    if (signal?.aborted) {
      return Promise.reject(new CancelledError());
    }
    this.waits.push(ms);
    return Promise.resolve();
  };
}

/** Keeps every log line with its arguments as text. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  trace = (message: string, ...args: unknown[]): void => this.add('trace', message, args);
  debug = (message: string, ...args: unknown[]): void => this.add('debug', message, args);
  info = (message: string, ...args: unknown[]): void => this.add('info', message, args);
  warn = (message: string, ...args: unknown[]): void => this.add('warn', message, args);
  error = (message: string | Error, ...args: unknown[]): void =>
    this.add('error', message instanceof Error ? `${message.message} ${message.stack ?? ''}` : message, args);

  private add(level: string, message: string, args: unknown[]): void {
    const rest = args.map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ''}` : JSON.stringify(a)));
    this.lines.push([level, message, ...rest].join(' '));
  }
}

export interface TestConnection extends ConnectionParts {
  /** Waits (ms) the client asked for: backoff and Retry-After. */
  readonly waits: number[];
  readonly logger: RecordingLogger;
}

/** A connection to the emulator: region from it, both endpoints at its URL, jitter fixed at ½. */
export function connect(
  emu: Emulator,
  credential: Credential,
  config: Partial<MrsClientConfig> = {},
  logger = new RecordingLogger(),
): TestConnection {
  const sleeper = new InstantSleep();
  const parts = createConnection({
    region: emu.credentials.region,
    credential,
    mrsEndpoint: emu.url,
    iamEndpoint: emu.url,
    ecsEndpoint: emu.url,
    evsEndpoint: emu.url,
    vpcEndpoint: emu.url,
    logger,
    sleep: sleeper.sleep,
    random: () => 0.5,
    timeoutMs: 5000,
    ...config,
  });
  return { ...parts, waits: sleeper.waits, logger };
}

/** A secret key of the right shape that is not the emulator's. */
/**
 * MRS refuses the next resize with 12000030, as it does when the quota was taken by someone else after
 * the plan's read: a refusal the pre-flight cannot foresee.
 */
export function refuseNextResizeForQuota(emu: Emulator): void {
  emu.addFault({
    route: 'resize',
    kind: 'status',
    status: 400,
    errorCode: '12000030',
    errorMsg: 'The requested nodes exceed the available quota.',
  });
}

export const WRONG_SK = 'WRONGSK0000000000000000000000000000000000';

export function akskOf(emu: Emulator, overrides: Partial<AkSkCredential> = {}): AkSkCredential {
  return { kind: 'aksk', accessKey: emu.credentials.ak, secretKey: emu.credentials.sk, ...overrides };
}

export function passwordOf(emu: Emulator, overrides: Partial<PasswordCredential> = {}): PasswordCredential {
  const c = emu.credentials;
  return { kind: 'password', userName: c.user, password: c.password, domainName: c.domain, ...overrides };
}

/** The emulator's AK/SK or its IAM user and password. */
export type AuthKind = 'aksk' | 'password';

/** connect() with the emulator's own AK/SK or IAM password. */
export function connectAs(emu: Emulator, auth: AuthKind, config: Partial<MrsClientConfig> = {}): TestConnection {
  return connect(emu, auth === 'aksk' ? akskOf(emu) : passwordOf(emu), config);
}

/** A project-scoped token fetched with plain fetch, as a user would paste it from another tool. */
export async function issueToken(emu: Emulator): Promise<TokenCredential> {
  const c = emu.credentials;
  const user = { name: c.user, password: c.password, domain: { name: c.domain } };
  const body = {
    auth: { identity: { methods: ['password'], password: { user } }, scope: { project: { name: c.region } } },
  };
  const res = await fetch(`${emu.url}/v3/auth/tokens?nocatalog=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const token = res.headers.get('x-subject-token');
  assert.equal(res.status, 201, 'the emulator issues a token');
  assert.ok(token, 'X-Subject-Token is set');
  return { kind: 'token', token };
}

/** The emulator's counter of one route (requests, and how many got each status; "0" = reset). */
export function route(emu: Emulator, key: RouteKey): RouteCounter {
  return emu.requests().routes[key];
}

export function sent(emu: Emulator, key: RouteKey): number {
  return route(emu, key).count;
}

/** The id of a seeded cluster. */
export function idOf(emu: Emulator, name: string): string {
  const id = emu.clusterIdByName(name);
  assert.ok(id, `seeded cluster ${name}`);
  return id;
}

/** What the promise rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the call to fail');
}

export interface ExpectedError {
  readonly kind: MrsErrorKind;
  readonly status?: number | undefined;
  readonly code?: string | undefined;
}

/** The MrsApiError the promise rejected with, checked for kind (and status/code when given). */
export async function apiError(promise: Promise<unknown>, expected: ExpectedError): Promise<MrsApiError> {
  const error = await rejection(promise);
  assert.ok(error instanceof MrsApiError, `expected an MrsApiError, got ${String(error)}`);
  const actual: Record<string, unknown> = { kind: error.kind };
  if ('status' in expected) {
    actual.status = error.status;
  }
  if ('code' in expected) {
    actual.code = error.code;
  }
  assert.deepEqual(actual, { ...expected }, error.message);
  return error;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `probe` gives a value (real time: the emulator's resize runs on its own clock). The
 * deadline only stops a hang with a clear message, well inside mocha's 20 s: no test relies on speed.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      return assert.fail(`timed out waiting for ${what}`);
    }
    await delay(20);
  }
}

/** Polls getCluster until the cluster is `running` with no node change in progress; returns every state seen. */
export async function untilRunning(
  conn: TestConnection,
  clusterId: string,
): Promise<{ last: Cluster; seen: Cluster[] }> {
  const seen: Cluster[] = [];
  const last = await waitFor(`cluster ${clusterId} to be running`, async () => {
    const c = await conn.client.getCluster(clusterId);
    seen.push(c);
    return c.state === 'running' && c.scale !== 'scaling-out' && c.scale !== 'scaling-in' ? c : undefined;
  });
  return { last, seen };
}

/** Waits until the emulator has logged `count` requests of a route (a delayed request is logged when it ends). */
export function untilLogged(emu: Emulator, key: RouteKey, count: number): Promise<number> {
  return waitFor(`${count} ${key} request(s) in the log`, () => (sent(emu, key) >= count ? sent(emu, key) : undefined));
}
