// Programmatic entry point of the local MRS + IAM emulator (docs/product.md F7): one loopback server
// for the MRS and IAM paths, plus the /__emulator control endpoint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenStore } from './auth/tokens';
import { createControl, type EmulatorControl } from './control';
import { FaultRegistry } from './faults';
import type { AppDeps, EmulatorCredentials } from './http/context';
import { ROUTES } from './http/routes';
import { requestListener } from './http/server';
import { hex32From } from './ids';
import { RateLimiter } from './mrs/rateLimit';
import { MAX_CORE_AND_TASK_NODES } from './mrs/resizeRules';
import { RequestLog } from './requestLog';
import { isSeedName, SEED_NAMES, type SeedName } from './seeds';
import { ClusterStore, Timers, type Logger } from './store';
import { DEFAULT_V2_OPTIONS, patchV2Options, V2Settings, type NodesOffsetMode, type V2Options } from './v2Options';

export type { EmulatorControl } from './control';
export type { ActiveFault, FaultKind, FaultSpec } from './faults';
export { FaultSpecError } from './faults';
export type { EmulatorCredentials } from './http/context';
export { ROUTES, type RouteKey } from './http/routes';
export type { ClusterState, ResizeFailureSwitch } from './model';
export { QuotaSpecError, type Quota } from './mrs/quota';
export { QuotaLimitsError, RESOURCES, type Amounts, type Resource } from './quotas';
export type { QuotaPatch, QuotaSnapshot, SubnetState } from './quotaControl';
export type { RequestLogEntry, RequestLogSnapshot, RouteCounter } from './requestLog';
export { SEED_NAMES, type SeedName } from './seeds';
export type { ClusterStatePatch } from './store';
export { CUSTOM_MIN_CORE_NODES } from './mrs/v2Rules';
export { NODES_OFFSET_MODES, V2OptionsError, type NodesOffsetMode, type V2Options } from './v2Options';

export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** 'default' (demo), 'many' (2,000 clusters) or 'empty'. */
  seed?: string;
  /** Duration of a resize from start to `running` (default 30). */
  scaleSeconds?: number;
  /** Clock in epoch ms (default Date.now): token expiry, X-Sdk-Date window, resize progress. */
  now?: () => number;
  /** Lifetime of issued IAM tokens (default 86400, as IAM's 24 hours). */
  tokenTtlSeconds?: number;
  /**
   * The core + task limit of every cluster (default 500, the doc's): a larger one stands for a limit
   * technical support raised, which MRS enforces server-side (12000028 beyond it).
   */
  nodeLimit?: number;
  /** The `result` of a pay-per-use group's v2 expand answer (default `succeeded`; the docs also spell it `success`). */
  expandResult?: string;
  /** ListNodes `offset`: `page` (default, a page number) or `item` (a 1-based item offset). */
  nodesOffset?: NodesOffsetMode;
  /** The gateway's rate limits of the v2 routes (60 expand and 60 shrink calls a minute, 200 ListNodes): off by default. */
  rateLimit?: boolean;
  /** No log lines at all. */
  quiet?: boolean;
  /** Where log lines go (default stdout). */
  log?: (line: string) => void;
}

export interface Emulator extends EmulatorControl {
  /** `http://127.0.0.1:PORT`: the MRS endpoint and the IAM endpoint at once. */
  readonly url: string;
  readonly port: number;
  readonly credentials: EmulatorCredentials;
  readonly seed: SeedName;
  readonly scaleSeconds: number;
  /** Stops listening, drops open connections and clears every timer. */
  close(): Promise<void>;
}

/** Fixed, clearly fake demo credentials. */
export const DEMO_CREDENTIALS: EmulatorCredentials = {
  region: 'cn-north-4',
  projectId: '0123456789abcdef0123456789abcdef',
  ak: 'EMULATORAK0000000000',
  sk: 'EMULATORSK0000000000000000000000000000000',
  domain: 'emulator-domain',
  user: 'emulator-user',
  password: 'emulator-password',
};

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function readSeed(seed: string | undefined): SeedName {
  const name = seed ?? 'default';
  if (!isSeedName(name)) {
    throw new Error(`Unknown seed "${name}"; use one of ${SEED_NAMES.join(', ')}.`);
  }
  return name;
}

function readNonNegative(value: number | undefined, fallback: number, what: string): number {
  const v = value ?? fallback;
  if (!Number.isFinite(v) || v < 0) {
    throw new Error(`${what} must be a number >= 0.`);
  }
  return v;
}

/** The v2 switches given to startEmulator, checked as the control endpoint checks them. */
function readV2Options(options: EmulatorOptions): V2Options {
  const given = Object.fromEntries(
    (['expandResult', 'nodesOffset', 'rateLimit'] as const)
      .filter((k) => options[k] !== undefined)
      .map((k) => [k, options[k]]),
  );
  return patchV2Options(DEFAULT_V2_OPTIONS, given);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = readSeed(options.seed);
  const scaleSeconds = readNonNegative(options.scaleSeconds, 30, 'scaleSeconds');
  const ttlSeconds = readNonNegative(options.tokenTtlSeconds, 86400, 'tokenTtlSeconds');
  const now = options.now ?? Date.now;
  const logLine: Logger = options.quiet
    ? () => undefined
    : (options.log ?? ((line) => process.stdout.write(`${line}\n`)));
  const timers = new Timers();
  const tokens = new TokenStore(ttlSeconds * 1000);
  const store = new ClusterStore(seed, now, timers, logLine);
  const faults = new FaultRegistry();
  const log = new RequestLog();
  const v2 = new V2Settings(readV2Options(options));
  const rateLimiter = new RateLimiter();
  let url = '';
  let closed = false;
  const deps: AppDeps = {
    creds: DEMO_CREDENTIALS,
    domainId: hex32From('emulator/domain'),
    store,
    tokens,
    now,
    scaleSeconds,
    nodeLimit: readNonNegative(options.nodeLimit, MAX_CORE_AND_TASK_NODES, 'nodeLimit'),
    baseUrl: () => url,
    v2,
    rateLimiter,
  };
  const control = createControl({
    store,
    faults,
    log,
    tokens,
    now,
    v2,
    rateLimiter,
    projectId: DEMO_CREDENTIALS.projectId,
  });
  const info = (): object => ({ url, ...DEMO_CREDENTIALS, seed, scaleSeconds, v2: v2.current, routes: ROUTES });
  const server = createServer(
    requestListener({ deps, control, faults, log, timers, info, isClosed: () => closed, logLine }),
  );
  const port = await listen(server, options.port ?? 0);
  url = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    closed = true;
    timers.clearAll();
    const done = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await done;
  };
  return { ...control, url, port, credentials: { ...DEMO_CREDENTIALS }, seed, scaleSeconds, close };
}
