// Records come back from the journal as untrusted JSON (an older version, a hand edit, another
// window mid-write): check every field, drop what does not fit, never throw. Version 0.1 records
// (in VS Code's globalState) named the role `groupRole`; they are read once and migrated.
import { OPERATION_STATES, type Follower, type OperationState, type ResizeOperationRecord } from './record';
import type { ClusterBefore } from './target';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDate = (v: unknown): v is string => isText(v) && Number.isFinite(Date.parse(v));

const OPTIONAL_TEXTS = ['stageDesc', 'errorInfo', 'message', 'errorCode', 'requestId'] as const;

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

function roleOf(o: Json): 'core' | 'task' | undefined {
  const role = o.role ?? o.groupRole;
  return role === 'core' || role === 'task' ? role : undefined;
}

function hasRequiredFields(o: Json): boolean {
  return (
    ['id', 'connection', 'clusterId', 'clusterName', 'groupName'].every((k) => isText(o[k]) && o[k] !== '') &&
    roleOf(o) !== undefined &&
    (o.scaleType === 'scale_out' || o.scaleType === 'scale_in') &&
    isCount(o.from) &&
    isCount(o.to) &&
    isDate(o.startedAt) &&
    OPERATION_STATES.includes(o.state as OperationState) &&
    (o.serverIds === undefined || (Array.isArray(o.serverIds) && o.serverIds.every(isText)))
  );
}

/** One record, or undefined when the value is not a well-formed record. */
function parseOperationRecord(value: unknown): ResizeOperationRecord | undefined {
  if (!isObject(value) || !hasRequiredFields(value)) {
    return undefined;
  }
  return {
    id: value.id as string,
    connection: value.connection as string,
    clusterId: value.clusterId as string,
    clusterName: value.clusterName as string,
    groupName: value.groupName as string,
    role: roleOf(value) as 'core' | 'task',
    scaleType: value.scaleType as 'scale_out' | 'scale_in',
    from: value.from as number,
    to: value.to as number,
    serverIds: [...((value.serverIds as string[] | undefined) ?? [])],
    startedAt: value.startedAt as string,
    state: value.state as OperationState,
    ...optionalFields(value),
  };
}

/** The well-formed records of a list, each id once. */
export function parseOperationRecords(value: unknown): ResizeOperationRecord[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const seen = new Set<string>();
  const records: ResizeOperationRecord[] = [];
  for (const item of value) {
    const record = parseOperationRecord(item);
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      records.push(record);
    }
  }
  return records;
}
