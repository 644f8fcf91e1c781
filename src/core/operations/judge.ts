// What one reading of the cluster means for a resize being followed (docs/mrs-api.md §4.4, §6.4).
// A failed resize also returns to `running`, and right after the PUT the cluster may still read
// `running` with the old count: success needs the change to have been seen and the target count.
import type { Translate } from '../translate';
import { clusterStateText } from '../model/labels';
import { hasScaleError, isScaleInProgress, type Cluster } from '../model/cluster';
import { describeChange } from '../resize/limits';
import { changeVisible, countOfTarget, type ClusterBefore, type ResizeTarget } from '../plan/target';

export type EndReason =
  'succeeded' | 'scaleError' | 'wrongCount' | 'clusterFailed' | 'clusterAbnormal' | 'clusterDeleted' | 'noChange';

export type Verdict =
  | { readonly kind: 'continue'; readonly changeSeen: boolean }
  | {
      readonly kind: 'end';
      readonly status: 'succeeded' | 'failed';
      readonly reason: EndReason;
      readonly message: string;
    };

export interface JudgeMemo {
  /** The change was seen in an earlier reading. */
  readonly changeSeen: boolean;
  /** The grace period for "no change seen yet" is over. */
  readonly graceOver: boolean;
  readonly graceMinutes: number;
  /**
   * MRS answered the PUT with 200. Then a cluster that reads `scaling-error` after the grace period
   * failed again (with the same reason as before); without an answer, nothing proves it started.
   */
  readonly accepted?: boolean;
}

/** The failure reason MRS gives: errorInfo, else stageDesc, else the state. */
function failureDetail(cluster: Cluster): string {
  return cluster.errorInfo?.trim() || cluster.stageDesc?.trim() || cluster.scale || cluster.stateText;
}

function ended(status: 'succeeded' | 'failed', reason: EndReason, message: string): Verdict {
  return { kind: 'end', status, reason, message };
}

function stateVerdict(cluster: Cluster, target: ResizeTarget, t: Translate): Verdict | undefined {
  const name = target.clusterName;
  if (cluster.state === 'failed') {
    return ended(
      'failed',
      'clusterFailed',
      t('Resize of {0} stopped: the cluster is {1}. {2}', name, clusterStateText(cluster, t), failureDetail(cluster)),
    );
  }
  if (cluster.state === 'abnormal') {
    return ended(
      'failed',
      'clusterAbnormal',
      t('Resize of {0} stopped: the cluster is {1}. {2}', name, clusterStateText(cluster, t), failureDetail(cluster)),
    );
  }
  if (cluster.state === 'terminating' || cluster.state === 'terminated') {
    return ended('failed', 'clusterDeleted', t('Resize of {0} stopped: the cluster is being deleted.', name));
  }
  return undefined;
}

function settledVerdict(cluster: Cluster, target: ResizeTarget, t: Translate): Verdict {
  const name = target.clusterName;
  if (hasScaleError(cluster)) {
    return ended('failed', 'scaleError', t('Resize of {0} failed: {1}', name, failureDetail(cluster)));
  }
  const count = countOfTarget(cluster, target);
  if (count === target.to) {
    return ended(
      'succeeded',
      'succeeded',
      t('Resize of {0} succeeded: {1}.', name, describeChange(target.role, target.from, target.to, t)),
    );
  }
  const message = t(
    'Resize of {0} ended with a node count of {1} in node group {2} instead of {3}.',
    name,
    count,
    target.groupName,
    target.to,
  );
  return ended('failed', 'wrongCount', message);
}

/**
 * The verdict on one reading. `before` is the reading taken before the request (when known), so
 * that an old `scaling-error` left by an earlier resize is not taken for this one's change.
 */
export function judgeReading(
  cluster: Cluster,
  target: ResizeTarget,
  memo: JudgeMemo,
  t: Translate,
  before?: ClusterBefore,
): Verdict {
  const changeSeen = memo.changeSeen || changeVisible(before, cluster, target);
  const byState = stateVerdict(cluster, target, t);
  if (byState) {
    return byState;
  }
  if (cluster.state !== 'running' || isScaleInProgress(cluster.scale)) {
    return { kind: 'continue', changeSeen };
  }
  if (changeSeen) {
    return settledVerdict(cluster, target, t);
  }
  if (!memo.graceOver) {
    return { kind: 'continue', changeSeen };
  }
  if (memo.accepted && hasScaleError(cluster)) {
    return ended('failed', 'scaleError', t('Resize of {0} failed: {1}', target.clusterName, failureDetail(cluster)));
  }
  const message = t(
    'No change was seen on {0} within {1} minutes: the resize probably did not start. Check the cluster before retrying.',
    target.clusterName,
    memo.graceMinutes,
  );
  return ended('failed', 'noChange', message);
}
