// The plan's warning when a way in showed another count than the cluster has now: the change is
// confirmed as it now is (ResizeOrder.shown).
import { placeAt } from '../requests/place';
import type { Translate } from '../translate';
import type { PlanProblem, ResizeOrder } from './plan';
import type { ResizeTarget } from './target';

/** The way in showed another count than the cluster has now: one warning, on the instances. */
export function changedSinceShown(order: ResizeOrder, target: ResizeTarget, t: Translate): PlanProblem[] {
  if (order.shown === undefined || order.shown.from === target.from) {
    return [];
  }
  const message = t(
    'The node group now has {0} nodes, not {1} as shown: the change is {2} → {3}.',
    target.from,
    order.shown.from,
    target.from,
    target.to,
  );
  const path = 'draft' in order.ask ? ['parameters', 'instances'] : ['request', 'parameters', 'instances'];
  const placed = 'file' in order.ask ? placeAt(order.ask.file.root, path) : undefined;
  const at = placed ? { offset: placed.offset, length: placed.length } : {};
  return [{ severity: 'warning', code: 'cluster.changedSinceShown', message, path, ...at }];
}
