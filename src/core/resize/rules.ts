// The one rule module of a resize (docs/ARCHITECTURE.md: one rule module): the webview form, the palette flow,
// the request-file problems and the operation's pre-flight all call checkResize.
// Facts: docs/mrs-api.md §3.5 and the resize doc 调整集群节点 (表4, 表6).
import type { Translate } from '../translate';
import { buildBody, draftFromRequest, structureWrongType, wrongTypeProblem } from './body';
import { scaleTypeInvalid, scaleTypeOf } from './alone';
import { checkCluster, checkSwitches } from './clusterRules';
import type { ClusterFacts, HostFacts } from './facts';
import { resolveGroup } from './group';
import { changeOf, checkInstances, instanceLimits } from './limits';
import { checkServerIds } from './serverIds';
import { checkTaskNodeInfo } from './taskNodeInfo';
import {
  hasErrors,
  type ResizeCheck,
  type ResizeProblem,
  type ResizeDraft,
  type ResolvedGroup,
  type ScaleType,
} from './types';

export * from './types';
export * from './codes';
export { clusterFactsOf, hostFactsOf, nodeGroupFactsOf } from './facts';
export type { ClusterFacts, ClusterReading, DataVolumeFacts, HostFacts, NodeGroupFacts } from './facts';
// buildBody stays internal: a body comes from checkResize, after the rules.
export { RESIZE_NODE_ID, draftFromRequest, structureWrongType, wrongTypeProblem } from './body';
export type { RequestDraft, RequestFieldType, WrongType } from './body';
export { RESIZE_PATHS, formatPath, isPathWithin } from './problem';
export { coreScaleInBound, currentCount, describeChange, instanceLimits, parseInstances } from './limits';
export type { CoreScaleInBound } from './limits';
export { isGroupAlias, resolveGroup } from './group';
export { taskHostsOfGroup } from './serverIds';
export { NAMED_HOSTS, hostListText, hostText, listText } from './hostText';
export { taskNodeInfoDefaults } from './taskNodeInfo';
export { canScale, scaleBlocker } from './canScale';
export { hasBootstrapActions } from './clusterRules';
export { nodeLimitFor, nodeLimitOf, readingWithNodeLimit, withNodeLimit } from './nodeLimit';
export { checkDraftAlone } from './alone';

export interface ResizeInput {
  /** Live cluster facts; a full Cluster of the model will do. */
  readonly cluster: ClusterFacts;
  /** The cluster's hosts, when read: needed to check `server_ids` and host states. */
  readonly hosts?: readonly HostFacts[];
  readonly draft: ResizeDraft;
}

function directionRules(
  input: ResizeInput,
  group: ResolvedGroup,
  scaleType: ScaleType,
  instances: number | undefined,
  t: Translate,
) {
  const { cluster, hosts, draft } = input;
  const taskGroups = cluster.nodeGroups.filter((g) => g.role === 'task').length;
  const servers = checkServerIds(draft.serverIds, scaleType, group, instances, hosts, t, taskGroups);
  const task = checkTaskNodeInfo(cluster, group, scaleType, draft.taskNodeInfo, t);
  const problems = [...servers.problems, ...task.problems, ...checkSwitches(cluster, draft, t)];
  return { problems, sendServerIds: servers.send, taskNodeInfo: task.info };
}

/**
 * Checks a resize draft against the live cluster and builds the exact request body.
 * Never throws: every problem is a problem with the path of the body field it is about.
 * `body` is set only when no problem is an error.
 */
export function checkResize(input: ResizeInput, t: Translate): ResizeCheck {
  const { cluster, draft } = input;
  const scaleType = scaleTypeOf(draft);
  const problems: ResizeProblem[] = checkCluster(cluster, input.hosts, t);
  if (!scaleType) {
    problems.push(scaleTypeInvalid(t));
  }
  const resolution = resolveGroup(cluster, draft.group, t, scaleType);
  const group = resolution.group;
  problems.push(...resolution.problems);
  const instances = checkInstances(cluster, group, scaleType, draft.instances, t);
  problems.push(...instances.problems);
  const limits = group ? instanceLimits(cluster, group) : undefined;
  const change =
    group && scaleType && instances.value !== undefined ? changeOf(group, scaleType, instances.value, t) : undefined;
  if (!group || !scaleType) {
    return { problems, group, limits, change, body: undefined };
  }
  const rest = directionRules(input, group, scaleType, instances.value, t);
  problems.push(...rest.problems);
  const body =
    hasErrors(problems) || instances.value === undefined
      ? undefined
      : buildBody(draft, {
          group,
          scaleType,
          instances: instances.value,
          sendServerIds: rest.sendServerIds,
          taskNodeInfo: rest.taskNodeInfo,
        });
  return { problems, group, limits, change, body };
}

export interface ResizeRequestInput {
  readonly cluster: ClusterFacts;
  readonly hosts?: readonly HostFacts[];
  /** A parsed request body, not yet trusted (a request file, a CLI argument). */
  readonly body: unknown;
}

/** checkResize of the draft a request body asks for; its wrong-typed fields come first as errors. */
export interface ResizeRequestCheck extends ResizeCheck {
  readonly draft: ResizeDraft;
}

/**
 * Reads a request body and checks it: `body` is set only when the request has no wrong type nor error.
 * A body (or `parameters`) that is not an object gets that one problem and no rule.
 */
export function checkResizeRequest(input: ResizeRequestInput, t: Translate): ResizeRequestCheck {
  const { draft, wrongTypes } = draftFromRequest(input.body);
  const structure = structureWrongType(input.body);
  if (structure) {
    const problems = [wrongTypeProblem(structure, t)];
    return { problems, group: undefined, limits: undefined, change: undefined, body: undefined, draft };
  }
  const check = checkResize({ cluster: input.cluster, hosts: input.hosts, draft }, t);
  if (wrongTypes.length === 0) {
    return { ...check, draft };
  }
  const problems = [...wrongTypes.map((i) => wrongTypeProblem(i, t)), ...check.problems];
  return { ...check, draft, problems, body: undefined };
}
