// The state of the resize flow and what the steps share: the draft it describes and its check.
import type { Cluster, Host } from '../model/cluster';
import { checkResize } from '../resize/rules';
import type { ResizeCheck, ResizeDraft, ScaleType } from '../resize/types';
import type { Translate } from '../../shared/translate';

export interface ResizeFlowDeps {
  readonly t: Translate;
  readonly title: string;
  readonly connections: () => ReadonlyArray<{ readonly name: string; readonly region: string }>;
  /** Clusters of a connection, fresh. */
  readonly clustersOf: (connection: string) => Promise<Cluster[]>;
  readonly hostsOf: (connection: string, clusterId: string) => Promise<Host[]>;
  /** A resize of this cluster is being sent or followed in this window already. */
  readonly busy?: (clusterId: string) => boolean;
}

export interface ResizeFlowState {
  connection: string | undefined;
  cluster: Cluster | undefined;
  /** Real group name (or the task alias when the cluster has no task group). */
  group: string;
  scaleType: ScaleType | undefined;
  instances: string;
  serverIds: string[];
  hosts: Host[] | undefined;
  taskNodeInfo:
    { nodeSize: string; dataVolumeType: string; dataVolumeCount: string; dataVolumeSize: string } | undefined;
  skipBootstrapScripts: boolean;
  scaleWithoutStart: boolean;
  /** Steps answered by the caller (context menu on a node group). */
  readonly preset: { connection: boolean; cluster: boolean; group: boolean; scaleType: boolean };
}

export interface ResizeFlowResult {
  readonly connection: string;
  readonly cluster: Cluster;
  readonly draft: ResizeDraft;
}

/** The draft the state describes, as the rules and the operation take it. */
export function draftOf(s: ResizeFlowState): ResizeDraft {
  const taskScaleIn = s.scaleType === 'scale_in' && s.serverIds.length > 0;
  return {
    scaleType: s.scaleType ?? 'scale_out',
    group: s.group,
    instances: s.instances,
    ...(s.scaleType === 'scale_out' && s.skipBootstrapScripts ? { skipBootstrapScripts: true } : {}),
    ...(s.scaleType === 'scale_out' && s.scaleWithoutStart ? { scaleWithoutStart: true } : {}),
    ...(taskScaleIn ? { serverIds: [...s.serverIds] } : {}),
    ...(s.taskNodeInfo ? { taskNodeInfo: { ...s.taskNodeInfo } } : {}),
  };
}

export function checkState(s: ResizeFlowState, t: Translate, draft: ResizeDraft = draftOf(s)): ResizeCheck {
  return checkResize({ cluster: s.cluster as Cluster, hosts: s.hosts, draft }, t);
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
    hosts: undefined,
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
