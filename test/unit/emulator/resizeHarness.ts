// One emulator per resize suite: a fake clock (resizes last an hour unless the clock moves), a token,
// the seed restored before each test, and the two assertions every resize test makes.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../../emulator';
import { call, getToken, resizeBody, type Call } from './helpers';

export const T0 = Date.UTC(2026, 2, 1);
export const RESIZE_MS = 3600_000;

export interface ResizeHarness {
  readonly emu: Emulator;
  readonly token: string;
  readonly clock: { t: number };
  /** PUT a body as is (an object is sent as JSON, a string as those bytes) to a seeded cluster (name) or an id. */
  readonly put: (cluster: string, body: unknown) => Promise<Call>;
  /** PUT the doc's envelope around `parameters` (node_id node_orderadd unless given). */
  readonly resize: (cluster: string, parameters: Record<string, unknown>) => Promise<Call>;
  /** resize() with scale_type scale_out, that node_group and instances, then `more` parameters. */
  readonly scaleOut: (
    cluster: string,
    group: string,
    instances: unknown,
    more?: Record<string, unknown>,
  ) => Promise<Call>;
  /** resize() with scale_type scale_in, that node_group and instances, then `more` parameters. */
  readonly scaleIn: (
    cluster: string,
    group: string,
    instances: unknown,
    more?: Record<string, unknown>,
  ) => Promise<Call>;
}

/** The group name the doc uses for "the task group", whatever the cluster calls it. */
export const TASK_GROUP = 'task_node_default_group';

/** A valid task_node_info (resize doc 表6). */
export const TASK_NODE_INFO = {
  node_size: 'c6.xlarge.4.linux.bigdata',
  data_volume_type: 'SATA',
  data_volume_count: 2,
  data_volume_size: 200,
};

/** The emulator of a suite on a fake clock, with a token: started before it, reset before each test. */
export interface ClockedEmulator {
  readonly clock: { t: number };
  /** The running emulator (fails outside the suite). */
  readonly running: () => Emulator;
  readonly token: () => string;
}

export function useClockedEmulator(options: EmulatorOptions = {}): ClockedEmulator {
  const clock = { t: T0 };
  let emu: Emulator | undefined;
  let token = '';
  before(async () => {
    emu = await startEmulator({ quiet: true, scaleSeconds: RESIZE_MS / 1000, now: () => clock.t, ...options });
    token = await getToken(emu);
  });
  after(() => emu?.close());
  beforeEach(() => {
    clock.t = T0;
    emu?.reset();
  });
  return { clock, running: () => emu ?? assert.fail('the emulator runs only inside the suite'), token: () => token };
}

export function useResizeEmulator(): ResizeHarness {
  const { clock, running, token: tokenOf } = useClockedEmulator();
  const put = (cluster: string, body: unknown): Promise<Call> => {
    const e = running();
    const path = `/v1.1/{p}/cluster_infos/${e.clusterIdByName(cluster) ?? cluster}`;
    return call(e, 'PUT', path, { token: tokenOf() }, body);
  };
  const resize = (cluster: string, parameters: Record<string, unknown>): Promise<Call> =>
    put(cluster, resizeBody(parameters));
  const scale =
    (scale_type: 'scale_out' | 'scale_in') =>
    (cluster: string, node_group: string, instances: unknown, more: Record<string, unknown> = {}): Promise<Call> =>
      resize(cluster, { scale_type, node_group, instances, ...more });
  return {
    get emu() {
      return running();
    },
    get token() {
      return tokenOf();
    },
    clock,
    put,
    resize,
    scaleOut: scale('scale_out'),
    scaleIn: scale('scale_in'),
  };
}

/** An MRS error: exactly `{error_code, error_msg}` with that code and status. */
export function assertError(res: Call, status: number, code: string): void {
  assert.equal(res.status, status, res.text);
  const body = res.json as Record<string, unknown>;
  assert.deepEqual(Object.keys(body).sort(), ['error_code', 'error_msg']);
  assert.equal(body.error_code, code);
  assert.ok(typeof body.error_msg === 'string' && body.error_msg.length > 10);
}

/** A refusal the doc gives with 400: `{error_code, error_msg}` with that code. */
export function assertRefused(res: Call, code: string): void {
  assertError(res, 400, code);
}

export function assertAccepted(res: Call): void {
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(res.json, { result: 'succeeded' });
}
