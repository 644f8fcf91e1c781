// Persisted history comes back as untrusted JSON (an older version, a hand edit): check every
// field, drop what does not fit, never throw.
import { OPERATION_HISTORY_LIMIT, OPERATION_STATES, type OperationState, type ResizeOperationRecord } from './record';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDate = (v: unknown): v is string => isText(v) && Number.isFinite(Date.parse(v));

function optionalTexts(o: Json): Partial<ResizeOperationRecord> {
  const out: Record<string, string> = {};
  for (const key of [
    'endedAt',
    'stageDesc',
    'errorInfo',
    'message',
    'requestId',
    'scaleBefore',
    'watcher',
    'watchedAt',
  ] as const) {
    if (isText(o[key]) && ((key !== 'endedAt' && key !== 'watchedAt') || isDate(o[key]))) {
      out[key] = o[key];
    }
  }
  return out;
}

function hasRequiredFields(o: Json): boolean {
  return (
    ['id', 'connection', 'clusterId', 'clusterName', 'groupName'].every((k) => isText(o[k]) && o[k] !== '') &&
    (o.groupRole === 'core' || o.groupRole === 'task') &&
    (o.scaleType === 'scale_out' || o.scaleType === 'scale_in') &&
    isCount(o.from) &&
    isCount(o.to) &&
    isDate(o.startedAt) &&
    OPERATION_STATES.includes(o.state as OperationState) &&
    (o.serverIds === undefined || (Array.isArray(o.serverIds) && o.serverIds.every(isText)))
  );
}

/** One record, or undefined when the value is not a well-formed record. */
export function parseOperationRecord(value: unknown): ResizeOperationRecord | undefined {
  if (!isObject(value) || !hasRequiredFields(value)) {
    return undefined;
  }
  return {
    id: value.id as string,
    connection: value.connection as string,
    clusterId: value.clusterId as string,
    clusterName: value.clusterName as string,
    groupName: value.groupName as string,
    groupRole: value.groupRole as 'core' | 'task',
    scaleType: value.scaleType as 'scale_out' | 'scale_in',
    from: value.from as number,
    to: value.to as number,
    serverIds: [...((value.serverIds as string[] | undefined) ?? [])],
    startedAt: value.startedAt as string,
    state: value.state as OperationState,
    ...optionalTexts(value),
    ...(typeof value.changeSeen === 'boolean' ? { changeSeen: value.changeSeen } : {}),
  };
}

/** The well-formed records of a stored history, each id once, at most `limit`. */
export function parseOperationHistory(value: unknown, limit = OPERATION_HISTORY_LIMIT): ResizeOperationRecord[] {
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
  return records.slice(0, Math.max(0, limit));
}
