// The rules a draft can be checked by without its cluster (a request file offline, `mrs-resize check`):
// the same rule functions checkResize calls, minus those that read cluster facts.
import type { Translate } from '../translate';
import { checkSwitches } from './clusterRules';
import { problemOf, RESIZE_PATHS } from './problem';
import type { ClusterFacts } from './facts';
import { masterScaleIn } from './group';
import { checkInstancesValue } from './limits';
import { duplicates, ignoredOnScaleOut } from './serverIds';
import { checkTaskNodeInfoFields } from './taskNodeInfo';
import { MASTER_GROUP_NAME, type ResizeProblem, type ResizeDraft, type ScaleType } from './types';

export function scaleTypeOf(draft: ResizeDraft): ScaleType | undefined {
  return draft.scaleType === 'scale_out' || draft.scaleType === 'scale_in' ? draft.scaleType : undefined;
}

export function scaleTypeInvalid(t: Translate): ResizeProblem {
  return problemOf('error', RESIZE_PATHS.scaleType, 'scaleType.invalid', t('Choose scale out or scale in.'));
}

/** A cluster with no groups and no version: only the rules that hold for every cluster can fire. */
const NO_CLUSTER: ClusterFacts = {
  id: '',
  name: '',
  state: 'running',
  stateText: 'running',
  billing: { mode: 'payPerUse' },
  nodeGroups: [],
};

/** A master group's scale-in is refused on every cluster: the one group problem that needs no facts. */
function masterGroup(draft: ResizeDraft, t: Translate): ResizeProblem[] {
  const name = typeof draft.group === 'string' ? draft.group.trim() : '';
  return draft.scaleType === 'scale_in' && MASTER_GROUP_NAME.test(name) ? [...masterScaleIn(t).problems] : [];
}

/**
 * The problems of checkResize that hold whatever the cluster: scale type, `instances` as a positive
 * integer, a master group's scale-in, the fields of a given task_node_info, duplicate or ignored server_ids and
 * switches ignored on a scale-in. Limits, groups, hosts and cluster state need checkResize.
 */
export function checkDraftAlone(draft: ResizeDraft, t: Translate): ResizeProblem[] {
  const scaleType = scaleTypeOf(draft);
  const found = [...(scaleType ? [] : [scaleTypeInvalid(t)]), ...masterGroup(draft, t)];
  found.push(...checkInstancesValue(draft.instances, t));
  if (draft.serverIds && draft.serverIds.length > 0) {
    found.push(...(scaleType === 'scale_out' ? [ignoredOnScaleOut(t)] : duplicates(draft.serverIds, t)));
  }
  if (draft.taskNodeInfo) {
    found.push(...checkTaskNodeInfoFields(draft.taskNodeInfo, t));
  }
  return [...found, ...checkSwitches(NO_CLUSTER, draft, t)];
}
