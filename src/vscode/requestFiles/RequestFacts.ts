// What the request-file features know about connections and clusters: read once and cached per
// connection (the cluster list) and per cluster (details and hosts, and a scale-out's quota beside
// them, once per reading; the flavors MRS offers for its first task nodes) for a short while, shared
// by problems, completion, hover and CodeLens, so that typing never sends a request per keystroke.
import type { Cluster } from '../../core/model/cluster';
import { readClusterWithBasis } from '../../core/plan/readCluster';
import type { QuotaBasis } from '../../core/quota/basis';
import type { LiveQuota } from '../../core/quota/live';
import { readFlavorOffer, type FlavorOffer } from '../../core/quota/offeredFlavors';
import { readLiveQuotaBeside } from '../../core/quota/readLive';
import type { RequestTarget } from '../../core/requests';
import type { ClusterReading } from '../../core/resize/facts';
import { readingWithNodeLimit } from '../../core/resize/nodeLimit';
import { englishTranslate, type Translate } from '../../core/translate';
import { errorMessage } from '../../core/errors';
import type { Clients } from '../connections/Clients';
import type { ConnectionStore } from '../connections/ConnectionStore';

interface Entry<T> {
  readonly at: number;
  readonly value: Promise<T>;
  settled?: T;
  /** How long it is used: the cache's TTL, shorter for a failed read. */
  ttlMs: number;
}

/** A failed read is kept this long, so that typing while a connection fails does not re-read on every pause. */
const FAILED_TTL_MS = 5_000;

interface Reading {
  readonly reading: ClusterReading;
  readonly basis: QuotaBasis;
}

/** Cached reads: `peek` answers at once from the cache, `get` reads when missing or stale. */
export class RequestFacts {
  private readonly clusterLists = new Map<string, Entry<Cluster[]>>();
  private readonly clusters = new Map<string, Entry<Reading>>();
  /** A cluster's quota, with the reading it was read beside: it goes when that reading goes. */
  private readonly quotas = new Map<string, { readonly of: Entry<Reading>; readonly quota: Entry<LiveQuota> }>();
  private readonly offers = new Map<string, Entry<FlavorOffer>>();

  constructor(
    private readonly store: ConnectionStore,
    private readonly clients: Clients,
    private readonly ttlMs = 20_000,
    private readonly now: () => number = Date.now,
    /** The raised core + task limit the user set for a cluster (settings.maxNodes): put on every reading handed out. */
    private readonly maxNodes: (connection: string, clusterId: string) => number | undefined = () => undefined,
    /** The words of a failed flavor read (vscode.l10n.t). */
    private readonly t: Translate = englishTranslate,
  ) {}

  connectionNames(): string[] {
    return this.store.list().map((c) => c.name);
  }

  /** The file's connection, else the active one; undefined when it names no known connection. */
  connectionOf(target: RequestTarget): string | undefined {
    const name = target.connection ?? this.store.active()?.name;
    return name !== undefined && this.store.get(name) ? name : undefined;
  }

  peekClusterList(connection: string): Cluster[] | undefined {
    return this.fresh(this.clusterLists.get(connection))?.settled;
  }

  clusterList(connection: string): Promise<Cluster[]> {
    return this.read(this.clusterLists, connection, async () =>
      (await this.clients.get(connection)).listClusters({ state: 'existing' }),
    );
  }

  peekCluster(connection: string, clusterId: string): ClusterReading | undefined {
    const reading = this.fresh(this.clusters.get(`${connection}\n${clusterId}`))?.settled?.reading;
    return reading && readingWithNodeLimit(reading, this.maxNodes(connection, clusterId));
  }

  async cluster(connection: string, clusterId: string): Promise<ClusterReading> {
    const { reading } = await this.readingOf(connection, clusterId).value;
    return readingWithNodeLimit(reading, this.maxNodes(connection, clusterId));
  }

  /** The quota read beside the cluster's current reading, once it has come. */
  peekQuota(connection: string, clusterId: string): LiveQuota | undefined {
    const key = `${connection}\n${clusterId}`;
    const reading = this.fresh(this.clusters.get(key));
    const known = this.quotas.get(key);
    return reading && known?.of === reading ? known.quota.settled : undefined;
  }

  /**
   * A scale-out's quota, read once per reading of the cluster and beside it (the reads start with the
   * cluster's, the subnet's from the cluster list), through the connection's cached reads.
   */
  quota(connection: string, clusterId: string, t: Translate): Promise<LiveQuota> {
    const key = `${connection}\n${clusterId}`;
    const of = this.readingOf(connection, clusterId);
    const known = this.quotas.get(key);
    if (known?.of === of) {
      return known.quota.value;
    }
    const listed = this.peekClusterList(connection)?.find((c) => c.id === clusterId)?.subnetId;
    const value = this.clients.quota(connection).then((reads) =>
      readLiveQuotaBeside(
        reads,
        listed,
        of.value.then((r) => r.basis),
        t,
      ),
    );
    const quota: Entry<LiveQuota> = { at: of.at, value, ttlMs: of.ttlMs };
    value.then(
      (v) => (quota.settled = v),
      () => undefined,
    );
    this.quotas.set(key, { of, quota });
    return value;
  }

  peekFlavorOffer(connection: string, clusterId: string): FlavorOffer | undefined {
    return this.fresh(this.offers.get(`${connection}\n${clusterId}`))?.settled;
  }

  /**
   * The flavors MRS offers for the cluster's first task nodes, for its version and zone as the
   * connection's cluster list says, through the connection's cached reader. Never rejects.
   */
  flavorOffer(connection: string, clusterId: string): Promise<FlavorOffer> {
    return this.read(this.offers, `${connection}\n${clusterId}`, async () => {
      try {
        const cluster = (await this.clusterList(connection)).find((c) => c.id === clusterId);
        if (!cluster) {
          return { ok: false, reason: this.t('The connection has no cluster with ID "{0}".', clusterId) };
        }
        return await readFlavorOffer(await this.clients.quota(connection), cluster, this.t);
      } catch (e) {
        return { ok: false, reason: errorMessage(e) };
      }
    });
  }

  /** Forgets a cluster (after a Send: its counts changed). */
  forget(connection: string, clusterId: string): void {
    this.clusters.delete(`${connection}\n${clusterId}`);
    this.quotas.delete(`${connection}\n${clusterId}`);
    this.offers.delete(`${connection}\n${clusterId}`);
    this.clusterLists.delete(connection);
  }

  forgetAll(): void {
    this.clusters.clear();
    this.quotas.clear();
    this.offers.clear();
    this.clusterLists.clear();
  }

  /** The cluster's current reading entry: the fresh one, else one started now. */
  private readingOf(connection: string, clusterId: string): Entry<Reading> {
    const key = `${connection}\n${clusterId}`;
    void this.read(this.clusters, key, async () => readClusterWithBasis(await this.clients.get(connection), clusterId));
    return this.clusters.get(key) as Entry<Reading>;
  }

  private fresh<T>(entry: Entry<T> | undefined): Entry<T> | undefined {
    return entry && this.now() - entry.at < entry.ttlMs ? entry : undefined;
  }

  private read<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const known = this.fresh(map.get(key));
    if (known) {
      return known.value;
    }
    const entry: Entry<T> = { at: this.now(), value: load(), ttlMs: this.ttlMs };
    entry.value.then(
      (v) => (entry.settled = v),
      () => (entry.ttlMs = Math.min(this.ttlMs, FAILED_TTL_MS)),
    );
    map.set(key, entry);
    return entry.value;
  }
}
