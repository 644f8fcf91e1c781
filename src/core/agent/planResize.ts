// mrs_planResize: an order from the model's input (cluster by id or name, group by name or role,
// direction, count, the hosts of a task scale-in), its one plan by the lifecycle's preparer (the same
// reading, rules, quota pre-flight and busy check as every way in), kept by digest for
// mrs_applyResize. Sends nothing.
import type { Cluster, Host, NodeGroupRole } from '../model/cluster';
import { shortHostName } from '../model/hosts';
import { isReady, type ResizeOrder } from '../plan/plan';
import { needsV2 } from '../resize/api';
import { TASK_GROUP_ALIAS, type ResizeDraft } from '../resize/types';
import { findCluster } from './findCluster';
import { checkPlanInput, type PlanResizeInput } from './inputs';
import type { PlanBook } from './PlanBook';
import { readyPlanText, refusedPlanText } from './planText';
import type { AgentDeps, AgentTool } from './types';

const ROLES: readonly NodeGroupRole[] = ['master', 'core', 'task'];

/** The group a role word means: the cluster's one group of that role; several: a sentence asking which. */
function groupOf(cluster: Cluster, input: PlanResizeInput, deps: AgentDeps): { name: string } | { message: string } {
  const wanted = input.group.trim();
  const role = ROLES.find((r) => r === wanted.toLowerCase());
  if (role === undefined || cluster.nodeGroups.some((g) => g.name === wanted)) {
    return { name: wanted };
  }
  const groups = cluster.nodeGroups.filter((g) => g.role === role);
  if (groups.length === 1) {
    return { name: groups[0].name };
  }
  if (groups.length === 0) {
    // A first task group is created under the doc's name; for the rest the rules say what is missing.
    return { name: role === 'task' ? TASK_GROUP_ALIAS : role === 'core' ? '' : wanted };
  }
  const names = groups.map((g) => g.name).join(', ');
  return {
    message: deps.t('{0} has several node groups of that role: {1}. Give the group by name.', cluster.name, names),
  };
}

/** A host named by ECS id, resource id, whole or short name, or IP; undefined when none is. */
function hostNamed(hosts: readonly Host[], ref: string, clusterId: string): Host | undefined {
  const r = ref.trim();
  return hosts.find(
    (h) => h.id === r || h.resourceId === r || h.name === r || shortHostName(h.name, clusterId) === r || h.ip === r,
  );
}

/** The hosts of a scale-in as the call names them: ECS ids (v1.1 server_ids) or resource ids (v2 shrink). */
async function chosenOf(
  deps: AgentDeps,
  connection: string,
  cluster: Cluster,
  groupName: string,
  refs: readonly string[],
) {
  const hosts = await deps.explorer.hosts(connection, cluster.id);
  const role = cluster.nodeGroups.find((g) => g.name === groupName)?.role ?? 'task';
  const v2 = needsV2(cluster, role);
  // A name no host has goes as it is: the rules refuse it, naming it.
  const ids = refs.map((ref) => {
    const host = hostNamed(hosts, ref, cluster.id);
    return host ? (v2 ? (host.resourceId ?? host.id) : host.id) : ref.trim();
  });
  return v2 ? { resourceIds: ids } : { serverIds: ids };
}

export function planResizeTool(deps: AgentDeps, book: PlanBook): AgentTool<PlanResizeInput> {
  const { t } = deps;
  return {
    name: 'mrs_planResize',
    check: (input) => checkPlanInput(input, t),
    prepare: (input) =>
      Promise.resolve({ invocationMessage: t('Planning a resize of {0} (nothing is sent)…', input.cluster) }),
    async invoke(input, signal) {
      const found = await findCluster(deps, input.cluster, input.connection, signal);
      if (!found.ok) {
        return found.message;
      }
      const { connection, cluster } = found;
      const group = groupOf(cluster, input, deps);
      if ('message' in group) {
        return group.message;
      }
      const chosen = input.hosts?.length ? await chosenOf(deps, connection, cluster, group.name, input.hosts) : {};
      const draft: ResizeDraft = { scaleType: input.direction, group: group.name, instances: input.count, ...chosen };
      const order: ResizeOrder = {
        connection,
        clusterId: cluster.id,
        wayIn: 'agent',
        ask: { draft },
        maxNodes: deps.maxNodes(connection, cluster.id),
      };
      const plan = await deps.lifecycle.prepare(order, signal);
      return isReady(plan) ? readyPlanText(plan, book.add(plan), t) : refusedPlanText(plan, t);
    },
  };
}
