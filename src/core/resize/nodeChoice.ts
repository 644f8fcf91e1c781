// Which nodes a scale-in may name, for the ways in that offer the choice (the form, the palette): the
// task hosts of a group the v1.1 PUT resizes (`server_ids`), or the abnormal nodes of a group the v2
// shrink resizes (`resource_ids`, force-deleted), offered only when it has some. None for a master group.
import { needsV2 } from './api';
import type { ClusterFacts, HostFacts } from './facts';
import { taskHostsOfGroup } from './serverIds';
import type { ScaleType } from './types';
import { abnormalNodesOfGroup } from './v2Rules';

/** The draft field the chosen nodes go to. */
export type NodeChoiceKind = 'serverIds' | 'resourceIds';

export interface NodeChoice<H extends HostFacts> {
  readonly kind: NodeChoiceKind;
  readonly hosts: readonly H[];
}

/** The nodes a scale-in of this group may name, or undefined when it names none (MRS chooses). */
export function nodeChoiceOf<H extends HostFacts>(
  cluster: ClusterFacts,
  hosts: readonly H[],
  groupName: string,
  scaleType: ScaleType | undefined,
): NodeChoice<H> | undefined {
  if (scaleType !== 'scale_in') {
    return undefined;
  }
  const role = cluster.nodeGroups.find((g) => g.name === groupName)?.role;
  if (role === undefined || role === 'master') {
    return undefined;
  }
  if (needsV2(cluster, role)) {
    const abnormal = abnormalNodesOfGroup(cluster, hosts, groupName);
    return abnormal.length > 0 ? { kind: 'resourceIds', hosts: abnormal } : undefined;
  }
  if (role !== 'task') {
    return undefined;
  }
  const taskGroups = cluster.nodeGroups.filter((g) => g.role === 'task').length;
  return { kind: 'serverIds', hosts: taskHostsOfGroup(hosts, groupName, taskGroups) };
}

/** The id a chosen node is sent by: its resource id in `resource_ids`, its ECS id in `server_ids`. */
export function chosenNodeId(host: HostFacts, kind: NodeChoiceKind): string {
  return kind === 'resourceIds' ? (host.resourceId ?? host.id) : host.id;
}
