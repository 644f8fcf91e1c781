// Translated names of model values, for the tree and for sentences alike: a message embeds the
// state as the MRS console names it (zh-cn 启动中), never the raw `clusterState` ("starting").
import type { Translate } from '../translate';
import type { ClusterState, NodeGroupRole } from './cluster';

/** A node group's role as the console names it: Master, Core, Task. */
export function roleLabel(role: NodeGroupRole, t: Translate): string {
  switch (role) {
    case 'master':
      return t('Master');
    case 'core':
      return t('Core');
    case 'task':
      return t('Task');
  }
}

/** The state as the MRS console names it. */
export function stateLabel(state: ClusterState, t: Translate): string {
  switch (state) {
    case 'running':
      return t('running');
    case 'starting':
      return t('starting');
    case 'scaling-out':
      return t('scaling out');
    case 'scaling-in':
      return t('scaling in');
    case 'terminating':
      return t('terminating');
    case 'abnormal':
      return t('abnormal');
    case 'failed':
      return t('failed');
    case 'frozen':
      return t('frozen');
    case 'terminated':
      return t('terminated');
    case 'unknown':
      return t('unknown');
  }
}

/**
 * A host's ECS status as the ECS console names it (zh-cn ACTIVE 运行中, SHUTOFF 已关机, ERROR 故障; the
 * English keeps the status as ECS writes it); any other status as it is.
 */
export function hostStatusText(status: string | undefined, t: Translate): string {
  switch (status) {
    case undefined:
      return t('unknown');
    case 'ACTIVE':
      return t('ACTIVE');
    case 'SHUTOFF':
      return t('SHUTOFF');
    case 'ERROR':
      return t('ERROR');
    default:
      return status;
  }
}

/** The state of a cluster for a sentence: its label, or the raw text of a state the model does not know. */
export function clusterStateText(cluster: { readonly state: ClusterState; readonly stateText: string }, t: Translate) {
  return cluster.state === 'unknown' && cluster.stateText.trim() !== ''
    ? cluster.stateText
    : stateLabel(cluster.state, t);
}

/**
 * What a resize in progress is doing, for a sentence: "scaling out" from the state or from `scale`
 * (docs/mrs-api.md §4.2); other `scale` values (`scaling-up`…) have no console name and stay as sent.
 */
export function resizeStatusText(
  cluster: { readonly state: ClusterState; readonly stateText: string; readonly scale?: string | undefined },
  t: Translate,
): string {
  if (cluster.state === 'scaling-out' || cluster.state === 'scaling-in') {
    return stateLabel(cluster.state, t);
  }
  const scale = cluster.scale ?? '';
  return scale === 'scaling-out' || scale === 'scaling-in'
    ? stateLabel(scale, t)
    : scale || clusterStateText(cluster, t);
}
