// The state machine of an operation record (docs/ARCHITECTURE.md, "The resize lifecycle").
// A move that is not in the table is a programming error: it throws instead of silently
// overwriting a state (a record in 'unknown' must never be stored again as 'running' by a caller).
import { isActive, type Follower, type OperationState, type ResizeOperationRecord } from './record';

const MOVES: Readonly<Record<OperationState, readonly OperationState[]>> = {
  // The PUT is on the wire (or the window died while it was).
  sending: ['running', 'unknown', 'refused', 'notSent', 'ordered'],
  // MRS accepted it, or the re-read showed the change.
  running: ['succeeded', 'failed', 'stopped', 'timedOut'],
  // The answer was lost and no change was seen yet: followed until the readings settle it.
  unknown: ['running', 'succeeded', 'failed', 'stopped', 'timedOut'],
  succeeded: [],
  failed: [],
  refused: [],
  notSent: [],
  stopped: [],
  timedOut: [],
  // A v2 expand of a yearly/monthly group: MRS created an order; nothing happens until it is paid.
  ordered: [],
};

export class IllegalTransitionError extends Error {
  constructor(from: OperationState, to: OperationState) {
    super(`An operation cannot move from '${from}' to '${to}'.`);
    this.name = 'IllegalTransitionError';
  }
}

export function canMove(from: OperationState, to: OperationState): boolean {
  return MOVES[from].includes(to);
}

/** What may change with a move, or while a state lasts. */
type RecordFields = Partial<
  Pick<
    ResizeOperationRecord,
    'stageDesc' | 'errorInfo' | 'message' | 'errorCode' | 'requestId' | 'changeSeen' | 'orderId'
  >
>;

function withFields(record: ResizeOperationRecord, fields: RecordFields): ResizeOperationRecord {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { ...record, ...defined };
}

/**
 * The record in state `to`. A finished record gets `endedAt` and loses its follower.
 * @throws IllegalTransitionError when the table has no such move.
 */
export function moveTo(
  record: ResizeOperationRecord,
  to: OperationState,
  fields: RecordFields,
  nowMs: number,
): ResizeOperationRecord {
  if (!canMove(record.state, to)) {
    throw new IllegalTransitionError(record.state, to);
  }
  const moved = { ...withFields(record, fields), state: to };
  if (isActive(moved)) {
    return moved;
  }
  const { follower: _gone, ...finished } = moved;
  return { ...finished, endedAt: new Date(nowMs).toISOString() };
}

/** Progress within the same state (stage, change seen, the follower's heartbeat). */
export function touch(
  record: ResizeOperationRecord,
  fields: RecordFields,
  follower?: Follower | null,
): ResizeOperationRecord {
  const next = withFields(record, fields);
  if (follower === undefined) {
    return next;
  }
  if (follower === null) {
    const { follower: _gone, ...rest } = next;
    return rest;
  }
  return { ...next, follower };
}

/** Every state and where it may go, for the docs and the tests. */
export function stateTable(): ReadonlyArray<readonly [OperationState, readonly OperationState[]]> {
  return Object.entries(MOVES) as Array<[OperationState, readonly OperationState[]]>;
}
