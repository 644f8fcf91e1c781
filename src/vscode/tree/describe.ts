// Pure descriptions of tree items (labels, descriptions, icons, context values, tooltips).
// No `vscode` import: the items in ./items map these to TreeItems, and unit tests check them.
import {
  countByRole,
  hasScaleError,
  isTransitional,
  type Cluster,
  type ClusterState,
  type NodeGroup,
} from '../../core/model/cluster';
import { groupQualifier } from '../../core/model/groupNames';
import { roleLabel, stateLabel } from '../../core/model/labels';
import type { Translate } from '../../core/translate';
import type { ClusterFacts } from '../../core/resize/facts';
import { canScale } from '../../core/resize/canScale';

export interface Icon {
  /** A codicon id, `~spin` included where it spins. */
  readonly id: string;
  /** A theme colour id, or undefined for the default foreground. */
  readonly color: string | undefined;
}

export interface Description {
  readonly label: string;
  readonly description: string;
  readonly icon: Icon;
  readonly contextValue: string;
  /** Markdown. */
  readonly tooltip: string;
}

const STATE_ICONS: Record<ClusterState, Icon> = {
  running: { id: 'vm-running', color: 'charts.green' },
  starting: { id: 'sync~spin', color: 'charts.blue' },
  'scaling-out': { id: 'sync~spin', color: 'charts.blue' },
  'scaling-in': { id: 'sync~spin', color: 'charts.blue' },
  terminating: { id: 'sync~spin', color: 'charts.orange' },
  abnormal: { id: 'warning', color: 'charts.yellow' },
  failed: { id: 'error', color: 'charts.red' },
  frozen: { id: 'lock', color: 'disabledForeground' },
  terminated: { id: 'circle-slash', color: 'disabledForeground' },
  unknown: { id: 'question', color: undefined },
};

export function clusterIcon(cluster: Pick<Cluster, 'state' | 'scale'>): Icon {
  if (cluster.state === 'running' && hasScaleError(cluster)) {
    return { id: 'warning', color: 'charts.yellow' };
  }
  return STATE_ICONS[cluster.state];
}

/** A cluster row drawn from a list that could not be refreshed. */
interface ClusterRowOptions {
  readonly stale?: boolean;
}

/**
 * `running · 3 core · 2 task`: what matters first, since a narrow sidebar cuts the end. A failed last
 * resize takes the place of `running`; counts are the groups' sums, as the resize rules count them.
 */
export function clusterDescription(cluster: Cluster, t: Translate, options: ClusterRowOptions = {}): string {
  const state =
    cluster.state === 'running' && hasScaleError(cluster) ? t('resize failed') : stateLabel(cluster.state, t);
  const parts = [state, t('{0} core', countByRole(cluster.nodeGroups, 'core'))];
  const tasks = countByRole(cluster.nodeGroups, 'task');
  if (tasks > 0) {
    parts.push(t('{0} task', tasks));
  }
  if (options.stale) {
    parts.push(t('possibly stale'));
  }
  return parts.join(' · ');
}

/** Escapes text for a MarkdownString. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>-]/g, '\\$&');
}

/** "yearly/monthly" or "pay-per-use" when ListNodes said how the group is billed. */
function billingLabel(billing: NodeGroup['billing'], t: Translate): string | undefined {
  if (billing === undefined) {
    return undefined;
  }
  return billing === 'yearlyMonthly' ? t('yearly/monthly') : t('pay-per-use');
}

function groupLines(cluster: Cluster, t: Translate): string[] {
  return cluster.nodeGroups.map((g) => {
    const billing = g.billing === 'yearlyMonthly' ? ` (${md(t('yearly/monthly'))})` : '';
    return `- ${roleLabel(g.role, t)} \`${g.name}\`: ${g.nodeCount} × ${md(g.flavor ?? '?')}${billing}`;
  });
}

function clusterTooltip(cluster: Cluster, refreshedAt: Date, t: Translate, options: ClusterRowOptions): string {
  const state = cluster.scale ? `${stateLabel(cluster.state, t)} (${md(cluster.scale)})` : stateLabel(cluster.state, t);
  const stale = options.stale ? [`*${md(t('Possibly stale: the list could not be refreshed.'))}*`, ''] : [];
  const lines = [
    ...stale,
    `**${md(cluster.name)}**`,
    '',
    `${t('Cluster ID')}: \`${cluster.id}\``,
    `${t('Version')}: ${md(cluster.version ?? '?')}`,
    `${t('State')}: ${state}`,
  ];
  if (cluster.stageDesc) {
    lines.push(`${t('Stage')}: ${md(cluster.stageDesc)}`);
  }
  if (cluster.errorInfo) {
    lines.push(`${t('Error')}: ${md(cluster.errorInfo)}`);
  }
  lines.push('', `${t('Node groups')}:`, ...groupLines(cluster, t), '');
  lines.push(`${t('Last refreshed')}: ${refreshedAt.toLocaleTimeString()}`);
  return lines.join('  \n');
}

/** A stale row keeps its state's icon, greyed. */
export function describeCluster(
  cluster: Cluster,
  refreshedAt: Date,
  t: Translate,
  options: ClusterRowOptions = {},
): Description {
  const icon = clusterIcon(cluster);
  return {
    label: cluster.name,
    description: clusterDescription(cluster, t, options),
    icon: options.stale ? { id: icon.id, color: 'disabledForeground' } : icon,
    contextValue: `cluster:${cluster.state}`,
    tooltip: clusterTooltip(cluster, refreshedAt, t, options),
  };
}

/** Every MRS flavor ends in `.linux.bigdata` (or `.linux.mrs`): the row shows the part that differs. */
export function shortFlavor(flavor: string): string {
  return flavor.replace(/\.linux\.(?:bigdata|mrs)$/i, '');
}

/**
 * `nodeGroup:<role>:<cluster state>` then `:canScaleOut` and `:canScaleIn` when a node can be added or
 * removed now: the resize menus' when clauses read them (package.json).
 */
function groupContextValue(group: NodeGroup, cluster: ClusterFacts): string {
  const flags = (['scale_out', 'scale_in'] as const)
    .filter((direction) => canScale(cluster, group.name, direction))
    .map((direction) => (direction === 'scale_out' ? ':canScaleOut' : ':canScaleIn'));
  return `nodeGroup:${group.role}:${cluster.state}${flags.join('')}`;
}

/**
 * "Core", or "Core · analysis" / "Task · node_group_batch" where the role alone does not say which group
 * (a custom cluster's groups by their MRS names, with the role their nodes have). The description says
 * a yearly/monthly group before the flavor, which a narrow sidebar cuts first.
 */
export function describeNodeGroup(group: NodeGroup, cluster: ClusterFacts, t: Translate): Description {
  const flavor = group.flavor ?? '';
  const qualifier = groupQualifier(group, cluster.nodeGroups);
  const billing = billingLabel(group.billing, t);
  const tip = billing === undefined ? [] : [`${t('Billing')}: ${md(billing)}`];
  const yearly = group.billing === 'yearlyMonthly' ? billing : undefined;
  return {
    label: qualifier ? `${roleLabel(group.role, t)} · ${qualifier}` : roleLabel(group.role, t),
    description: [String(group.nodeCount), yearly, flavor ? shortFlavor(flavor) : undefined]
      .filter((part) => part !== undefined)
      .join(' · '),
    icon: {
      id: group.role === 'master' ? 'server-process' : group.role === 'core' ? 'server' : 'server-environment',
      color: undefined,
    },
    contextValue: groupContextValue(group, cluster),
    tooltip: [
      `**${md(group.name)}**`,
      `${t('Nodes')}: ${group.nodeCount}`,
      `${t('Flavor')}: ${md(flavor || '?')}`,
      `${t('Data disks')}: ${group.dataVolume.count ?? '?'} × ${group.dataVolume.sizeGb ?? '?'} GB ${group.dataVolume.type ?? ''}`,
      ...tip,
    ].join('  \n'),
  };
}

/** Whether the tree should keep re-reading this cluster. */
export function needsPolling(cluster: Pick<Cluster, 'state'>): boolean {
  return isTransitional(cluster.state);
}
