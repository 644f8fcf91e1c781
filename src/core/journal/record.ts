// The persisted trace of a resize: plain JSON in the journal (see OperationHistory), no secrets,
// enough to follow it again after a reload and to show it in the Operations view. Its states and
// the moves between them are in transitions.ts; only ResizeLifecycle moves a record.
import type { WayIn } from '../plan/plan';
import type { ClusterBefore, ResizeTarget } from '../plan/target';

/**
 * The record format this version writes. A record without `version` is one of 0.1.x (read as
 * version 1); a higher one was written by a newer MRS Explorer and is listed as unreadable.
 */
export const RECORD_VERSION = 1;

export const OPERATION_STATES = [
  'sending',
  'running',
  'unknown',
  'succeeded',
  'failed',
  'refused',
  'notSent',
  'stopped',
  'timedOut',
  'ordered',
] as const;
export type OperationState = (typeof OPERATION_STATES)[number];

/** States in which the resize may still change the cluster: one window follows each. */
const ACTIVE_STATES: readonly OperationState[] = ['sending', 'running', 'unknown'];

/** How many operations the history keeps. */
export const OPERATION_HISTORY_LIMIT = 50;

/** The window that follows an operation, and when it last said so. */
export interface Follower {
  /** Random per window (per extension host run). */
  readonly window: string;
  /** Process id of that extension host: a dead process follows nothing. */
  readonly pid: number;
  /** ISO 8601. */
  readonly at: string;
}

export interface ResizeOperationRecord extends ResizeTarget {
  /** RECORD_VERSION when written. */
  readonly version?: number;
  readonly id: string;
  /** Where the resize was started (the palette, the form, a request file, mrs-resize). */
  readonly wayIn?: WayIn;
  /** Connection name (never its credentials). */
  readonly connection: string;
  /** Chosen hosts of a scale-in (v1.1 task `server_ids`, or v2 shrink `resource_ids`); empty when MRS chooses. */
  readonly serverIds: readonly string[];
  /** ISO 8601. */
  readonly startedAt: string;
  /** ISO 8601; absent while active. */
  readonly endedAt?: string;
  readonly state: OperationState;
  readonly stageDesc?: string;
  readonly errorInfo?: string;
  /** The last user-facing sentence about it (translated when it was written). */
  readonly message?: string;
  /** MRS's error code of a refusal. */
  readonly errorCode?: string;
  /** X-Request-Id of the PUT, for support. */
  readonly requestId?: string;
  /** Which call was sent: the v1.1 PUT when absent (records before 0.2), or the v2 expand or shrink. */
  readonly call?: 'v1.1' | 'expand' | 'shrink';
  /** The order MRS created for a yearly/monthly group's expand (state 'ordered'): paid in the console. */
  readonly orderId?: string;
  /** The change was seen on the cluster (passed back to the follower on resume). */
  readonly changeSeen?: boolean;
  /** What the pre-flight read of the last resize, to tell an old `scaling-error` from a new one. */
  readonly before?: ClusterBefore;
  /** Absent when no window follows it (finished, or its window closed). */
  readonly follower?: Follower;
}

export function isActive(record: Pick<ResizeOperationRecord, 'state'>): boolean {
  return ACTIVE_STATES.includes(record.state);
}

interface NewRecordInit {
  readonly id: string;
  readonly wayIn: WayIn;
  readonly connection: string;
  readonly target: ResizeTarget;
  readonly serverIds?: readonly string[];
  readonly call?: 'v1.1' | 'expand' | 'shrink';
  readonly startedAtMs: number;
  readonly before?: ClusterBefore;
  readonly follower: Follower;
  readonly message: string;
}

/** The record of a request about to be sent: every record starts in 'sending'. */
export function newOperationRecord(init: NewRecordInit): ResizeOperationRecord {
  const { clusterId, clusterName, groupName, role, scaleType, from, to } = init.target;
  return {
    version: RECORD_VERSION,
    id: init.id,
    wayIn: init.wayIn,
    connection: init.connection,
    clusterId,
    clusterName,
    groupName,
    role,
    scaleType,
    from,
    to,
    serverIds: [...(init.serverIds ?? [])],
    ...(init.call && init.call !== 'v1.1' ? { call: init.call } : {}),
    startedAt: new Date(init.startedAtMs).toISOString(),
    state: 'sending',
    message: init.message,
    // Kept even when empty: an idle cluster before the request makes a new scaling-error visible at once.
    ...(init.before ? { before: init.before } : {}),
    follower: init.follower,
  };
}

/** Milliseconds from start to end (or to `nowMs` while active); undefined for unreadable dates. */
export function operationDurationMs(record: ResizeOperationRecord, nowMs: number): number | undefined {
  const start = Date.parse(record.startedAt);
  const end = record.endedAt !== undefined ? Date.parse(record.endedAt) : nowMs;
  return Number.isFinite(start) && Number.isFinite(end) ? Math.max(0, end - start) : undefined;
}

/** Newest first. */
export function byNewest(a: ResizeOperationRecord, b: ResizeOperationRecord): number {
  return Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? -1 : 1);
}

/**
 * The records to forget so that at most `limit` remain: the oldest finished ones first; an
 * active one only when there are more active ones than the limit.
 */
export function overLimit(records: readonly ResizeOperationRecord[], limit = OPERATION_HISTORY_LIMIT): string[] {
  const sorted = [...records].sort(byNewest);
  const excess = sorted.length - Math.max(0, limit);
  if (excess <= 0) {
    return [];
  }
  const finished = sorted.filter((r) => !isActive(r)).reverse();
  const active = sorted.filter((r) => isActive(r)).reverse();
  return [...finished, ...active].slice(0, excess).map((r) => r.id);
}
