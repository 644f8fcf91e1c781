// The shapes of the resize rule module: what a caller drafts, what the rules answer.
// Pure types and constants; no runtime dependency, so the webview can compile them in.
import type { ResizeCall } from '../api/resizeCall';
import type { NodeGroupRole } from '../model/cluster';
import type { ResizeProblemCode } from './codes';
import type { NodeGroupFacts } from './facts';

/**
 * Core + task nodes of a cluster (doc 表4: "500 - 集群Core/Task节点数"), unless technical support raised
 * the limit for it ("如果用户需要的Core/Task节点数大于500，可以联系技术支持人员"): see nodeLimit.ts.
 */
export const MAX_CORE_AND_TASK_NODES = 500;
/**
 * Core nodes that must remain in the cluster after a scale-in. The doc (表4) says "缩容时Core节点数大于3
 * …可以进行节点删除" and gives 5 core nodes → 2 removable ("5减去3"): "greater than 3" is the count
 * before the scale-in, so one node may go from 4, and exactly 3 may remain.
 */
export const MIN_CORE_NODES = 3;
/** `task_node_info.data_volume_type` values of the resize doc (表6). */
export const DOC_DATA_VOLUME_TYPES: readonly string[] = ['SATA', 'SAS', 'SSD'];
/**
 * Not in the resize doc, in the official SDK's enum (docs/mrs-api.md §3.5): accepted everywhere (schema,
 * rules, form, palette, CLI) with one info that says so.
 */
export const EXTRA_DATA_VOLUME_TYPES: readonly string[] = ['GPSSD'];
/** Every data disk type a way in offers: the doc's, then the SDK's. */
export const DATA_VOLUME_TYPES: readonly string[] = [...DOC_DATA_VOLUME_TYPES, ...EXTRA_DATA_VOLUME_TYPES];
export const DATA_VOLUME_COUNT_RANGE = { min: 1, max: 10 } as const;
/** GB. */
export const DATA_VOLUME_SIZE_RANGE = { min: 100, max: 32000 } as const;
/**
 * MRS's names of master groups: `master_node_default_group` (the doc), `master_node_<family>_group`
 * like the core and task groups. The v1.1 resize refuses them (12000054); the v2 expand adds master
 * nodes, and nothing removes them (docs/mrs-api.md §3.6).
 */
export const MASTER_GROUP_NAME = /^master_node_[a-z0-9]+_group$/;
/** The doc's names for "the core group" and "the task group"; real clusters use other names. */
export const CORE_GROUP_ALIAS = 'core_node_default_group';
export const TASK_GROUP_ALIAS = 'task_node_default_group';

export type ScaleType = 'scale_out' | 'scale_in';

/** Task node flavor and disks for a task scale-out from zero (doc 表6). Counts may be typed text. */
export interface TaskNodeInfoDraft {
  readonly nodeSize: string;
  readonly dataVolumeType?: string;
  readonly dataVolumeCount?: number | string;
  readonly dataVolumeSize?: number | string;
}

/** What the user asks for, from a form, the palette or a request file; not yet trusted. */
export interface ResizeDraft {
  /** A draft read from a request file may carry other text here: the rules refuse it (scaleType.invalid). */
  readonly scaleType: ScaleType;
  /** A real group name, an alias of the doc, or '' for the core group (the API's default). */
  readonly group: string;
  /** A positive integer, or its decimal text ("2", as the doc's examples send it). */
  readonly instances: number | string;
  readonly skipBootstrapScripts?: boolean;
  readonly scaleWithoutStart?: boolean;
  /** ECS ids of task hosts to remove (task scale-in only, v1.1). */
  readonly serverIds?: readonly string[];
  readonly taskNodeInfo?: TaskNodeInfoDraft;
  /** Resource ids of abnormal nodes to force-delete (a v2 shrink only). */
  readonly resourceIds?: readonly string[];
  /** `az_code` of the v2 calls: the AZs of a cross-AZ cluster, comma-separated. */
  readonly azCode?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Where a problem points in the request body, as keys and indexes: `['parameters', 'server_ids', 1]`;
 * `[]` for the cluster as a whole. A form maps it to a field, a request file to a JSON node;
 * formatPath prints it.
 */
export type ResizePath = readonly (string | number)[];

/** One problem; plain data, so it can travel to a webview or into a JSON document. */
export interface ResizeProblem {
  readonly severity: Severity;
  readonly path: ResizePath;
  /** Stable, e.g. `instances.belowCoreMinimum`: callers may key on it; the message is translated. */
  readonly code: ResizeProblemCode;
  readonly message: string;
}

/** The group a draft names, as it will be sent. */
export interface ResolvedGroup {
  readonly role: NodeGroupRole;
  /** Sent as `node_group`: the real name, or the doc alias when the cluster has no task group yet. */
  readonly name: string;
  /** The live group (its facts); undefined when a task scale-out will create the first task group. */
  readonly group: NodeGroupFacts | undefined;
  /** The alias the draft used, when it used one. */
  readonly alias: string | undefined;
}

/** Allowed `instances` values: none when max < min. */
export interface InstanceRange {
  readonly min: number;
  readonly max: number;
}

export interface InstanceLimits {
  readonly scaleOut: InstanceRange;
  readonly scaleIn: InstanceRange;
}

/** "3 → 5 core nodes". */
export interface ResizeChange {
  readonly role: NodeGroupRole;
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** Everything the rules know about a draft. */
export interface ResizeCheck {
  readonly problems: readonly ResizeProblem[];
  /** Undefined when the group cannot be resolved (unknown, master). */
  readonly group: ResolvedGroup | undefined;
  /** Limits of the resolved group for both directions. */
  readonly limits: InstanceLimits | undefined;
  /** Undefined until the group and the number of nodes are valid. */
  readonly change: ResizeChange | undefined;
  /** The exact call (which API, and its body); only when no problem is an error. */
  readonly call: ResizeCall | undefined;
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly ResizeProblem[]): boolean {
  return problems.some((d) => d.severity === 'error');
}
