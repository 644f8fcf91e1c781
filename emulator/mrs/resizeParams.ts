// Parses the body of PUT /v1.1/{project_id}/cluster_infos/{cluster_id} as the server would,
// from the resize doc's parameter tables (表3, 表4, 表6) — not from the client's validation code.
import type { Reply } from '../http/reply';
import { docError, type ZhValues } from './messagesZh';

/**
 * HTTP status of each resize error code the emulator sends (docs/mrs-api.md §5.2). 12000017 and 12000067
 * have none documented: 400 like their neighbours; MRS.102 has none either: 401, as for any token refusal.
 */
export const RESIZE_ERROR_STATUS: Record<string, number> = {
  12000001: 401,
  12000002: 400,
  12000003: 400,
  12000009: 400,
  12000013: 400,
  12000017: 400,
  12000018: 400,
  12000028: 400,
  12000030: 400,
  12000031: 400,
  12000032: 400,
  12000033: 400,
  12000034: 400,
  12000054: 400,
  12000065: 400,
  12000067: 400,
  12000068: 400,
  12000121: 400,
  'MRS.102': 401,
};

/** An error of the resize doc's table: `msg` in English, the doc's Chinese for a request in zh-cn. */
export function resizeError(code: string, msg: string, values?: ZhValues): Reply {
  return docError(RESIZE_ERROR_STATUS[code] ?? 400, code, msg, values);
}

export const DATA_VOLUME_TYPES: readonly string[] = ['SATA', 'SAS', 'SSD', 'GPSSD'];

export interface TaskNodeInfo {
  nodeSize: string;
  dataVolumeType: string;
  dataVolumeCount: number;
  dataVolumeSize: number;
}

export interface ResizeRequest {
  scaleType: 'scale_out' | 'scale_in';
  /** '' when absent or empty (the server then means the core group). */
  nodeGroup: string;
  instances: number;
  serverIds: string[];
  taskNodeInfo?: TaskNodeInfo;
  /** v1.1's default is false: the bootstrap actions run on new nodes unless the request says otherwise. */
  skipBootstrapScripts: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: Reply };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const invalid = (msg: string): Parsed<never> => ({
  ok: false,
  reply: resizeError('12000002', `Invalid parameter: ${msg}`),
});

/** `instances` is an Integer in the doc but every doc example sends "1": both forms are accepted. */
export function parseInstances(v: unknown): number | undefined {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= 1 && v <= 2147483647 ? v : undefined;
  }
  if (typeof v === 'string' && /^\d{1,10}$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= 2147483647 ? n : undefined;
  }
  return undefined;
}

function intIn(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function parseTaskNodeInfo(v: unknown): Parsed<TaskNodeInfo | undefined> {
  if (v === undefined || v === null) {
    return { ok: true, value: undefined };
  }
  if (!isObject(v)) {
    return invalid('task_node_info must be an object.');
  }
  if (typeof v.node_size !== 'string' || v.node_size.trim() === '') {
    return invalid('task_node_info.node_size is required.');
  }
  const type = v.data_volume_type ?? 'SATA';
  if (typeof type !== 'string' || !DATA_VOLUME_TYPES.includes(type)) {
    return invalid(`task_node_info.data_volume_type must be one of ${DATA_VOLUME_TYPES.join(', ')}.`);
  }
  const count = v.data_volume_count ?? 1;
  if (!intIn(count, 1, 10)) {
    return invalid('task_node_info.data_volume_count must be an integer from 1 to 10.');
  }
  const size = v.data_volume_size ?? 100;
  if (!intIn(size, 100, 32000)) {
    return invalid('task_node_info.data_volume_size must be an integer from 100 to 32000 (GB).');
  }
  return {
    ok: true,
    value: {
      nodeSize: v.node_size,
      dataVolumeType: type,
      dataVolumeCount: count as number,
      dataVolumeSize: size as number,
    },
  };
}

function parseServerIds(v: unknown): Parsed<string[]> {
  if (v === undefined || v === null) {
    return { ok: true, value: [] };
  }
  if (!Array.isArray(v) || !v.every((id): id is string => typeof id === 'string')) {
    return invalid('server_ids must be a list of strings.');
  }
  return { ok: true, value: v };
}

/**
 * The two switches of 表4. `scale_without_start` is a boolean. `skip_bootstrap_scripts` is typed String
 * in the zh doc and the SDKs but sent as `false` in the doc's examples: a boolean or "true"/"false".
 */
function checkSwitches(p: Json): Parsed<never> | undefined {
  const skip = p.skip_bootstrap_scripts;
  if (skip !== undefined && skip !== null && typeof skip !== 'boolean' && skip !== 'true' && skip !== 'false') {
    return invalid('skip_bootstrap_scripts must be true or false.');
  }
  const noStart = p.scale_without_start;
  if (noStart !== undefined && noStart !== null && typeof noStart !== 'boolean') {
    return invalid('scale_without_start must be a boolean.');
  }
  return undefined;
}

function parseBody(body: Buffer): Parsed<Json> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!isObject(parsed) || !isObject(parsed.parameters)) {
    return {
      ok: false,
      reply: resizeError(
        '12000009',
        'Invalid method parameter: the body must be a JSON object with a "parameters" object.',
      ),
    };
  }
  return { ok: true, value: parsed.parameters };
}

function checkFields(p: Json): Parsed<never> | undefined {
  if (p.scale_type !== 'scale_out' && p.scale_type !== 'scale_in') {
    return invalid('scale_type must be "scale_out" or "scale_in".');
  }
  if (p.node_id !== 'node_orderadd') {
    return invalid('node_id must be "node_orderadd".');
  }
  if (p.node_group !== undefined && p.node_group !== null && typeof p.node_group !== 'string') {
    return invalid('node_group must be a string.');
  }
  if (parseInstances(p.instances) === undefined) {
    return invalid('instances must be a positive integer.');
  }
  return checkSwitches(p);
}

/** Field checks of 表4 in the doc's order; cluster-dependent rules live in resizeRules.ts. */
export function parseResizeRequest(body: Buffer): Parsed<ResizeRequest> {
  const params = parseBody(body);
  if (!params.ok) {
    return params;
  }
  const p = params.value;
  const refused = checkFields(p);
  if (refused) {
    return refused;
  }
  const serverIds = parseServerIds(p.server_ids);
  if (!serverIds.ok) {
    return serverIds;
  }
  const taskNodeInfo = parseTaskNodeInfo(p.task_node_info);
  if (!taskNodeInfo.ok) {
    return taskNodeInfo;
  }
  return {
    ok: true,
    value: {
      scaleType: p.scale_type as ResizeRequest['scaleType'],
      nodeGroup: typeof p.node_group === 'string' ? p.node_group.trim() : '',
      instances: parseInstances(p.instances) as number,
      serverIds: serverIds.value,
      taskNodeInfo: taskNodeInfo.value,
      skipBootstrapScripts: p.skip_bootstrap_scripts === true || p.skip_bootstrap_scripts === 'true',
    },
  };
}
