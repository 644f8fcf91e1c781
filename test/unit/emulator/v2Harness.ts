// One emulator per v2 suite (expand, shrink, ListNodes): a fake clock, a token, the seed restored before
// each test, and the calls as the SDKs send them (a JSON body, no envelope).
import assert from 'node:assert/strict';
import { startEmulator, type Emulator, type EmulatorOptions, type RequestLogEntry } from '../../../emulator';
import { allHosts, call, clusterByName, getToken, type Call, type ClusterSummary, type HostSummary } from './helpers';
import { RESIZE_MS, T0 } from './resizeHarness';

export interface V2Harness {
  readonly emu: Emulator;
  readonly token: string;
  readonly clock: { t: number };
  /** POST …/expand to a seeded cluster (name) or an id; an object is sent as JSON, a string as those bytes. */
  readonly expand: (cluster: string, body: unknown) => Promise<Call>;
  readonly shrink: (cluster: string, body: unknown) => Promise<Call>;
  /** GET …/nodes with that query string (without `?`). */
  readonly nodes: (cluster: string, query?: string) => Promise<Call>;
  readonly details: (cluster: string) => Promise<ClusterSummary>;
  readonly hosts: (cluster: string) => Promise<HostSummary[]>;
  /** The request log's entries of a route. */
  readonly logOf: (route: string) => RequestLogEntry[];
}

export function useV2Emulator(options: EmulatorOptions = {}): V2Harness {
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
  const running = (): Emulator => emu ?? assert.fail('the emulator runs only inside the suite');
  const idOf = (cluster: string): string => running().clusterIdByName(cluster) ?? cluster;
  const post =
    (action: 'expand' | 'shrink') =>
    (cluster: string, body: unknown): Promise<Call> =>
      call(running(), 'POST', `/v2/{p}/clusters/${idOf(cluster)}/${action}`, { token }, body);
  return {
    get emu() {
      return running();
    },
    get token() {
      return token;
    },
    clock,
    expand: post('expand'),
    shrink: post('shrink'),
    nodes: (cluster, query = '') =>
      call(running(), 'GET', `/v2/{p}/clusters/${idOf(cluster)}/nodes${query ? `?${query}` : ''}`, { token }),
    details: (cluster) => clusterByName(running(), token, cluster),
    hosts: (cluster) => allHosts(running(), token, idOf(cluster)),
    logOf: (route) =>
      running()
        .requests()
        .log.filter((e) => e.route === route),
  };
}

export function groupCount(c: ClusterSummary, name: string): number | undefined {
  return c.nodeGroups.find((g) => g.GroupName === name)?.NodeNum;
}

export function assertSucceeded(res: Call): void {
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(res.json, { result: 'succeeded' });
}
