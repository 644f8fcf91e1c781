// The core + task limit of a scale-out. The doc (表4): at most 500 core and task nodes, "如果用户需要的
// Core/Task节点数大于500，可以联系技术支持人员": technical support can raise it for a cluster. MRS tells no
// client the raised value, so the user sets it (`mrs.resize.maxNodes`, `--max-nodes`); the way in puts
// it on the order, the plan on its reading, and the rules read it here. The core never reads a setting.
import type { Translate } from '../translate';
import { countByRole } from '../model/cluster';
import type { ClusterFacts, ClusterReading } from './facts';
import { MAX_CORE_AND_TASK_NODES } from './types';

/** True for a limit a user may set: a whole number of at least the doc's 500 (support raises it, never lowers). */
export function isNodeLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= MAX_CORE_AND_TASK_NODES;
}

/** The limit in force for the cluster: the raised one set for it, else the doc's 500. */
export function nodeLimitOf(cluster: ClusterFacts): number {
  return isNodeLimit(cluster.maxCoreAndTaskNodes) ? cluster.maxCoreAndTaskNodes : MAX_CORE_AND_TASK_NODES;
}

/** True when the user set a raised limit for the cluster. */
export function isRaised(cluster: ClusterFacts): boolean {
  return isNodeLimit(cluster.maxCoreAndTaskNodes);
}

/** The facts with the user's raised limit on them; as they are when none is set (a limit already on them stays). */
export function withNodeLimit<T extends ClusterFacts>(cluster: T, limit: number | undefined): T {
  return isNodeLimit(limit) ? { ...cluster, maxCoreAndTaskNodes: limit } : cluster;
}

/** The reading with the user's raised limit on its facts. */
export function readingWithNodeLimit(reading: ClusterReading, limit: number | undefined): ClusterReading {
  return isNodeLimit(limit) ? { ...reading, facts: withNodeLimit(reading.facts, limit) } : reading;
}

/**
 * The raised limit of a cluster in the setting's shape: an object whose keys are cluster ids or
 * connection names, whose values are limits. The cluster's own entry wins over its connection's.
 * Anything else (a wrong shape, a value below 500) sets nothing.
 */
export function nodeLimitFor(setting: unknown, connection: string, clusterId: string): number | undefined {
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
    return undefined;
  }
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(setting, key) ? (setting as Record<string, unknown>)[key] : undefined;
  const byCluster = own(clusterId);
  if (isNodeLimit(byCluster)) {
    return byCluster;
  }
  const byConnection = own(connection);
  return isNodeLimit(byConnection) ? byConnection : undefined;
}

/** Core + task nodes of the cluster: what the limit counts. */
export function coreAndTaskCount(cluster: ClusterFacts): number {
  return countByRole(cluster.nodeGroups, 'core') + countByRole(cluster.nodeGroups, 'task');
}

/** How many nodes a scale-out may add now: the limit in force minus the core and task nodes. */
export function scaleOutRoom(cluster: ClusterFacts): number {
  return Math.max(0, nodeLimitOf(cluster) - coreAndTaskCount(cluster));
}

/** "No nodes can be added: …", with the limit in force and what the user can do about it. */
export function noScaleOutRoomText(cluster: ClusterFacts, t: Translate): string {
  const limit = nodeLimitOf(cluster);
  const has = coreAndTaskCount(cluster);
  if (isRaised(cluster)) {
    return t(
      'No nodes can be added: core and task nodes together are limited to {0}, the raised limit set for this cluster, and the cluster has {1}.',
      limit,
      has,
    );
  }
  if (has > limit) {
    return t(
      'No nodes can be added: the cluster has {1} core and task nodes, more than the default limit of {0}, so technical support raised its limit. Set the raised limit with the mrs.resize.maxNodes setting or mrs-resize --max-nodes to add nodes.',
      limit,
      has,
    );
  }
  return t(
    'No nodes can be added: core and task nodes together are limited to {0}, and the cluster has {1}. Technical support can raise the limit; then set it with the mrs.resize.maxNodes setting or mrs-resize --max-nodes.',
    limit,
    has,
  );
}

/** "Nodes that can be added: at most 497 here (…)": `instances` above the room of a scale-out, with the limit in force. */
export function scaleOutLimitText(cluster: ClusterFacts, t: Translate): string {
  const room = scaleOutRoom(cluster);
  if (room === 0) {
    return noScaleOutRoomText(cluster, t);
  }
  const limit = nodeLimitOf(cluster);
  const has = coreAndTaskCount(cluster);
  if (isRaised(cluster)) {
    return t(
      'Nodes that can be added: at most {0} here (core and task nodes together are limited to {1}, the raised limit set for this cluster, and the cluster has {2}).',
      room,
      limit,
      has,
    );
  }
  return t(
    'Nodes that can be added: at most {0} here (core and task nodes together are limited to {1}, and the cluster has {2}). Technical support can raise the limit; then set it with the mrs.resize.maxNodes setting or mrs-resize --max-nodes.',
    room,
    limit,
    has,
  );
}
