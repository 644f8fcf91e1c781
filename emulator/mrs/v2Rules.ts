// The cluster-dependent rules of the v2 expand and shrink (docs/mrs-api.md §3.6): any group of any cluster
// type, masters included, may be expanded; masters are never shrunk; the core minimum; `resource_ids` only
// for abnormal nodes of that group, force-deleted. Codes as the v1.1 rules give them (resize doc 表9): the
// v2 pages name no codes of their own.
import { countNodes, isCustom, isOnPeriod, type ClusterRecord, type NodeGroupRecord } from '../model';
import { checkRunning, checkScaleOut } from './clusterChecks';
import { checkQuota, type Headroom } from './quota';
import type { ResizePlan } from './resizeJob';
import { resizeError, type Parsed } from './resizeParams';
import { checkCoreMinimum, MIN_CORE_NODES } from './resizeRules';
import type { ExpandRequest, ShrinkRequest } from './v2Params';

/**
 * The core nodes a custom cluster keeps at least after a v2 shrink (all core-role groups together, none
 * emptied). The sources disagree (docs/mrs-api.md); one constant so that it can move in one place.
 */
export const CUSTOM_MIN_CORE_NODES = 3;

/** A job to start, or an order to create (a yearly/monthly group: nothing starts until it is paid). */
export type ExpandOutcome = { kind: 'job'; plan: ResizePlan } | { kind: 'order'; group: NodeGroupRecord };

const fail = (code: string, msg: string, cluster?: string): Parsed<never> => ({
  ok: false,
  reply: resizeError(code, msg, cluster === undefined ? undefined : { cluster }),
});

function findGroup(c: ClusterRecord, name: string): Parsed<NodeGroupRecord> {
  const g = c.groups.find((x) => x.groupName === name);
  return g
    ? { ok: true, value: g }
    : fail('12000002', `Invalid parameter: node_group_name "${name}" does not exist in cluster ${c.clusterId}.`);
}

/** Running, an existing group, then for a core or task group the core + task limit, then the quota and the subnet. */
export function planExpand(
  c: ClusterRecord,
  req: ExpandRequest,
  headroom: Headroom,
  nodeLimit: number,
): Parsed<ExpandOutcome> {
  for (const check of [checkRunning(c), checkScaleOut(c)]) {
    if (!check.ok) {
      return check;
    }
  }
  const group = findGroup(c, req.groupName);
  if (!group.ok) {
    return group;
  }
  const g = group.value;
  const current = countNodes(c, 'core') + countNodes(c, 'task');
  if (g.role !== 'master' && current + req.count > nodeLimit) {
    return fail(
      '12000028',
      `The cluster can have at most ${nodeLimit} Core and Task nodes (it has ${current}; at most ${Math.max(0, nodeLimit - current)} can be added).`,
    );
  }
  const quotaCheck = checkQuota(headroom, g, req.count);
  if (!quotaCheck.ok) {
    return quotaCheck;
  }
  if (isOnPeriod(c, g)) {
    return { ok: true, value: { kind: 'order', group: g } };
  }
  const plan: ResizePlan = {
    direction: 'out',
    groupName: g.groupName,
    count: req.count,
    removeIds: [],
    api: 'v2',
    skipBootstrapScripts: req.skipBootstrapScripts,
  };
  return { ok: true, value: { kind: 'job', plan } };
}

/** The newest nodes of the group (the emulator's "system rule" when no resource_ids are given). */
function newest(c: ClusterRecord, g: NodeGroupRecord, n: number): string[] {
  return c.hosts
    .filter((h) => h.groupName === g.groupName)
    .sort((a, b) => b.seq - a.seq)
    .slice(0, n)
    .map((h) => h.id);
}

/** Each resource id must be a node of that group (else 12000013, as v1.1's server_ids) and abnormal (else 12000002). */
function chosenNodes(c: ClusterRecord, g: NodeGroupRecord, resourceIds: string[]): Parsed<string[]> {
  const ids: string[] = [];
  for (const rid of resourceIds) {
    const h = c.hosts.find((x) => x.groupName === g.groupName && x.resourceId === rid);
    if (!h) {
      return fail(
        '12000013',
        `Failed to scale in cluster ${c.clusterId}: ${rid} is not the resource_id of a node of node group ${g.groupName} (resource ids are not ECS ids).`,
        c.clusterId,
      );
    }
    if (h.status === 'ACTIVE') {
      return fail(
        '12000002',
        `Invalid parameter: resource_ids may only name abnormal nodes; node ${h.name} (${rid}) is running normally.`,
      );
    }
    ids.push(h.id);
  }
  return { ok: true, value: ids };
}

function checkCount(c: ClusterRecord, g: NodeGroupRecord, n: number): Parsed<true> {
  if (g.role === 'core') {
    return checkCoreMinimum(c, g, n, isCustom(c) ? CUSTOM_MIN_CORE_NODES : MIN_CORE_NODES);
  }
  if (n > g.nodeNum) {
    return fail(
      '12000013',
      `Failed to scale in cluster ${c.clusterId}: Task nodes, ${n} requested; node group ${g.groupName} has ${g.nodeNum}.`,
      c.clusterId,
    );
  }
  return { ok: true, value: true };
}

/** Running, an existing group that is not the master group, the count rules, then which nodes leave. */
export function planShrink(c: ClusterRecord, req: ShrinkRequest): Parsed<ResizePlan> {
  const running = checkRunning(c);
  if (!running.ok) {
    return running;
  }
  const group = findGroup(c, req.groupName);
  if (!group.ok) {
    return group;
  }
  const g = group.value;
  if (g.role === 'master') {
    return fail('12000054', 'Operation not supported: master nodes can be scaled out, never scaled in.');
  }
  const chosen = req.resourceIds.length > 0;
  const n = chosen ? req.resourceIds.length : (req.count ?? 0);
  const counted = checkCount(c, g, n);
  if (!counted.ok) {
    return counted;
  }
  const ids = chosen ? chosenNodes(c, g, req.resourceIds) : { ok: true as const, value: newest(c, g, n) };
  if (!ids.ok) {
    return ids;
  }
  return {
    ok: true,
    value: {
      direction: 'in',
      groupName: g.groupName,
      count: n,
      removeIds: ids.value,
      api: 'v2',
      // The doc: nodes named by resource_ids are force-deleted; otherwise force_delete decides (default false).
      forceDelete: chosen || (req.forceDelete ?? false),
    },
  };
}
