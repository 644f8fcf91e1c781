// The steps of "MRS: Resize Node Group…" that choose what to resize: connection → cluster → node
// group → scale out/in. Pure: prompts through a Prompter; live data through the flow's deps.
import { countByRole, isCustomCluster, type Cluster, type NodeGroup } from '../model/cluster';
import { clusterStateText, resizeStatusText, roleLabel } from '../model/labels';
import { BACK } from '../prompts/Prompter';
import type { WizardStep } from '../prompts/wizard';
import { checkCluster } from '../resize/clusterRules';
import { fieldNames } from '../resize/fieldNames';
import { currentCount, instanceLimits, resolveGroup } from '../resize/rules';
import { TASK_GROUP_ALIAS, type ScaleType } from '../resize/types';
import type { Translate } from '../translate';
import { directionBlocker, isOpenRange } from './resizeChoice';
import { stepHeading, readHosts, type ResizeFlowDeps, type ResizeFlowState } from './resizeState';

type Step = WizardStep<ResizeFlowState>;

/** Why the rules refuse any resize of this cluster, in a few words ("failed", "scaling out"), if they do. */
export function whyNotResizable(c: Cluster, t: Translate): string | undefined {
  const refusal = checkCluster(c, undefined, t, isCustomCluster(c) ? 'v2' : 'v1.1').find((d) => d.severity === 'error');
  switch (refusal?.code) {
    case undefined:
      return undefined;
    case 'cluster.resizing':
      return resizeStatusText(c, t);
    case 'cluster.yearlyMonthly':
      return t('yearly/monthly');
    default:
      return clusterStateText(c, t);
  }
}

/**
 * "3 core · 2 task", "3 core · no task group": counted as the rules count them. A custom cluster's
 * groups say their roles only once its nodes are read (after it is chosen): "custom · 5 node groups".
 */
function countsText(c: Cluster, t: Translate): string {
  if (isCustomCluster(c)) {
    return t('custom cluster · {0} node groups', c.nodeGroups.length);
  }
  const cores = countByRole(c.nodeGroups, 'core');
  return c.nodeGroups.some((g) => g.role === 'task')
    ? t('{0} core · {1} task', cores, countByRole(c.nodeGroups, 'task'))
    : t('{0} core · no task group', cores);
}

export function connectionStep(deps: ResizeFlowDeps): Step {
  return {
    skip: (s) => s.preset.connection,
    run: async (s, p, pos) => {
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: deps.t('Connection'),
        active: s.connection,
        items: deps.connections().map((c) => ({ label: c.name, description: c.region, value: c.name })),
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.connection) {
        Object.assign(s, { connection: answer, cluster: undefined, hosts: undefined, taskNodeInfo: undefined });
        Object.assign(s, { serverIds: [], resourceIds: [] });
      }
    },
  };
}

/** Clusters that can be resized first, then the others (disabled) with why not. */
function clusterItems(clusters: readonly Cluster[], deps: ResizeFlowDeps) {
  const t = deps.t;
  const items = clusters.map((c) => {
    const why = deps.busy?.(c.id) ? t('a resize of it is under way') : whyNotResizable(c, t);
    return { label: c.name, description: why ?? countsText(c, t), detail: c.id, value: c.id, disabled: !!why };
  });
  return [...items.filter((i) => !i.disabled), ...items.filter((i) => i.disabled)];
}

export function clusterStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => s.preset.cluster,
    run: async (s, p, pos) => {
      const clusters = await deps.clustersOf(s.connection ?? '');
      if (clusters.length === 0) {
        throw new Error(t('No clusters in {0}', s.connection ?? ''));
      }
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: t('Cluster (only running clusters can be resized)'),
        items: clusterItems(clusters, deps),
        active: s.cluster?.id,
        matchOnDescription: true,
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.cluster?.id) {
        const cluster = clusters.find((c) => c.id === answer);
        Object.assign(s, {
          cluster,
          hosts: undefined,
          group: '',
          serverIds: [],
          resourceIds: [],
          taskNodeInfo: undefined,
        });
      }
      await readHosts(s, deps);
    },
  };
}

/**
 * "Core", or "Core · analysis" when the cluster has several groups of the role (a hybrid cluster); a
 * custom cluster's groups by role and name ("Task · node_group_etl"): their names are the user's own.
 */
function groupLabel(g: NodeGroup, cluster: Cluster, t: Translate): string {
  const groups = cluster.nodeGroups;
  const role = roleLabel(g.role, t);
  if (isCustomCluster(cluster)) {
    return `${role} · ${g.name}`;
  }
  if (groups.filter((o) => o.role === g.role).length < 2) {
    return role;
  }
  return `${role} · ${/^(?:core|task)_node_(.+)_group$/.exec(g.name)?.[1] ?? g.name}`;
}

/**
 * Every group: master groups for a scale-out (the v2 expand adds master nodes; a flow opened to scale
 * in leaves them out), then the core and task groups; a first task group where the v1.1 PUT creates one.
 */
function groupItems(cluster: Cluster, scaleType: ScaleType | undefined, t: Translate) {
  const groups = cluster.nodeGroups.filter((g) => g.role !== 'master' || scaleType !== 'scale_in');
  const items = groups.map((g) => ({
    label: groupLabel(g, cluster, t),
    description: t('{0} · {1} nodes · {2}', g.name, resolvedCount(cluster, g.name, t), g.flavor ?? '?'),
    value: g.name,
  }));
  if (!groups.some((g) => g.role === 'task') && !isCustomCluster(cluster)) {
    items.push({
      label: t('Task'),
      description: t('no task node group yet: a scale-out creates it'),
      value: TASK_GROUP_ALIAS,
    });
  }
  return items;
}

/** The node count of a group as the rules see it. */
function resolvedCount(cluster: Cluster, name: string, t: Translate): number {
  const group = resolveGroup(cluster, name, t).group;
  return group ? currentCount(group) : 0;
}

export function groupStep(deps: ResizeFlowDeps): Step {
  return {
    skip: (s) => s.preset.group,
    run: async (s, p, pos) => {
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: deps.t('Node group'),
        items: groupItems(s.cluster as Cluster, s.preset.scaleType ? s.scaleType : undefined, deps.t),
        active: s.group || undefined,
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.group) {
        Object.assign(s, { group: answer, serverIds: [], resourceIds: [], taskNodeInfo: undefined });
      }
    },
  };
}

function scaleTypeItem(s: ResizeFlowState, type: ScaleType, label: string, t: Translate) {
  const cluster = s.cluster as Cluster;
  const group = resolveGroup(cluster, s.group, t).group;
  const limits = group && instanceLimits(cluster, group);
  const range = type === 'scale_out' ? limits?.scaleOut : limits?.scaleIn;
  const why = directionBlocker(s, type, t);
  if (why === undefined && range && range.max > 0) {
    const description = isOpenRange(range) ? t('no documented limit: MRS decides') : t('up to {0} nodes', range.max);
    return { label, description, value: type };
  }
  return { label, description: t('not possible now'), detail: why, value: type, disabled: true };
}

export function scaleTypeStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => s.preset.scaleType,
    run: async (s, p, pos) => {
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: fieldNames(t).scaleType,
        active: s.scaleType,
        items: [
          scaleTypeItem(s, 'scale_out', t('Scale out (add nodes)'), t),
          scaleTypeItem(s, 'scale_in', t('Scale in (remove nodes)'), t),
        ],
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.scaleType) {
        Object.assign(s, { scaleType: answer, serverIds: [], resourceIds: [], taskNodeInfo: undefined });
      }
    },
  };
}
