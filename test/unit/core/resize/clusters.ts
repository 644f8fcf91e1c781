// Cluster shapes for the resize tests, built from the shared builders: say only the counts.
import { checkResize, formatPath, type ResizeCheck, type ResizeDraft } from '../../../../src/core/resize/rules';
import type { Cluster, Host, NodeGroup } from '../../../../src/core/model/cluster';
import { englishTranslate } from '../../../../src/core/translate';
import { CLUSTER_ID, aCluster, aHost, aNodeGroup } from '../../../support/builders';

export const CORE = 'core_node_analysis_group';
export const TASK = 'task_node_analysis_group';

export interface Shape {
  readonly core?: number;
  /** Task nodes of TASK; undefined = no task group at all. */
  readonly task?: number;
  /** Flavor of the task group (default: one, as MRS reports it). */
  readonly taskFlavor?: string | undefined;
  readonly extra?: readonly NodeGroup[];
  readonly cluster?: Partial<Cluster>;
}

/** A running analysis cluster: 2 masters, `core` core nodes (default 3), optionally a task group. */
export function clusterOf(shape: Shape = {}): Cluster {
  const groups: NodeGroup[] = [
    aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
    aNodeGroup({ role: 'core', name: CORE, nodeCount: shape.core ?? 3 }),
  ];
  if (shape.task !== undefined) {
    const flavor = 'taskFlavor' in shape ? shape.taskFlavor : 's3.xlarge.2.linux.bigdata';
    groups.push(aNodeGroup({ role: 'task', name: TASK, nodeCount: shape.task, flavor }));
  }
  groups.push(...(shape.extra ?? []));
  const coreCount = groups.filter((g) => g.role === 'core').reduce((n, g) => n + g.nodeCount, 0);
  return aCluster({ nodeGroups: groups, coreCount, ...shape.cluster });
}

/** `count` task hosts of TASK, ids `task-<n>`. */
export function taskHosts(count: number, group = TASK): Host[] {
  return Array.from({ length: count }, (_, i) =>
    aHost({ id: `task-${i}`, name: `${CLUSTER_ID}_node_task_${i}`, type: 'Task', nodeGroupName: group }),
  );
}

export function coreHosts(count: number): Host[] {
  return Array.from({ length: count }, (_, i) =>
    aHost({ id: `core-${i}`, name: `${CLUSTER_ID}_node_core_${i}`, type: 'Core', nodeGroupName: CORE }),
  );
}

export function draft(overrides: Partial<ResizeDraft> = {}): ResizeDraft {
  return { scaleType: 'scale_out', group: CORE, instances: 1, ...overrides };
}

/** Every problem code the resize tests saw, checked against the closed list by codes.test.ts. */
export const SEEN_CODES = new Set<string>();

/** Notes the codes of a result in SEEN_CODES and returns it. */
export function seen<R extends ResizeCheck>(result: R): R {
  result.problems.forEach((d) => SEEN_CODES.add(d.code));
  return result;
}

export function check(cluster: Cluster, d: Partial<ResizeDraft> = {}, hosts?: readonly Host[]): ResizeCheck {
  return seen(checkResize({ cluster, draft: draft(d), hosts }, englishTranslate));
}

/** `code@path` (path printed by formatPath) of every problem of a severity, for compact assertions. */
export function codes(result: ResizeCheck, severity?: 'error' | 'warning' | 'info'): string[] {
  return result.problems
    .filter((d) => severity === undefined || d.severity === severity)
    .map((d) => `${d.code}@${formatPath(d.path)}`);
}

export function messageOf(result: ResizeCheck, code: string): string | undefined {
  return result.problems.find((d) => d.code === code)?.message;
}
