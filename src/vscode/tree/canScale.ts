// Stand-in until src/core/resize provides canScale (the rules' own answer): whether one node can be
// added to or removed from a group now. Same signature, so the switch is an import.
import { countByRole, isScaling, isYearlyMonthly } from '../../core/model/cluster';
import type { ClusterFacts } from '../../core/resize/facts';
import { MAX_CORE_AND_TASK_NODES, MIN_CORE_NODES, type ScaleType } from '../../core/resize/types';

function hasRoom(cluster: ClusterFacts, groupName: string, scaleType: ScaleType): boolean {
  const group = cluster.nodeGroups.find((g) => g.name === groupName);
  if (!group || group.role === 'master') {
    return false;
  }
  if (scaleType === 'scale_out') {
    return countByRole(cluster.nodeGroups, 'core') + countByRole(cluster.nodeGroups, 'task') < MAX_CORE_AND_TASK_NODES;
  }
  // Core: 3 core nodes stay in the cluster and no core group is emptied; task: down to 0.
  return group.role === 'task'
    ? group.nodeCount > 0
    : group.nodeCount > 1 && countByRole(cluster.nodeGroups, 'core') > MIN_CORE_NODES;
}

/** True when at least one node can be added (scale_out) or removed (scale_in) now. */
export function canScale(cluster: ClusterFacts, groupName: string, scaleType: ScaleType): boolean {
  const open = cluster.state === 'running' && !isScaling(cluster) && !isYearlyMonthly(cluster);
  return open && hasRoom(cluster, groupName, scaleType);
}
