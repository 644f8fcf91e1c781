// A request file checked with whatever live facts are at hand now (a warm cache answers at once),
// and the reads still missing: the editor publishes at once and again when the reads come back. A
// scale-out's quota is read beside the cluster, once per reading of it; a scale-in reads none.
import type { LiveQuota } from '../quota/live';
import type { Translate } from '../translate';
import { offeredTaskFlavorsOf, type FlavorOffer } from '../quota/flavorOffer';
import type { ClusterReading } from '../resize/facts';
import { withOfferedFlavors } from '../resize/flavorOffered';
import { checkRequestFile, type RequestFileCheck } from './check';
import { parseRequestFile, type ParsedRequestFile, type RequestTarget } from './parse';
import { requestAsksScaleOut, withQuotaProblems } from './quota';

export interface ClusterSummary {
  readonly id: string;
  readonly name: string;
  readonly stateText: string;
}

/** A cache of live facts; `peek*` never waits, the others read when missing. */
export interface LiveFacts {
  connectionNames(): string[];
  /** The file's connection (else the active one) when it is known. */
  connectionOf(target: RequestTarget): string | undefined;
  peekClusterList(connection: string): readonly ClusterSummary[] | undefined;
  clusterList(connection: string): Promise<readonly ClusterSummary[]>;
  peekCluster(connection: string, clusterId: string): ClusterReading | undefined;
  cluster(connection: string, clusterId: string): Promise<ClusterReading>;
  /** The quota for the cluster's current reading (absent: no quota shown). */
  peekQuota?(connection: string, clusterId: string): LiveQuota | undefined;
  /** Reads the quota beside the cluster's reading, once per reading; never rejects but with the reading. */
  quota?(connection: string, clusterId: string, t: Translate): Promise<LiveQuota>;
  /** The flavors MRS offers for the cluster's first task nodes (quota/offeredFlavors.ts), when read. */
  peekFlavorOffer?(connection: string, clusterId: string): FlavorOffer | undefined;
  /** Never rejects (a failed read is an offer that says why). */
  flavorOffer?(connection: string, clusterId: string): Promise<FlavorOffer>;
}

export interface LiveAnalysis {
  readonly parsed: ParsedRequestFile;
  readonly check: RequestFileCheck;
  readonly connection: string | undefined;
  /** The target cluster as the connection lists it. */
  readonly cluster: ClusterSummary | undefined;
  readonly live: ClusterReading | undefined;
  /** Reads that would add facts; empty when the analysis is complete. */
  readonly missing: readonly Promise<unknown>[];
}

/** A scale-out's quota from the cache, else its read (beside the cluster's) added to `missing`; none for a scale-in. */
function cachedQuota(
  facts: LiveFacts,
  parsed: ParsedRequestFile,
  connection: string,
  clusterId: string,
  t: Translate,
  missing: Promise<unknown>[],
): LiveQuota | undefined {
  if (!facts.quota || !requestAsksScaleOut(parsed)) {
    return undefined;
  }
  const quota = facts.peekQuota?.(connection, clusterId);
  if (!quota) {
    missing.push(facts.quota(connection, clusterId, t));
  }
  return quota;
}

/** The file names a flavor for the first task nodes. */
function givesTaskNodeInfo(parsed: ParsedRequestFile): boolean {
  const request = parsed.request as { parameters?: { task_node_info?: unknown } } | undefined;
  return parsed.member === 'request' && request?.parameters?.task_node_info !== undefined;
}

function offerOf(
  facts: LiveFacts,
  connection: string,
  clusterId: string,
): { known?: FlavorOffer; missing?: Promise<FlavorOffer> } {
  const known = facts.peekFlavorOffer?.(connection, clusterId);
  return known ? { known } : { missing: facts.flavorOffer?.(connection, clusterId) };
}

/**
 * Checks a request file with the cached facts; never throws, never waits. `schema` false (the editor)
 * leaves out syntax and schema problems, which VS Code's JSON support shows; they still withhold the draft.
 */
export function analyzeLive(text: string, facts: LiveFacts, t: Translate, schema = false): LiveAnalysis {
  const parsed = parseRequestFile(text, t);
  const connection = facts.connectionOf(parsed.target);
  const clusterId = parsed.target.clusterId;
  const list = connection ? facts.peekClusterList(connection) : undefined;
  const cluster = list?.find((c) => c.id === clusterId);
  const live = connection && cluster ? facts.peekCluster(connection, cluster.id) : undefined;
  const missing: Promise<unknown>[] = [];
  let quota: LiveQuota | undefined;
  if (connection && parsed.problems.length === 0) {
    if (!list) {
      missing.push(facts.clusterList(connection));
    }
    if (cluster && !live) {
      missing.push(facts.cluster(connection, cluster.id));
    }
    quota = cluster && cachedQuota(facts, parsed, connection, cluster.id, t, missing);
  }
  // The first task nodes' flavor is checked against what MRS offers once that is read.
  const offer =
    connection && cluster && live && givesTaskNodeInfo(parsed) ? offerOf(facts, connection, cluster.id) : {};
  if (offer.missing) {
    missing.push(offer.missing);
  }
  const check = checkRequestFile(parsed, t, {
    schema,
    connections: facts.connectionNames(),
    ...(list ? { clusters: list } : {}),
    ...(live ? { cluster: withOfferedFlavors(live.facts, offeredTaskFlavorsOf(offer.known)), hosts: live.hosts } : {}),
  });
  const checked = live && quota ? withQuotaProblems(parsed, check, quota, t) : check;
  return { parsed, check: checked, connection, cluster, live, missing };
}
