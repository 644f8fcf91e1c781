// The persisted trace of a resize: plain JSON (the extension stores it in its global state), no
// secrets, enough to resume following it after a reload and to show it in the operations view.
import type { ScaleType } from '../resize/types';
import type { ResizeTarget } from './target';

export type OperationState = 'running' | 'succeeded' | 'failed' | 'unknown' | 'stopped' | 'timedOut';
export const OPERATION_STATES: readonly OperationState[] = [
  'running',
  'succeeded',
  'failed',
  'unknown',
  'stopped',
  'timedOut',
];
/** How many operations the history keeps. */
export const OPERATION_HISTORY_LIMIT = 50;

export interface ResizeOperationRecord {
  readonly id: string;
  /** Connection name (never its credentials). */
  readonly connection: string;
  readonly clusterId: string;
  readonly clusterName: string;
  readonly groupName: string;
  readonly groupRole: 'core' | 'task';
  readonly scaleType: ScaleType;
  readonly from: number;
  readonly to: number;
  /** Chosen task hosts of a scale-in; empty when MRS chooses. */
  readonly serverIds: readonly string[];
  /** ISO 8601. */
  readonly startedAt: string;
  /** ISO 8601; absent while running. */
  readonly endedAt?: string;
  readonly state: OperationState;
  readonly stageDesc?: string;
  readonly errorInfo?: string;
  /** The last user-facing sentence about it (translated when it was written). */
  readonly message?: string;
  /** X-Request-Id of the PUT, for support. */
  readonly requestId?: string;
  /** The watch saw the change start (pass it back to watchResize on resume). */
  readonly changeSeen?: boolean;
  /** `scale` read in the pre-flight, to tell an old `scaling-error` from a new one on resume. */
  readonly scaleBefore?: string;
  /** The window following it, and when it last said so (ISO): other windows leave it alone meanwhile. */
  readonly watcher?: string;
  readonly watchedAt?: string;
}

export interface NewRecordInit {
  readonly id: string;
  readonly connection: string;
  readonly target: ResizeTarget;
  readonly serverIds?: readonly string[];
  readonly startedAtMs: number;
  readonly state?: OperationState;
  readonly message?: string;
  readonly requestId?: string;
  readonly scaleBefore?: string;
}

/** A record for a request that was just sent ('running' unless told otherwise). */
export function newOperationRecord(init: NewRecordInit): ResizeOperationRecord {
  const { target } = init;
  return {
    id: init.id,
    connection: init.connection,
    clusterId: target.clusterId,
    clusterName: target.clusterName,
    groupName: target.groupName,
    groupRole: target.role,
    scaleType: target.scaleType,
    from: target.from,
    to: target.to,
    serverIds: [...(init.serverIds ?? [])],
    startedAt: new Date(init.startedAtMs).toISOString(),
    state: init.state ?? 'running',
    ...(init.message !== undefined ? { message: init.message } : {}),
    ...(init.requestId !== undefined ? { requestId: init.requestId } : {}),
    ...(init.scaleBefore ? { scaleBefore: init.scaleBefore } : {}),
  };
}

/** The target to follow again after a reload. */
export function targetOfRecord(record: ResizeOperationRecord): ResizeTarget {
  const { clusterId, clusterName, groupName, groupRole: role, scaleType, from, to } = record;
  return { clusterId, clusterName, groupName, role, scaleType, from, to };
}

export interface RecordUpdate {
  readonly state?: OperationState;
  readonly stageDesc?: string;
  readonly errorInfo?: string;
  readonly message?: string;
  readonly changeSeen?: boolean;
  readonly watcher?: string;
  readonly watchedAt?: string;
  /** Set when the operation ended. */
  readonly endedAtMs?: number;
}

/** A copy with the update applied; undefined fields keep their values. */
export function updateRecord(record: ResizeOperationRecord, update: RecordUpdate): ResizeOperationRecord {
  const { endedAtMs, ...rest } = update;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  ) as Partial<ResizeOperationRecord>;
  return { ...record, ...defined, ...(endedAtMs !== undefined ? { endedAt: new Date(endedAtMs).toISOString() } : {}) };
}

/** Milliseconds from start to end (or to `nowMs` while running); undefined for unreadable dates. */
export function operationDurationMs(record: ResizeOperationRecord, nowMs: number): number | undefined {
  const start = Date.parse(record.startedAt);
  const end = record.endedAt !== undefined ? Date.parse(record.endedAt) : nowMs;
  return Number.isFinite(start) && Number.isFinite(end) ? Math.max(0, end - start) : undefined;
}

/**
 * The history with `record` added (newest first) or replaced in place (same id), cut to `limit`.
 * Finished operations are dropped before running ones, so a running one can still be resumed.
 */
export function addToHistory(
  history: readonly ResizeOperationRecord[],
  record: ResizeOperationRecord,
  limit = OPERATION_HISTORY_LIMIT,
): ResizeOperationRecord[] {
  const exists = history.some((r) => r.id === record.id);
  const next = exists ? history.map((r) => (r.id === record.id ? record : r)) : [record, ...history];
  while (next.length > Math.max(0, limit)) {
    next.splice(indexToDrop(next), 1);
  }
  return next;
}

/** The oldest finished operation, else the oldest of all. */
function indexToDrop(records: readonly ResizeOperationRecord[]): number {
  for (let i = records.length - 1; i >= 0; i--) {
    if (records[i].state !== 'running') {
      return i;
    }
  }
  return records.length - 1;
}

/**
 * True while another window follows this operation and has said so within `staleMs`: this window
 * then leaves it alone (no second poller, no second final message) until that window goes quiet.
 */
export function watchedElsewhere(
  record: ResizeOperationRecord,
  windowId: string,
  nowMs: number,
  staleMs: number,
): boolean {
  if (!record.watcher || record.watcher === windowId) {
    return false;
  }
  const at = Date.parse(record.watchedAt ?? '');
  return Number.isFinite(at) && nowMs - at < staleMs;
}
