// What the Clusters view reads of a cluster when it is expanded: its hosts, and for a custom cluster its
// nodes (ListNodes, docs/mrs-api.md §3.4), which say the roles and billing of its freely named groups
// and each host's node status, resource id and components. Each is read once until the cluster is
// refreshed (forget); ListNodes never for the other cluster types. A failed ListNodes is kept, not
// thrown: the view shows the cluster as its details say, and the error.
import type { MrsClient } from '../api/MrsClient';
import { isCustomCluster, type Cluster, type ClusterNode, type Host } from '../model/cluster';
import { withNodes } from '../model/nodes';

type Client = Pick<MrsClient, 'listHosts' | 'listNodes'>;

interface NodesReading {
  /** The listed cluster this reading completes. */
  readonly of: Cluster;
  done: Promise<void>;
  nodes?: readonly ClusterNode[];
  completed?: Cluster;
  error?: unknown;
}

export class ExpandedClusters {
  private readonly nodeReadings = new Map<string, NodesReading>();
  private readonly hostReadings = new Map<string, Promise<Host[]>>();

  /** Forgets what was read of a cluster (it was refreshed, or is gone). */
  forget(clusterId: string): void {
    this.nodeReadings.delete(clusterId);
    this.hostReadings.delete(clusterId);
  }

  clear(): void {
    this.nodeReadings.clear();
    this.hostReadings.clear();
  }

  /**
   * Reads the nodes of a custom cluster (with their components) unless they were read (or failed) since
   * it was last refreshed; `onRead` is called when a read ends, for the cluster's row. Never rejects.
   */
  readNodes(cluster: Cluster, client: () => Promise<Pick<Client, 'listNodes'>>, onRead: () => void): Promise<void> {
    if (!isCustomCluster(cluster)) {
      return Promise.resolve();
    }
    const known = this.nodeReadings.get(cluster.id);
    if (known?.of === cluster) {
      return known.done;
    }
    const reading: NodesReading = { of: cluster, done: Promise.resolve() };
    this.nodeReadings.set(cluster.id, reading);
    reading.done = client()
      .then((c) => c.listNodes(cluster.id, { detail: true }))
      .then(
        (nodes) => {
          reading.nodes = nodes;
          reading.completed = withNodes(cluster, [], nodes).cluster;
        },
        (e: unknown) => {
          reading.error = e;
        },
      )
      .then(() => {
        if (this.nodeReadings.get(cluster.id) === reading) {
          onRead();
        }
      });
    return reading.done;
  }

  /** The listed cluster as its nodes complete it, once they are read; else the listed cluster itself. */
  completed(listed: Cluster): Cluster {
    return this.current(listed)?.completed ?? listed;
  }

  /** Why the nodes of the listed cluster could not be read, if they could not. */
  nodesError(listed: Cluster): unknown {
    return this.current(listed)?.error;
  }

  /**
   * The hosts of the listed cluster, read once until it is refreshed (a failed read is tried again next
   * time), with the nodes of a custom cluster read beside them and merged in.
   */
  hosts(listed: Cluster, client: () => Promise<Client>, onRead: () => void): Promise<Host[]> {
    let p = this.hostReadings.get(listed.id);
    if (!p) {
      p = client().then(async (c) => {
        const [hosts] = await Promise.all([c.listHosts(listed.id), this.readNodes(listed, client, onRead)]);
        const nodes = this.current(listed)?.nodes;
        return nodes ? withNodes(listed, hosts, nodes).hosts : hosts;
      });
      const mine = p;
      p.catch(() => {
        if (this.hostReadings.get(listed.id) === mine) {
          this.hostReadings.delete(listed.id);
        }
      });
      this.hostReadings.set(listed.id, p);
    }
    return p;
  }

  private current(listed: Cluster): NodesReading | undefined {
    const reading = this.nodeReadings.get(listed.id);
    return reading?.of === listed ? reading : undefined;
  }
}
