// Records come back from the journal as untrusted JSON (an older or newer version, a hand edit, a
// truncation): check every field and never throw. A value that is not a whole record is not
// dropped: OperationHistory lists it as unreadable and its cluster stays busy.
// Version 0.1 records (in VS Code's globalState) named the role `groupRole`; they are read once and migrated.
import type { WayIn } from '../plan/plan';
import type { NodeGroupRole } from '../model/cluster';
import {
  OPERATION_STATES,
  RECORD_VERSION,
  type Follower,
  type OperationState,
  type ResizeOperationRecord,
} from './record';
import type { ClusterBefore } from '../plan/target';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDate = (v: unknown): v is string => isText(v) && Number.isFinite(Date.parse(v));

const OPTIONAL_TEXTS = ['stageDesc', 'errorInfo', 'message', 'errorCode', 'requestId'] as const;
const WAYS_IN: readonly WayIn[] = ['palette', 'form', 'requestFile', 'cli', 'agent'];

function optionalFields(o: Json): Partial<ResizeOperationRecord> {
  const out: Record<string, unknown> = {};
  for (const key of OPTIONAL_TEXTS) {
    if (isText(o[key])) {
      out[key] = o[key];
    }
  }
  if (isDate(o.endedAt)) {
    out.endedAt = o.endedAt;
  }
  if (typeof o.version === 'number') {
    out.version = o.version;
  }
  if (WAYS_IN.includes(o.wayIn as WayIn)) {
    out.wayIn = o.wayIn;
  }
  if (typeof o.changeSeen === 'boolean') {
    out.changeSeen = o.changeSeen;
  }
  const before = parseBefore(o);
  if (before) {
    out.before = before;
  }
  const follower = parseFollower(o.follower);
  if (follower) {
    out.follower = follower;
  }
  return out;
}

/** `before` (0.1 kept only `scaleBefore`). */
function parseBefore(o: Json): ClusterBefore | undefined {
  const b = isObject(o.before) ? o.before : { scale: o.scaleBefore };
  const out: Record<string, string> = {};
  for (const key of ['scale', 'stageDesc', 'errorInfo'] as const) {
    if (isText(b[key])) {
      out[key] = b[key];
    }
  }
  // `{}` is a reading of an idle cluster (kept); an old record without `scaleBefore` has none.
  return isObject(o.before) || Object.keys(out).length > 0 ? out : undefined;
}

function parseFollower(v: unknown): Follower | undefined {
  if (!isObject(v) || !isText(v.window) || v.window === '' || !isCount(v.pid) || !isDate(v.at)) {
    return undefined;
  }
  return { window: v.window, pid: v.pid, at: v.at };
}

function roleOf(o: Json): NodeGroupRole | undefined {
  const role = o.role ?? o.groupRole;
  return role === 'core' || role === 'task' || role === 'master' ? role : undefined;
}

/** The first required field that is missing or of the wrong kind, or undefined. */
function missingField(o: Json): string | undefined {
  const checks: Array<[string, boolean]> = [
    ...['id', 'connection', 'clusterId', 'clusterName', 'groupName'].map((k): [string, boolean] => [
      k,
      isText(o[k]) && o[k] !== '',
    ]),
    ['role', roleOf(o) !== undefined],
    ['scaleType', o.scaleType === 'scale_out' || o.scaleType === 'scale_in'],
    ['from', isCount(o.from)],
    ['to', isCount(o.to)],
    ['startedAt', isDate(o.startedAt)],
    ['state', OPERATION_STATES.includes(o.state as OperationState)],
    ['serverIds', o.serverIds === undefined || (Array.isArray(o.serverIds) && o.serverIds.every(isText))],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}

export type ParsedRecord =
  | { readonly record: ResizeOperationRecord }
  /** Not a whole record: which field is wrong, or the newer version that wrote it. */
  | { readonly problem: 'notARecord' | 'newerVersion'; readonly detail: string };

/** One record, or why the value is not one. */
export function parseOperationRecord(value: unknown): ParsedRecord {
  if (!isObject(value)) {
    return { problem: 'notARecord', detail: Array.isArray(value) ? 'array' : typeof value };
  }
  if (value.version !== undefined && !(typeof value.version === 'number' && value.version <= RECORD_VERSION)) {
    return { problem: 'newerVersion', detail: JSON.stringify(value.version) };
  }
  const missing = missingField(value);
  if (missing !== undefined) {
    return { problem: 'notARecord', detail: missing };
  }
  return {
    record: {
      id: value.id as string,
      connection: value.connection as string,
      clusterId: value.clusterId as string,
      clusterName: value.clusterName as string,
      groupName: value.groupName as string,
      role: roleOf(value) as NodeGroupRole,
      scaleType: value.scaleType as 'scale_out' | 'scale_in',
      from: value.from as number,
      to: value.to as number,
      serverIds: [...((value.serverIds as string[] | undefined) ?? [])],
      startedAt: value.startedAt as string,
      state: value.state as OperationState,
      ...optionalFields(value),
    },
  };
}

/** The well-formed records of a list (0.1's history in globalState), each id once. */
export function parseOperationRecords(value: unknown): ResizeOperationRecord[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const seen = new Set<string>();
  const records: ResizeOperationRecord[] = [];
  for (const item of value) {
    const parsed = parseOperationRecord(item);
    const record = 'record' in parsed ? parsed.record : undefined;
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      records.push(record);
    }
  }
  return records;
}
