// The text of a new request file: for `MRS: New Resize Request File` and the form's "Open as Request
// File". The request is the exact body when the rules built one, else the draft written as a body.
import type { ResizeBody, ResizeCall } from '../api/resizeCall';
import type { BodyMember } from '../resize/v2Body';
import { RESIZE_NODE_ID } from '../resize/body';
import { parseInstances } from '../resize/limits';
import type { ResizeDraft } from '../resize/types';

export interface NewRequestFile {
  readonly connection?: string;
  readonly clusterId: string;
  /** Written as a comment above the target, so the file says which cluster it means. */
  readonly clusterName?: string;
  readonly request: ResizeBody | Readonly<Record<string, unknown>>;
  /** The member the body goes under: `request` (v1.1, the default), `expand` or `shrink` (v2). */
  readonly member?: BodyMember;
}

/** A v2 draft written as an `expand` or `shrink` body, as typed. */
function v2BodyOfDraft(member: 'expand' | 'shrink', draft: ResizeDraft): Record<string, unknown> {
  const count = parseInstances(draft.instances) ?? draft.instances;
  const ids = draft.resourceIds && draft.resourceIds.length > 0 ? [...draft.resourceIds] : undefined;
  const body: Record<string, unknown> = { node_group_name: draft.group };
  if (member === 'shrink') {
    return {
      ...body,
      ...(ids ? { resource_ids: ids } : { count }),
      ...(draft.azCode ? { az_code: draft.azCode } : {}),
    };
  }
  return {
    ...body,
    count,
    skip_bootstrap_scripts: draft.skipBootstrapScripts ?? false,
    scale_without_start: draft.scaleWithoutStart ?? false,
    ...(draft.azCode ? { az_code: draft.azCode } : {}),
  };
}

/**
 * What a new request file holds for a draft: the call's exact body under its member when the rules
 * built it; else the draft as typed, under `expand`/`shrink` when `v2` (a custom cluster, a master
 * group), else under `request`.
 */
export function fileBodyOf(
  draft: ResizeDraft,
  call: ResizeCall | undefined,
  v2: boolean,
): Pick<NewRequestFile, 'member' | 'request'> {
  if (call) {
    return { member: call.kind === 'v1.1' ? 'request' : call.kind, request: call.body };
  }
  if (!v2) {
    return { member: 'request', request: requestOfDraft(draft) };
  }
  const member = draft.scaleType === 'scale_in' ? 'shrink' : 'expand';
  return { member, request: v2BodyOfDraft(member, draft) };
}

/** A draft written as a request body, as typed (a draft with errors too: the file shows them). */
export function requestOfDraft(draft: ResizeDraft): { parameters: Record<string, unknown> } {
  const info = draft.taskNodeInfo;
  const parameters: Record<string, unknown> = {
    scale_type: draft.scaleType,
    node_id: RESIZE_NODE_ID,
    node_group: draft.group,
    instances: parseInstances(draft.instances) ?? draft.instances,
  };
  if (draft.skipBootstrapScripts !== undefined) {
    parameters.skip_bootstrap_scripts = draft.skipBootstrapScripts;
  }
  if (draft.scaleWithoutStart !== undefined) {
    parameters.scale_without_start = draft.scaleWithoutStart;
  }
  if (draft.serverIds !== undefined) {
    parameters.server_ids = [...draft.serverIds];
  }
  if (info) {
    const count = (v: number | string | undefined) =>
      v === undefined || v === '' ? undefined : (parseInstances(v) ?? v);
    parameters.task_node_info = Object.fromEntries(
      Object.entries({
        node_size: info.nodeSize,
        data_volume_type: info.dataVolumeType || undefined,
        data_volume_count: count(info.dataVolumeCount),
        data_volume_size: count(info.dataVolumeSize),
      }).filter(([, v]) => v !== undefined),
    );
  }
  return { parameters };
}

/** The file's text: 2-space JSON with a comment naming the cluster. */
export function newRequestFileText(file: NewRequestFile): string {
  const target = { ...(file.connection ? { connection: file.connection } : {}), cluster_id: file.clusterId };
  const body = JSON.stringify({ target, [file.member ?? 'request']: file.request }, null, 2);
  const comment = file.clusterName ? `// ${file.clusterName.replace(/[\r\n]/g, ' ')}\n` : '';
  return `${comment}${body}\n`;
}

/** A file name for the untitled document: `<cluster>.mrs-resize.json`, safe on every OS. */
export function requestFileName(clusterName: string): string {
  const safe = clusterName.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'resize';
  return `${safe}.mrs-resize.json`;
}

/**
 * The name of a new untitled request file for a cluster: `<cluster>.mrs-resize.json` when no open
 * document has it, else `<cluster>-2.mrs-resize.json`, `-3`…, per cluster (`taken` says which names
 * are open: opening an untitled name that is open would return that document).
 */
export function newRequestFileName(clusterName: string, taken: (name: string) => boolean): string {
  const base = requestFileName(clusterName);
  let name = base;
  for (let n = 2; taken(name); n++) {
    name = base.replace(/\.mrs-resize\.json$/, `-${n}.mrs-resize.json`);
  }
  return name;
}
