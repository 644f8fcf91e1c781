// The cluster a tool's input names, by id or by name, on one connection or any: first in the pages
// the Clusters view has loaded (no request when it has them), then, for a cluster it does not list
// (another page, its filter), by one read of the connection.
import { isMrsApiError } from '../api/errors';
import type { Cluster } from '../model/cluster';
import type { AgentConnection, AgentDeps } from './types';

export type Found =
  | { readonly ok: true; readonly connection: string; readonly cluster: Cluster }
  | { readonly ok: false; readonly message: string };

/** The connections an input names (all when it names none), or the sentence saying there are none. */
export function connectionsOf(
  deps: AgentDeps,
  name: string | undefined,
): { ok: true; list: readonly AgentConnection[] } | { ok: false; message: string } {
  const all = deps.connections();
  if (all.length === 0) {
    return { ok: false, message: deps.t('No MRS connection is set up: add one with "MRS: Add Connection".') };
  }
  if (name === undefined) {
    return { ok: true, list: all };
  }
  const one = all.filter((c) => c.name === name.trim());
  return one.length > 0
    ? { ok: true, list: one }
    : {
        ok: false,
        message: deps.t(
          'There is no connection named "{0}". Connections: {1}.',
          name,
          all.map((c) => c.name).join(', '),
        ),
      };
}

function listed(deps: AgentDeps, connection: string, ref: string): Cluster[] {
  const exact = deps.explorer.view(connection).clusters.filter((c) => c.id === ref || c.name === ref);
  return exact.map((c) => deps.explorer.cluster(connection, c.id) ?? c);
}

/** MRS's cluster ids are UUIDs. */
const CLUSTER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One read for a cluster the view does not list: by id (its details), else by name (the list, exact name). */
async function read(deps: AgentDeps, connection: string, ref: string, signal?: AbortSignal): Promise<Cluster[]> {
  const client = await deps.clientFor(connection);
  if (CLUSTER_ID.test(ref)) {
    try {
      return [await client.getCluster(ref, { signal })];
    } catch (e) {
      if (isMrsApiError(e, 'notFound')) {
        return [];
      }
      throw e;
    }
  }
  const named = await client.listClusters({ name: ref, state: 'existing' }, { signal });
  return named.filter((c) => c.name === ref);
}

/**
 * The one cluster `ref` names. Several (one name on two connections, two clusters of one name) or
 * none: a sentence that says so and what to give instead.
 * @throws MrsApiError from the read of a cluster the view does not list; CancelledError.
 */
export async function findCluster(
  deps: AgentDeps,
  ref: string,
  connectionName: string | undefined,
  signal?: AbortSignal,
): Promise<Found> {
  const connections = connectionsOf(deps, connectionName);
  if (!connections.ok) {
    return connections;
  }
  const wanted = ref.trim();
  let found: Array<{ connection: string; cluster: Cluster }> = [];
  for (const c of connections.list) {
    await deps.explorer.whenLoaded(c.name);
    found.push(...listed(deps, c.name, wanted).map((cluster) => ({ connection: c.name, cluster })));
  }
  if (found.length === 0) {
    for (const c of connections.list) {
      found.push(...(await read(deps, c.name, wanted, signal)).map((cluster) => ({ connection: c.name, cluster })));
    }
  }
  found = found.filter(
    (f, i) => found.findIndex((g) => g.connection === f.connection && g.cluster.id === f.cluster.id) === i,
  );
  if (found.length === 1) {
    return { ok: true, ...found[0] };
  }
  const { t } = deps;
  if (found.length === 0) {
    const where = connections.list.map((c) => c.name).join(', ');
    return { ok: false, message: t('No cluster with the name or ID "{0}" on {1}.', wanted, where) };
  }
  const which = found.map((f) => t('{0} (ID {1}, connection {2})', f.cluster.name, f.cluster.id, f.connection));
  return {
    ok: false,
    message: t('"{0}" names several clusters: {1}. Give the cluster ID, or the connection.', wanted, which.join('; ')),
  };
}
