// The PUT body of a resize both ways: buildBody writes the exact body of a checked draft,
// draftFromRequest reads a body (a request file, the doc's examples) back into a draft.
import type { ResizeParametersDto, ResizeRequestDto, TaskNodeInfoDto } from '../api/wire';
import type { Translate } from '../translate';
import { problemOf, formatPath } from './problem';
import { defined } from './facts';
import type { ResizeProblem, ResizeDraft, ResizePath, ResolvedGroup, ScaleType, TaskNodeInfoDraft } from './types';

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

/** The JSON type a field of a request body must have. */
export type RequestFieldType = 'object' | 'string' | 'boolean' | 'number' | 'stringArray';

/** A field whose JSON type the draft cannot hold: it is left out of the draft. */
export interface WrongType {
  readonly path: ResizePath;
  readonly expected: RequestFieldType;
}

export interface RequestDraft {
  readonly draft: ResizeDraft;
  /** Each wrong type is an error (wrongTypeProblem); a draft with wrongTypes must not be sent. */
  readonly wrongTypes: readonly WrongType[];
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the fields of one object of the body; absent and null both mean "not given". */
function reader(object: JsonObject, at: ResizePath, wrongTypes: WrongType[]) {
  const get = <T>(key: string, expected: RequestFieldType, read: (v: unknown) => T | undefined): T | undefined => {
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    const result = value === undefined || value === null ? undefined : read(value);
    if (result === undefined && value !== undefined && value !== null) {
      wrongTypes.push({ path: [...at, key], expected });
    }
    return result;
  };
  return {
    text: (key: string) => get(key, 'string', (v) => (typeof v === 'string' ? v : undefined)),
    count: (key: string) => get(key, 'number', (v) => (typeof v === 'number' || typeof v === 'string' ? v : undefined)),
    object: (key: string) => get(key, 'object', (v) => (isObject(v) ? v : undefined)),
    /** A boolean, or its text as the zh doc types `skip_bootstrap_scripts` ("true" / "false"). */
    flag: (key: string) =>
      get(key, 'boolean', (v) => {
        const text = typeof v === 'string' ? v.trim().toLowerCase() : v;
        return text === true || text === 'true' ? true : text === false || text === 'false' ? false : undefined;
      }),
    strings: (key: string) => {
      const list = get(key, 'stringArray', (v) => (Array.isArray(v) ? (v as unknown[]) : undefined));
      const wrong = (list ?? []).flatMap((id, i) => (typeof id === 'string' ? [] : [i]));
      wrongTypes.push(...wrong.map((i) => ({ path: [...at, key, i], expected: 'string' as const })));
      // Left out whole rather than shortened, so that the rules' indexes still point into the body.
      return wrong.length === 0 && list ? (list as string[]).slice() : undefined;
    },
  };
}

function taskNodeInfoOf(info: JsonObject, wrongTypes: WrongType[]): TaskNodeInfoDraft {
  const read = reader(info, ['parameters', 'task_node_info'], wrongTypes);
  return defined({
    nodeSize: read.text('node_size') ?? '',
    dataVolumeType: read.text('data_volume_type'),
    dataVolumeCount: read.count('data_volume_count'),
    dataVolumeSize: read.count('data_volume_size'),
  });
}

/** `parameters` is required: without it every field of the rules would point at nothing. */
function parametersOf(body: unknown, wrongTypes: WrongType[]): JsonObject {
  if (!isObject(body)) {
    wrongTypes.push({ path: [], expected: 'object' });
    return {};
  }
  if (!isObject(body.parameters)) {
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
  const read = reader(parameters, ['parameters'], wrongTypes);
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

function wrongTypeMessage(field: string, expected: RequestFieldType, t: Translate): string {
  switch (expected) {
    case 'object':
      return field === '' ? t('The request must be a JSON object.') : t('{0} must be a JSON object.', field);
    case 'string':
      return t('{0} must be a string.', field);
    case 'boolean':
      return t('{0} must be true or false.', field);
    case 'number':
      return t('{0} must be a number.', field);
    case 'stringArray':
      return t('{0} must be a list of strings.', field);
  }
}

/** The error problem of a wrong type (code `request.wrongType`), at the wrong type's path. */
export function wrongTypeProblem(wrong: WrongType, t: Translate): ResizeProblem {
  return problemOf(
    'error',
    wrong.path,
    'request.wrongType',
    wrongTypeMessage(formatPath(wrong.path), wrong.expected, t),
  );
}
