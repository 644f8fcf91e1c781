// The one rule module of a resize (docs/ARCHITECTURE.md: one rule module): the webview form, the palette flow,
// the request-file diagnostics and the operation's pre-flight all call checkResize.
// Facts: docs/mrs-api.md §3.5 and the resize doc 调整集群节点 (表4, 表6).
import type { Translate } from '../translate';
import { buildBody, draftFromRequest, requestIssueDiagnostic } from './body';
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
  type ResizeDiagnostic,
  type ResizeDraft,
  type ResolvedGroup,
  type ScaleType,
} from './types';

export * from './types';
export * from './codes';
export { clusterFactsOf, hostFactsOf, nodeGroupFactsOf } from './facts';
export type { ClusterFacts, DataVolumeFacts, HostFacts, NodeGroupFacts } from './facts';
// buildBody stays internal: a body comes from checkResize, after the rules.
export { RESIZE_NODE_ID, draftFromRequest, requestIssueDiagnostic } from './body';
export type { RequestDraft, RequestFieldType, RequestIssue } from './body';
export { RESIZE_PATHS, formatPath, isPathWithin } from './diagnostic';
export { coreScaleInBound, currentCount, describeChange, instanceLimits, parseInstances } from './limits';
export type { CoreScaleInBound } from './limits';
export { isGroupAlias, resolveGroup } from './group';
export { taskHostsOfGroup } from './serverIds';
export { NAMED_HOSTS, hostListText, hostText, listText } from './hostText';
export { taskNodeInfoDefaults } from './taskNodeInfo';
export { canScale, scaleBlocker } from './canScale';
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
  const diagnostics = [...servers.diagnostics, ...task.diagnostics, ...checkSwitches(cluster, draft, t)];
  return { diagnostics, sendServerIds: servers.send, taskNodeInfo: task.info };
}

/**
 * Checks a resize draft against the live cluster and builds the exact request body.
 * Never throws: every finding is a diagnostic with the path of the body field it is about.
 * `body` is set only when no diagnostic is an error.
 */
export function checkResize(input: ResizeInput, t: Translate): ResizeCheck {
  const { cluster, draft } = input;
  const scaleType = scaleTypeOf(draft);
  const diagnostics: ResizeDiagnostic[] = checkCluster(cluster, input.hosts, t);
  if (!scaleType) {
    diagnostics.push(scaleTypeInvalid(t));
  }
  const resolution = resolveGroup(cluster, draft.group, t);
  const group = resolution.group;
  diagnostics.push(...resolution.diagnostics);
  const instances = checkInstances(cluster, group, scaleType, draft.instances, t);
  diagnostics.push(...instances.diagnostics);
  const limits = group ? instanceLimits(cluster, group) : undefined;
  const change =
    group && scaleType && instances.value !== undefined ? changeOf(group, scaleType, instances.value, t) : undefined;
  if (!group || !scaleType) {
    return { diagnostics, group, limits, change, body: undefined };
  }
  const rest = directionRules(input, group, scaleType, instances.value, t);
  diagnostics.push(...rest.diagnostics);
  const body =
    hasErrors(diagnostics) || instances.value === undefined
      ? undefined
      : buildBody(draft, {
          group,
          scaleType,
          instances: instances.value,
          sendServerIds: rest.sendServerIds,
          taskNodeInfo: rest.taskNodeInfo,
        });
  return { diagnostics, group, limits, change, body };
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

/** Reads a request body and checks it: `body` is set only when the request has no issue nor error. */
export function checkResizeRequest(input: ResizeRequestInput, t: Translate): ResizeRequestCheck {
  const { draft, issues } = draftFromRequest(input.body);
  const check = checkResize({ cluster: input.cluster, hosts: input.hosts, draft }, t);
  if (issues.length === 0) {
    return { ...check, draft };
  }
  const diagnostics = [...issues.map((i) => requestIssueDiagnostic(i, t)), ...check.diagnostics];
  return { ...check, draft, diagnostics, body: undefined };
}
