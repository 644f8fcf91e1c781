// The PUT body of a resize both ways: buildBody writes the exact body of a checked draft,
// draftFromRequest reads a body (a request file, the doc's examples) back into a draft.
import type { ResizeParametersDto, ResizeRequestDto, TaskNodeInfoDto } from '../api/wire';
import { defined } from './facts';
import { bodyReader, isJsonObject, type JsonObject, type RequestDraft, type WrongType } from './bodyReader';
import type { ResizeDraft, ResolvedGroup, ScaleType, TaskNodeInfoDraft } from './types';

export { wrongTypeProblem } from './bodyReader';
export type { RequestDraft, RequestFieldType, WrongType } from './bodyReader';

/** Fixed `node_id` of the v1.1 resize. */
export const RESIZE_NODE_ID = 'node_orderadd';

/** What the rules decided about a draft, for its body. */
export interface BodyParts {
  readonly group: ResolvedGroup;
  readonly scaleType: ScaleType;
  readonly instances: number;
  /** True when `server_ids` belongs in the body (a task scale-in with ids). */
  readonly sendServerIds: boolean;
  /** The checked `task_node_info`, when it is sent. */
  readonly taskNodeInfo: TaskNodeInfoDto | undefined;
}

/** The PUT body: fields with no effect in this direction are left out; `instances` is an integer. */
export function buildBody(draft: ResizeDraft, p: BodyParts): ResizeRequestDto {
  const parameters: ResizeParametersDto = {
    scale_type: p.scaleType,
    node_id: RESIZE_NODE_ID,
    node_group: p.group.name,
    instances: p.instances,
  };
  if (p.scaleType === 'scale_out' && draft.skipBootstrapScripts !== undefined) {
    parameters.skip_bootstrap_scripts = draft.skipBootstrapScripts;
  }
  if (p.scaleType === 'scale_out' && draft.scaleWithoutStart !== undefined) {
    parameters.scale_without_start = draft.scaleWithoutStart;
  }
  if (p.sendServerIds) {
    parameters.server_ids = [...(draft.serverIds ?? [])];
  }
  if (p.taskNodeInfo) {
    parameters.task_node_info = p.taskNodeInfo;
  }
  return { parameters };
}

function taskNodeInfoOf(info: JsonObject, wrongTypes: WrongType[]): TaskNodeInfoDraft {
  const read = bodyReader(info, ['parameters', 'task_node_info'], wrongTypes);
  return defined({
    nodeSize: read.text('node_size') ?? '',
    dataVolumeType: read.text('data_volume_type'),
    dataVolumeCount: read.count('data_volume_count'),
    dataVolumeSize: read.count('data_volume_size'),
  });
}

/** `parameters` is required: without it every field of the rules would point at nothing. */
function parametersOf(body: unknown, wrongTypes: WrongType[]): JsonObject {
  if (!isJsonObject(body)) {
    wrongTypes.push({ path: [], expected: 'object' });
    return {};
  }
  if (!isJsonObject(body.parameters)) {
    wrongTypes.push({ path: ['parameters'], expected: 'object' });
    return {};
  }
  return body.parameters;
}

/**
 * The wrong type of the body's structure (the body or its `parameters` not an object), if any: then no
 * field can be read, and that one problem is the whole answer (not "choose scale out" and the rest).
 */
export function structureWrongType(body: unknown): WrongType | undefined {
  const wrongTypes: WrongType[] = [];
  parametersOf(body, wrongTypes);
  return wrongTypes[0];
}

/**
 * The draft a PUT body asks for (`{ parameters: {…}, previous_values?: … }` as in the doc). Never
 * throws. `scale_type` and `instances` go to the draft as given (or '' when not text or a number):
 * the rules judge them. Other fields of a wrong JSON type become wrongTypes and stay out of the draft
 * (a wrong `node_group` reads as '', the core group): never send a draft with wrongTypes; checkResizeRequest
 * withholds its body.
 * Ignored: `service_id`, `plan_id`, `previous_values`, `order_id` and `node_id` (always node_orderadd).
 * Normalised on the way back by checkResize: instances "1" → 1, "true"/"false" → booleans,
 * a doc alias or '' → the real group name, and fields with no effect in this direction left out.
 */
export function draftFromRequest(body: unknown): RequestDraft {
  const wrongTypes: WrongType[] = [];
  const parameters = parametersOf(body, wrongTypes);
  const read = bodyReader(parameters, ['parameters'], wrongTypes);
  const { scale_type: scaleType, instances } = parameters;
  const info = read.object('task_node_info');
  const draft: ResizeDraft = defined({
    // Any other text is kept: the rules refuse it (scaleType.invalid) like a form's.
    scaleType: (typeof scaleType === 'string' ? scaleType : '') as ScaleType,
    group: read.text('node_group') ?? '',
    instances: typeof instances === 'number' || typeof instances === 'string' ? instances : '',
    skipBootstrapScripts: read.flag('skip_bootstrap_scripts'),
    scaleWithoutStart: read.flag('scale_without_start'),
    serverIds: read.strings('server_ids'),
    taskNodeInfo: info && taskNodeInfoOf(info, wrongTypes),
  });
  return { draft, wrongTypes };
}
