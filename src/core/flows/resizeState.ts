// The state of the resize flow and what the steps share: the draft it describes and its check,
// the title and position of every prompt, the hosts read once a cluster is chosen.
import { UserFacingError } from '../errors';
import { isCustomCluster, type Cluster, type Host } from '../model/cluster';
import { shownPosition, type StepPosition } from '../prompts/wizard';
import type { LiveQuota } from '../quota/live';
import type { QuotaReads } from '../quota/reader';
import { checkCluster } from '../resize/clusterRules';
import { checkResize } from '../resize/rules';
import type { FlavorOffer } from '../quota/flavorOffer';
import type { ResizeCheck, ResizeDraft, ScaleType } from '../resize/types';
import type { Translate } from '../translate';
import { quotaBeside } from './resizeQuota';

export interface ResizeFlowDeps {
  readonly t: Translate;
  readonly connections: () => ReadonlyArray<{ readonly name: string; readonly region: string }>;
  /** Clusters of a connection, fresh. */
  readonly clustersOf: (connection: string) => Promise<Cluster[]>;
  /**
   * The cluster's hosts, and the cluster completed by what its nodes say (ListNodes: a custom cluster's
   * group roles and billing, the nodes' resource ids): readCluster's completeWithNodes.
   */
  readonly readingOf: (connection: string, cluster: Cluster) => Promise<{ cluster: Cluster; hosts: Host[] }>;
  /** A resize of this cluster is being sent or followed in this window already. */
  readonly busy?: (clusterId: string) => boolean;
  /** The connection's quota reads, each answer cached (quota/reader.ts); absent: the flow shows no quota. */
  readonly quotaReads?: (connection: string) => Promise<QuotaReads>;
  /**
   * How long the count step waits for quota reads still under way (default QUOTA_STEP_WAIT_MS): a
   * slow endpoint never holds the palette; the summary waits for them, as the plan does.
   */
  readonly quotaWaitMs?: number;
  /**
   * The flavors MRS offers for the cluster's first task nodes (quota/offeredFlavors.ts), through the
   * connection's cached reader; never rejects. Absent: the flavor step lists the cluster's flavors.
   */
  readonly flavorOffer?: (connection: string, cluster: Cluster) => Promise<FlavorOffer>;
}

export interface TaskNodeInfoState {
  nodeSize: string;
  dataVolumeType: string;
  dataVolumeCount: string;
  dataVolumeSize: string;
}

export interface ResizeFlowState {
  connection: string | undefined;
  cluster: Cluster | undefined;
  /** Real group name (or the task alias when the cluster has no task group). */
  group: string;
  scaleType: ScaleType | undefined;
  instances: string;
  serverIds: string[];
  /** Abnormal nodes to force-delete (a v2 shrink), by resource id. */
  resourceIds: string[];
  /** Read as soon as the cluster is known: a host that is not running stops the flow. */
  hosts: Host[] | undefined;
  /** The quota, read beside the hosts (resizeQuota.ts); never rejects. */
  quota: Promise<LiveQuota | undefined> | undefined;
  taskNodeInfo: TaskNodeInfoState | undefined;
  /** The flavors MRS offers, read for the cluster of that id when the flavor step first showed. */
  flavorOffer?: { readonly clusterId: string; readonly offer: FlavorOffer };
  skipBootstrapScripts: boolean;
  scaleWithoutStart: boolean;
  /** Steps answered by the caller (context menu on a node group). */
  readonly preset: { connection: boolean; cluster: boolean; group: boolean; scaleType: boolean };
}

export interface ResizeFlowResult {
  readonly connection: string;
  readonly cluster: Cluster;
  readonly draft: ResizeDraft;
  /** The group's count the summary showed. */
  readonly shownFrom: number | undefined;
}

/** The flow cannot go on (the cluster or the group refuses any such resize): nothing was sent. */
export class ResizeFlowStopped extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = 'ResizeFlowStopped';
  }
}

/** The draft the state describes, as the rules and the operation take it. */
export function draftOf(s: ResizeFlowState): ResizeDraft {
  const taskScaleIn = s.scaleType === 'scale_in' && s.serverIds.length > 0;
  const forceDelete = s.scaleType === 'scale_in' && s.resourceIds.length > 0;
  return {
    scaleType: s.scaleType ?? 'scale_out',
    group: s.group,
    instances: s.instances,
    ...(s.scaleType === 'scale_out' && s.skipBootstrapScripts ? { skipBootstrapScripts: true } : {}),
    ...(s.scaleType === 'scale_out' && s.scaleWithoutStart ? { scaleWithoutStart: true } : {}),
    ...(taskScaleIn ? { serverIds: [...s.serverIds] } : {}),
    ...(forceDelete ? { resourceIds: [...s.resourceIds] } : {}),
    ...(s.taskNodeInfo ? { taskNodeInfo: { ...s.taskNodeInfo } } : {}),
  };
}

export function checkState(s: ResizeFlowState, t: Translate, draft: ResizeDraft = draftOf(s)): ResizeCheck {
  return checkResize({ cluster: s.cluster as Cluster, hosts: s.hosts, draft }, t);
}

/** "Scale Out" / "Scale In" when the flow was opened for one direction, else "Resize Node Group". */
export function flowTitle(s: ResizeFlowState, t: Translate): string {
  if (!s.preset.scaleType) {
    return t('Resize Node Group');
  }
  return s.scaleType === 'scale_in' ? t('Scale In') : t('Scale Out');
}

/** Title and step counter of a prompt. */
export function stepHeading(s: ResizeFlowState, deps: ResizeFlowDeps, position: StepPosition) {
  return { title: flowTitle(s, deps.t), ...shownPosition(position) };
}

/**
 * Reads the hosts of the chosen cluster (once), completing the cluster with its nodes, and stops the
 * flow when the cluster refuses any resize, e.g. a host that is not running (12000068, the v1.1 PUT's
 * rule; the v2 calls of a custom cluster only warn): before the count is asked.
 * @throws ResizeFlowStopped, or what readingOf throws.
 */
export async function readHosts(s: ResizeFlowState, deps: ResizeFlowDeps): Promise<void> {
  if (!s.hosts) {
    const reading = deps.readingOf(s.connection ?? '', s.cluster as Cluster);
    // Beside the hosts, not per keystroke; a flow opened to scale in reads none.
    const scaleIn = s.preset.scaleType && s.scaleType === 'scale_in';
    const { quotaReads } = deps;
    const connection = s.connection ?? '';
    s.quota =
      quotaReads && !scaleIn
        ? quotaBeside(() => quotaReads(connection), s.cluster as Cluster, reading, deps.t)
        : undefined;
    const { cluster, hosts } = await reading;
    Object.assign(s, { cluster, hosts });
  }
  const cluster = s.cluster as Cluster;
  const family = isCustomCluster(cluster) ? 'v2' : 'v1.1';
  const refusal = checkCluster(cluster, s.hosts, deps.t, family).find((d) => d.severity === 'error');
  if (refusal) {
    throw new ResizeFlowStopped(refusal.message);
  }
}

export function initialState(
  preset: Partial<Pick<ResizeFlowState, 'connection' | 'cluster' | 'group' | 'scaleType'>> = {},
): ResizeFlowState {
  return {
    connection: preset.connection,
    cluster: preset.cluster,
    group: preset.group ?? '',
    scaleType: preset.scaleType,
    instances: '1',
    serverIds: [],
    resourceIds: [],
    hosts: undefined,
    quota: undefined,
    taskNodeInfo: undefined,
    skipBootstrapScripts: false,
    scaleWithoutStart: false,
    preset: {
      connection: preset.connection !== undefined,
      cluster: preset.cluster !== undefined,
      group: preset.group !== undefined,
      scaleType: preset.scaleType !== undefined,
    },
  };
}
