// Is a plan still true? Checked by the lifecycle on a fresh reading right before the PUT, under the
// cluster's lock: the state and the count the plan expects (kubectl scale --current-replicas), then
// the rules again on the same draft, which must give exactly the planned body.
import { isDeepStrictEqual } from 'node:util';
import { clusterStateText } from '../model/labels';
import type { ClusterReading } from '../resize/facts';
import { readingWithNodeLimit } from '../resize/nodeLimit';
import { checkResize } from '../resize/rules';
import type { Translate } from '../translate';
import type { ReadyPlan } from './plan';
import { countOfTarget } from './target';

function groupChanged(plan: ReadyPlan, reading: ClusterReading, t: Translate): string | undefined {
  const { group } = plan.expect;
  const now = countOfTarget(reading.facts, { groupName: group.name, role: group.role });
  if (now === group.nodeCount) {
    return undefined;
  }
  switch (group.role) {
    case 'master':
      return t('Master node group {0} now has {1} nodes; the plan was made at {2}.', group.name, now, group.nodeCount);
    case 'core':
      return t('Core node group {0} now has {1} nodes; the plan was made at {2}.', group.name, now, group.nodeCount);
    case 'task':
      return t('Task node group {0} now has {1} nodes; the plan was made at {2}.', group.name, now, group.nodeCount);
  }
}

/**
 * Why the plan no longer holds on this reading, one sentence each ("Core node group core_node_analysis_group
 * now has 6 nodes; the plan was made at 5."); empty when it still does.
 */
export function staleReasons(plan: ReadyPlan, fresh: ClusterReading, t: Translate): string[] {
  const reasons: string[] = [];
  // The raised limit the plan was made with (the order's) holds for the fresh reading too.
  const reading = readingWithNodeLimit(fresh, plan.reading?.facts.maxCoreAndTaskNodes);
  const { facts, hosts } = reading;
  if (facts.state !== plan.expect.state) {
    reasons.push(
      t(
        'The cluster is now {0}; the plan was made when it was {1}.',
        clusterStateText(facts, t),
        clusterStateText(plan.expect, t),
      ),
    );
  }
  const group = groupChanged(plan, reading, t);
  if (group) {
    reasons.push(group);
  }
  const check = checkResize({ cluster: facts, hosts, draft: plan.draft }, t);
  const errors = check.problems.filter((p) => p.severity === 'error').map((p) => p.message);
  reasons.push(...errors.filter((e) => !reasons.includes(e)));
  if (reasons.length === 0 && !isDeepStrictEqual(check.call, plan.call)) {
    reasons.push(t('On the cluster as it is now, the request would be different from the plan.'));
  }
  return reasons;
}
