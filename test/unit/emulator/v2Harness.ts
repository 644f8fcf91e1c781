// One emulator per v2 suite (expand, shrink, ListNodes): a fake clock, a token, the seed restored before
// each test, and the calls as the SDKs send them (a JSON body, no envelope).
import assert from 'node:assert/strict';
import type { Emulator, EmulatorOptions, RequestLogEntry } from '../../../emulator';
import { allHosts, call, clusterByName, type Call, type ClusterSummary, type HostSummary } from './helpers';
import { useClockedEmulator } from './resizeHarness';

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
  const { clock, running, token: tokenOf } = useClockedEmulator(options);
  const idOf = (cluster: string): string => running().clusterIdByName(cluster) ?? cluster;
  const post =
    (action: 'expand' | 'shrink') =>
    (cluster: string, body: unknown): Promise<Call> =>
      call(running(), 'POST', `/v2/{p}/clusters/${idOf(cluster)}/${action}`, { token: tokenOf() }, body);
  return {
    get emu() {
      return running();
    },
    get token() {
      return tokenOf();
    },
    clock,
    expand: post('expand'),
    shrink: post('shrink'),
    nodes: (cluster, query = '') =>
      call(running(), 'GET', `/v2/{p}/clusters/${idOf(cluster)}/nodes${query ? `?${query}` : ''}`, {
        token: tokenOf(),
      }),
    details: (cluster) => clusterByName(running(), tokenOf(), cluster),
    hosts: (cluster) => allHosts(running(), tokenOf(), idOf(cluster)),
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
