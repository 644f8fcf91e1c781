// The one rule module of a resize (docs/ARCHITECTURE.md: one rule module): the webview form, the palette flow,
// the request-file problems and the operation's pre-flight all call checkResize.
// Facts: docs/mrs-api.md §3.5 and the resize doc 调整集群节点 (表4, 表6).
import type { Translate } from '../translate';
import type { ResizeCall } from '../api/resizeCall';
import { callKindFor } from './api';
import { buildBody, draftFromRequest, structureWrongType, wrongTypeProblem } from './body';
import { buildExpandBody, buildShrinkBody, draftFromV2, type BodyMember } from './v2Body';
import type { RequestDraft, WrongType } from './bodyReader';
import { checkV2, hostsNotRunningV2, v11Refusals } from './v2Rules';
import { scaleTypeInvalid, scaleTypeOf } from './alone';
import { checkCluster, checkSwitches, type CallFamily } from './clusterRules';
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
export { callKindFor, needsV2 } from './api';
// The call's name as the docs write it, for a way in that shows the call above its body (the form).
export { callTemplate } from '../api/resizeCall';
export { callKindOfMember, draftFromV2, v2PathOf } from './v2Body';
export type { BodyMember } from './v2Body';
export { taskHostsOfGroup } from './serverIds';
export { abnormalNodesOfGroup } from './v2Rules';
export { chosenNodeId, nodeChoiceOf, type NodeChoice, type NodeChoiceKind } from './nodeChoice';
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

function v11Rules(
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
  const problems = [
    ...servers.problems,
    ...task.problems,
    ...v11Refusals(draft, t),
    ...checkSwitches(cluster, draft, t),
  ];
  const build = (count: number): ResizeCall => ({
    kind: 'v1.1',
    body: buildBody(draft, {
      group,
      scaleType,
      instances: count,
      sendServerIds: servers.send,
      taskNodeInfo: task.info,
    }),
  });
  return { problems, build };
}

function v2Rules(
  input: ResizeInput,
  group: ResolvedGroup,
  scaleType: ScaleType,
  instances: number | undefined,
  t: Translate,
) {
  const kind = scaleType === 'scale_out' ? 'expand' : 'shrink';
  const v2 = checkV2(input, kind, group, instances, t);
  const problems = [...v2.problems, ...checkSwitches(input.cluster, input.draft, t)];
  const build = (count: number): ResizeCall => {
    const parts = { group, instances: count, resourceIds: v2.resourceIds };
    return kind === 'expand'
      ? { kind, body: buildExpandBody(input.draft, parts) }
      : { kind, body: buildShrinkBody(input.draft, parts) };
  };
  return { problems, build };
}

/** The calls a cluster takes, before its group is known: custom clusters only the v2 ones. */
function familyOf(cluster: ClusterFacts): CallFamily {
  return callKindFor(cluster, 'core', 'scale_out') === 'v1.1' ? 'v1.1' : 'v2';
}

/**
 * Checks a resize draft against the live cluster and builds the exact call: the v1.1 PUT, or the v2
 * expand or shrink for a custom cluster or a master group (api.ts). Never throws: every problem is a
 * problem with the path of the body field it is about (in the v1.1 body's terms, RESIZE_PATHS).
 * `call` is set only when no problem is an error.
 */
export function checkResize(input: ResizeInput, t: Translate): ResizeCheck {
  const { cluster, draft } = input;
  const scaleType = scaleTypeOf(draft);
  const resolution = resolveGroup(cluster, draft.group, t, scaleType);
  const group = resolution.group;
  const family = group
    ? callKindFor(cluster, group.role, scaleType ?? 'scale_out') === 'v1.1'
      ? 'v1.1'
      : 'v2'
    : familyOf(cluster);
  const problems: ResizeProblem[] = checkCluster(cluster, input.hosts, t, family);
  if (family === 'v2') {
    problems.push(...hostsNotRunningV2(cluster, input.hosts, t));
  }
  if (!scaleType) {
    problems.push(scaleTypeInvalid(t));
  }
  problems.push(...resolution.problems);
  const instances = checkInstances(cluster, group, scaleType, draft.instances, t);
  problems.push(...instances.problems);
  const limits = group ? instanceLimits(cluster, group) : undefined;
  const change =
    group && scaleType && instances.value !== undefined ? changeOf(group, scaleType, instances.value, t) : undefined;
  if (!group || !scaleType) {
    return { problems, group, limits, change, call: undefined };
  }
  const rest =
    family === 'v2'
      ? v2Rules(input, group, scaleType, instances.value, t)
      : v11Rules(input, group, scaleType, instances.value, t);
  problems.push(...rest.problems);
  const call = hasErrors(problems) || instances.value === undefined ? undefined : rest.build(instances.value);
  return { problems, group, limits, change, call };
}

export interface ResizeRequestInput {
  readonly cluster: ClusterFacts;
  readonly hosts?: readonly HostFacts[];
  /** A parsed request body, not yet trusted (a request file, a CLI argument). */
  readonly body: unknown;
  /** Which body it is: the v1.1 PUT's (`request`, the default) or a v2 `expand` or `shrink`. */
  readonly member?: BodyMember;
}

/** The draft of a body of any member, and the wrong type of its structure that stops every rule. */
export function draftOfBody(member: BodyMember, body: unknown): RequestDraft & { readonly structure?: WrongType } {
  if (member !== 'request') {
    const read = draftFromV2(member, body);
    const structure = read.wrongTypes.find((w) => w.path.length === 0);
    return structure ? { ...read, structure } : read;
  }
  const structure = structureWrongType(body);
  return { ...draftFromRequest(body), ...(structure ? { structure } : {}) };
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
  const { draft, wrongTypes, structure } = draftOfBody(input.member ?? 'request', input.body);
  if (structure) {
    const problems = [wrongTypeProblem(structure, t)];
    return { problems, group: undefined, limits: undefined, change: undefined, call: undefined, draft };
  }
  const check = checkResize({ cluster: input.cluster, hosts: input.hosts, draft }, t);
  if (wrongTypes.length === 0) {
    return { ...check, draft };
  }
  const problems = [...wrongTypes.map((i) => wrongTypeProblem(i, t)), ...check.problems];
  return { ...check, draft, problems, call: undefined };
}
