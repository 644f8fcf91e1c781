// A cluster in the words of the tools' answers: its state, its node counts, its groups with role,
// count and flavor, its hosts, an operation of the journal. Plain text the model reads and the user sees.
import { operationStateLabel } from '../journal/stateLabel';
import type { ResizeOperationRecord } from '../journal/record';
import { countByRole, hasScaleError, type Cluster, type Host, type NodeGroup } from '../model/cluster';
import { shortHostName } from '../model/hosts';
import { hostStatusText, resizeStatusText } from '../model/labels';
import { roleLabel } from '../model/labels';
import { planHeadline } from '../plan/headline';
import type { Translate } from '../translate';

/** "running; Master 2, Core 3, Task 4" (a failed last resize said instead of "running"). */
export function clusterState(c: Cluster, t: Translate): string {
  const state = c.state === 'running' && hasScaleError(c) ? t('resize failed') : resizeStatusText(c, t);
  const counts = (['master', 'core', 'task'] as const).map((r) =>
    t('{0} {1}', roleLabel(r, t), countByRole(c.nodeGroups, r)),
  );
  return t('{0}; {1}', state, counts.join(', '));
}

/** "core_node_analysis_group (Core, 3 nodes, flavor c3.xlarge.4.linux.bigdata)". */
export function groupText(g: NodeGroup, t: Translate): string {
  return t('{0} ({1}, {2} nodes, flavor {3})', g.name, roleLabel(g.role, t), g.nodeCount, g.flavor ?? t('unknown'));
}

/** "- analytics-prod (ID …): running; Master 2, Core 3, Task 4" and a line of its groups. */
export function clusterLines(c: Cluster, t: Translate): string[] {
  const groups = c.nodeGroups.map((g) => groupText(g, t)).join('; ');
  return [`- ${t('{0} (ID {1}): {2}', c.name, c.id, clusterState(c, t))}`, `  ${t('Node groups: {0}', groups)}`];
}

/** "node-core-1 (192.168.0.7, ACTIVE), ECS ID …, group core_node_analysis_group". */
export function hostLine(h: Host, clusterId: string, t: Translate): string {
  const about = [h.ip, hostStatusText(h.status, t)].filter((v): v is string => Boolean(v)).join(', ');
  const group = h.nodeGroupName ?? h.type ?? t('unknown');
  return `- ${t('{0} ({1}), ECS ID {2}, node group {3}', shortHostName(h.name, clusterId), about, h.id, group)}`;
}

/** An operation of the journal: its change, state, times and last sentence. */
export function operationLine(r: ResizeOperationRecord, t: Translate): string {
  const head = planHeadline(r, t);
  const state = operationStateLabel(r.state, t);
  const when = r.endedAt ? t('{0} to {1}', r.startedAt, r.endedAt) : t('since {0}', r.startedAt);
  const message = r.message ? ` ${r.message}` : '';
  return `- ${t('{0}: {1}, {2}, connection {3}.', head, state, when, r.connection)}${message}`;
}
