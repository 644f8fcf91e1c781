// Which call resizes a group (docs/mrs-api.md §3.5, §3.6): the v1.1 PUT serves the core and task groups
// of analysis, streaming and hybrid clusters ("只支持流式、分析和混合集群，不支持自定义集群"); a custom
// cluster and any master group need the v2 expand (scale-out) or shrink (scale-in).
import type { ResizeCallKind } from '../api/resizeCall';
import { isCustomCluster, type NodeGroupRole } from '../model/cluster';
import type { ClusterFacts } from './facts';
import type { ScaleType } from './types';

/** True when the v2 calls resize this group of this cluster. */
export function needsV2(cluster: Pick<ClusterFacts, 'clusterType'>, role: NodeGroupRole): boolean {
  return isCustomCluster(cluster) || role === 'master';
}

/** The call that resizes this group of this cluster in this direction. */
export function callKindFor(
  cluster: Pick<ClusterFacts, 'clusterType'>,
  role: NodeGroupRole,
  scaleType: ScaleType,
): ResizeCallKind {
  if (!needsV2(cluster, role)) {
    return 'v1.1';
  }
  return scaleType === 'scale_out' ? 'expand' : 'shrink';
}
