// A plan's change in one line, the same for every reader of a plan (the CLI's plan, the agent's
// tools): "analytics-prod: core 3 → 5 (scale out 2)".
import type { Translate } from '../translate';
import type { ResizeTarget } from './target';

/** "analytics-prod: core 3 → 5 (scale out 2)". */
export function planHeadline(target: ResizeTarget, t: Translate): string {
  const { clusterName: name, from, to } = target;
  const n = Math.abs(to - from);
  if (target.role === 'master') {
    // Master nodes are only ever added (the rules refuse their scale-in).
    return t('{0}: master {1} → {2} (scale out {3})', name, from, to, n);
  }
  if (target.scaleType === 'scale_out') {
    return target.role === 'core'
      ? t('{0}: core {1} → {2} (scale out {3})', name, from, to, n)
      : t('{0}: task {1} → {2} (scale out {3})', name, from, to, n);
  }
  return target.role === 'core'
    ? t('{0}: core {1} → {2} (scale in {3})', name, from, to, n)
    : t('{0}: task {1} → {2} (scale in {3})', name, from, to, n);
}
