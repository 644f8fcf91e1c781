// RequestFacts (the request files' cache of live reads) over fakes, for the unit tests of request
// files: one connection "emu", a client that answers with one cluster (and its hosts) and counts its
// reads, the connection's quota reads; and `settled`, which analyses as the editor does until no read
// is missing.
import type { Cluster, Host } from '../../../src/core/model/cluster';
import type { QuotaReads } from '../../../src/core/quota/reader';
import { analyzeLive } from '../../../src/core/requests';
import type { Translate } from '../../../src/core/translate';
import type { Clients } from '../../../src/vscode/connections/Clients';
import type { ConnectionStore } from '../../../src/vscode/connections/ConnectionStore';
import type { RequestFacts } from '../../../src/vscode/requestFiles/RequestFacts';

/** A store with the one connection "emu". */
export function oneConnectionStore(): ConnectionStore {
  const list = [{ name: 'emu' }];
  return {
    list: () => list,
    get: (n: string) => list.find((c) => c.name === n),
    active: () => list[0],
  } as unknown as ConnectionStore;
}

/** Clients whose client reads `cluster` (list, get, hosts, each counted in `counts`) and whose quota reads are `quota`. */
export function clientsOf(
  cluster: Cluster,
  quota: QuotaReads,
  { hosts = [], counts = {} }: { hosts?: readonly Host[]; counts?: Record<string, number> } = {},
): Clients {
  const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const client = {
    listClusters: () => (count('list'), Promise.resolve([cluster])),
    getCluster: () => (count('get'), Promise.resolve(cluster)),
    listHosts: () => (count('hosts'), Promise.resolve([...hosts])),
  };
  return { get: () => Promise.resolve(client), quota: () => Promise.resolve(quota) } as unknown as Clients;
}

/** Analyses until no read is missing, as the editor does when the reads come back. */
export async function settled(text: string, facts: RequestFacts, t: Translate) {
  for (let i = 0; i < 5; i++) {
    const analysis = analyzeLive(text, facts, t);
    if (analysis.missing.length === 0) {
      return analysis;
    }
    await Promise.allSettled(analysis.missing);
  }
  throw new Error('reads still missing');
}
