// The cluster-dependent rules of the v1.1 resize (docs/mrs-api.md §3.5, resize doc 表4 and 表9): the
// cluster as a whole (clusterChecks.ts), node group, task_node_info, the 500-node limit, the quota and subnet,
// 3 core nodes minimum with no core group emptied, server_ids.
import { countNodes, type ClusterRecord, type NodeGroupRecord } from '../model';
import { checkCluster } from './clusterChecks';
import type { ZhValues } from './messagesZh';
import { checkQuota, UNLIMITED_HEADROOM, type Headroom } from './quota';
import type { ResizePlan } from './resizeJob';
import { resizeError, type Parsed, type ResizeRequest, type TaskNodeInfo } from './resizeParams';

export const MAX_CORE_AND_TASK_NODES = 500;
export const MIN_CORE_NODES = 3;

type Target = { kind: 'existing'; group: NodeGroupRecord } | { kind: 'newTask'; groupName: string };

const fail = (code: string, msg: string, values?: ZhValues): Parsed<never> => ({
  ok: false,
  reply: resizeError(code, msg, values),
});

function conventionalTaskName(c: ClusterRecord): string {
  return c.clusterType === 1 ? 'task_node_streaming_group' : 'task_node_analysis_group';
}

/** '' and `core_node_default_group` mean the core group; `task_node_default_group` the task group. */
function resolveGroup(c: ClusterRecord, name: string): Parsed<Target> {
  const firstTask = c.groups.find((g) => g.role === 'task');
  if (name === '' || name === 'core_node_default_group') {
    const core = c.groups.find((g) => g.role === 'core');
    return core
      ? { ok: true, value: { kind: 'existing', group: core } }
      : fail('12000002', 'Invalid parameter: the cluster has no core node group.');
  }
  if (name === 'task_node_default_group' && firstTask) {
    return { ok: true, value: { kind: 'existing', group: firstTask } };
  }
  const exact = c.groups.find((g) => g.groupName === name);
  if (exact?.role === 'master') {
    return fail('12000054', 'Operation not supported: master nodes cannot be scaled out or in with this API.');
  }
  if (exact) {
    return { ok: true, value: { kind: 'existing', group: exact } };
  }
  if (!firstTask && (name === 'task_node_default_group' || name === conventionalTaskName(c))) {
    return { ok: true, value: { kind: 'newTask', groupName: conventionalTaskName(c) } };
  }
  return fail('12000002', `Invalid parameter: node_group "${name}" does not exist in cluster ${c.clusterId}.`);
}

function groupFrom(name: string, info: TaskNodeInfo): NodeGroupRecord {
  return {
    groupName: name,
    role: 'task',
    nodeNum: 0,
    nodeSize: info.nodeSize,
    rootVolumeSize: 480,
    rootVolumeType: 'SAS',
    dataVolumeType: info.dataVolumeType,
    dataVolumeCount: info.dataVolumeCount,
    dataVolumeSize: info.dataVolumeSize,
  };
}

function planScaleOut(
  c: ClusterRecord,
  req: ResizeRequest,
  target: Target,
  headroom: Headroom,
  nodeLimit: number,
): Parsed<ResizePlan> {
  const info = req.taskNodeInfo;
  if (target.kind === 'newTask' && !info) {
    return fail(
      '12000002',
      'Invalid parameter: task_node_info is required because the cluster has no task node group.',
    );
  }
  const current = countNodes(c, 'core') + countNodes(c, 'task');
  if (current + req.instances > nodeLimit) {
    return fail(
      '12000028',
      `The cluster can have at most ${nodeLimit} Core and Task nodes (it has ${current}; at most ${Math.max(0, nodeLimit - current)} can be added).`,
      { n: nodeLimit },
    );
  }
  const groupName = target.kind === 'newTask' ? target.groupName : target.group.groupName;
  const plan: ResizePlan = {
    direction: 'out',
    groupName,
    count: req.instances,
    removeIds: [],
    api: 'v1.1',
    skipBootstrapScripts: req.skipBootstrapScripts,
  };
  if (info && target.kind === 'newTask') {
    plan.newGroup = groupFrom(groupName, info);
  } else if (info && target.kind === 'existing' && target.group.role === 'task') {
    plan.redefineGroup = groupFrom(groupName, info);
  }
  const shape = plan.newGroup ?? plan.redefineGroup ?? (target.kind === 'existing' ? target.group : undefined);
  const quotaCheck = shape ? checkQuota(headroom, shape, req.instances) : { ok: true as const, value: true };
  return quotaCheck.ok ? { ok: true, value: plan } : quotaCheck;
}

/** The emulator's own choice when no server_ids are given: non-ACTIVE hosts first, then the newest. */
function pickVictims(c: ClusterRecord, group: NodeGroupRecord, n: number): string[] {
  return c.hosts
    .filter((h) => h.groupName === group.groupName)
    .sort((a, b) => Number(a.status === 'ACTIVE') - Number(b.status === 'ACTIVE') || b.seq - a.seq)
    .slice(0, n)
    .map((h) => h.id);
}

function checkServerIds(c: ClusterRecord, group: NodeGroupRecord, req: ResizeRequest): Parsed<string[]> {
  if (req.serverIds.length !== req.instances) {
    return fail(
      '12000002',
      `Invalid parameter: server_ids names ${req.serverIds.length} nodes but instances is ${req.instances}.`,
    );
  }
  if (new Set(req.serverIds).size !== req.serverIds.length) {
    return fail('12000002', 'Invalid parameter: server_ids contains duplicates.');
  }
  const own = new Set(c.hosts.filter((h) => h.groupName === group.groupName).map((h) => h.id));
  const stranger = req.serverIds.find((id) => !own.has(id));
  if (stranger !== undefined) {
    return fail(
      '12000013',
      `Failed to scale in cluster ${c.clusterId}: task node ${stranger} does not exist in node group ${group.groupName}.`,
      { cluster: c.clusterId },
    );
  }
  return { ok: true, value: req.serverIds };
}

/**
 * Doc: "缩容时Core节点数大于3": at least `min` (3) core nodes in the cluster afterwards, and no core group
 * emptied. The v2 shrink of a custom cluster applies its own minimum (v2Rules.ts).
 */
export function checkCoreMinimum(
  c: ClusterRecord,
  g: NodeGroupRecord,
  instances: number,
  min = MIN_CORE_NODES,
): Parsed<true> {
  const cores = countNodes(c, 'core');
  if (cores - instances < min) {
    return fail(
      '12000013',
      `Failed to scale in cluster ${c.clusterId}: Core nodes, ${instances} requested; at least ${min} Core nodes must remain in the cluster (it has ${cores}).`,
      { cluster: c.clusterId },
    );
  }
  if (g.nodeNum - instances < 1) {
    return fail(
      '12000013',
      `Failed to scale in cluster ${c.clusterId}: Core nodes, ${instances} requested; node group ${g.groupName} has ${g.nodeNum} and cannot be emptied.`,
      { cluster: c.clusterId },
    );
  }
  return { ok: true, value: true };
}

function planScaleIn(c: ClusterRecord, req: ResizeRequest, target: Target): Parsed<ResizePlan> {
  if (target.kind === 'newTask') {
    return fail('12000013', `Failed to scale in cluster ${c.clusterId}: the task node does not exist.`, {
      cluster: c.clusterId,
    });
  }
  const g = target.group;
  const core = g.role === 'core' ? checkCoreMinimum(c, g, req.instances) : { ok: true as const, value: true };
  if (!core.ok) {
    return core;
  }
  if (g.role === 'task' && req.instances > g.nodeNum) {
    return fail(
      '12000013',
      `Failed to scale in cluster ${c.clusterId}: Task nodes, ${req.instances} requested; node group ${g.groupName} has ${g.nodeNum}.`,
      { cluster: c.clusterId },
    );
  }
  // server_ids only matter for a task scale-in (doc 表4); for core groups the server picks.
  const ids =
    g.role === 'task' && req.serverIds.length > 0
      ? checkServerIds(c, g, req)
      : { ok: true as const, value: pickVictims(c, g, req.instances) };
  if (!ids.ok) {
    return ids;
  }
  return {
    ok: true,
    value: { direction: 'in', groupName: g.groupName, count: req.instances, removeIds: ids.value, api: 'v1.1' },
  };
}

/**
 * Applies the cluster-dependent rules to a parsed request; the plan is what the job will do. `nodeLimit`:
 * the core + task limit (500, or as technical support raised it).
 */
export function planResize(
  c: ClusterRecord,
  req: ResizeRequest,
  headroom: Headroom = UNLIMITED_HEADROOM,
  nodeLimit = MAX_CORE_AND_TASK_NODES,
): Parsed<ResizePlan> {
  const cluster = checkCluster(c, req);
  if (!cluster.ok) {
    return cluster;
  }
  const target = resolveGroup(c, req.nodeGroup);
  if (!target.ok) {
    return target;
  }
  if (req.taskNodeInfo && countNodes(c, 'task') > 0) {
    return fail('12000002', 'Invalid parameter: task_node_info can only be given when the cluster has no task nodes.');
  }
  return req.scaleType === 'scale_out'
    ? planScaleOut(c, req, target.value, headroom, nodeLimit)
    : planScaleIn(c, req, target.value);
}
