// Pure description of a host row: its ECS status, and on a custom cluster its node's (ListNodes) status,
// resource id and components. No `vscode` import: items/HostItem.ts maps it, unit tests check it.
import type { Host } from '../../core/model/cluster';
import { shortHostName } from '../../core/model/hosts';
import { hostStatusText, stateLabel } from '../../core/model/labels';
import type { Translate } from '../../core/translate';
import { md, type Description, type Icon } from './describe';

const HOST_ICONS: Record<string, Icon> = {
  ACTIVE: { id: 'pass', color: 'charts.green' },
  BUILD: { id: 'sync~spin', color: 'charts.blue' },
  SHUTOFF: { id: 'debug-stop', color: 'disabledForeground' },
  ERROR: { id: 'error', color: 'charts.red' },
};

/** ListNodes' `node_status` of a node at work (the values are not documented: docs/mrs-api.md §3.4). */
function isNodeAtWork(nodeStatus: string): boolean {
  return /^(?:running|started)$/i.test(nodeStatus);
}

/** A node status in the console's words where the tree has them (running, abnormal), else as sent. */
function nodeStatusText(nodeStatus: string, t: Translate): string {
  const status = nodeStatus.toLowerCase();
  return status === 'running' || status === 'abnormal' ? stateLabel(status, t) : nodeStatus;
}

/** A node in trouble shows a warning where ECS says nothing worse; a node without a host its node's icon. */
function hostIcon(host: Host, troubled: boolean): Icon {
  if (troubled && (host.status === 'ACTIVE' || host.status === undefined)) {
    return { id: 'warning', color: 'charts.yellow' };
  }
  if (host.status === undefined && host.nodeStatus !== undefined) {
    return HOST_ICONS.ACTIVE;
  }
  return HOST_ICONS[host.status ?? ''] ?? { id: 'circle-outline', color: 'charts.yellow' };
}

function hostTooltip(host: Host, shown: string, t: Translate): string {
  const lines = [`**${md(host.name)}**`, `ID: \`${host.id}\``, `IP: ${host.ip ?? '?'}`, `${t('Status')}: ${md(shown)}`];
  if (host.nodeStatus !== undefined) {
    lines.push(`${t('Node status')}: ${md(nodeStatusText(host.nodeStatus, t))}`);
  }
  if (host.resourceId !== undefined) {
    lines.push(`${t('Resource ID')}: \`${host.resourceId}\``);
  }
  if (host.components !== undefined && host.components.length > 0) {
    lines.push(`${t('Components')}: ${md(host.components.join(', '))}`);
  }
  lines.push(`${t('Flavor')}: ${md(host.flavor ?? '?')}`);
  return lines.join('  \n');
}

/**
 * The IP, and before it the ECS status when it is not ACTIVE (the icon shows ACTIVE) and the node status
 * (ListNodes, custom clusters) when the node is not at work; a node the host list lacks by its node status.
 */
export function describeHost(host: Host, clusterId: string, t: Translate): Description {
  const status = host.status ?? t('unknown');
  const shown = hostStatusText(host.status, t);
  const node = host.nodeStatus;
  const troubled = node !== undefined && !isNodeAtWork(node);
  const ecs = status === 'ACTIVE' || (host.status === undefined && node !== undefined) ? undefined : shown;
  return {
    label: shortHostName(host.name, clusterId),
    description: [ecs, troubled ? nodeStatusText(node, t) : undefined, host.ip].filter(Boolean).join(' · '),
    icon: hostIcon(host, troubled),
    contextValue: `host:${status}`,
    tooltip: hostTooltip(host, shown, t),
  };
}
