// Typed errors of the resize operation. Their messages are translated sentences, ready for the
// command guard ("<what failed>: <reason>").
import type { ErrorExplanation } from '../api/catalog';
import { UserFacingError } from '../errors';
import type { MrsApiError } from '../api/errors';
import type { PlanProblem, RefusedPlan } from '../plan/plan';

/**
 * Another resize of the same cluster is being sent or followed (by this process or another one,
 * named in the message), or the journal keeps the cluster busy. Nothing was sent.
 */
export class ResizeBusyError extends UserFacingError {
  constructor(
    message: string,
    readonly connection: string,
    readonly clusterId: string,
  ) {
    super(message);
    this.name = 'ResizeBusyError';
  }
}

/** The plan is refused: the rules (on the fresh reading), or a resize already under way. Nothing was sent. */
export class ResizePreflightError extends UserFacingError {
  constructor(
    message: string,
    readonly plan: RefusedPlan,
  ) {
    super(message);
    this.name = 'ResizePreflightError';
  }

  /** Every problem, errors first. */
  get problems(): readonly PlanProblem[] {
    return this.plan.problems;
  }
}

/**
 * Right before the PUT, the fresh reading of the cluster no longer matches the plan (another
 * resize, a state change, a chosen host gone). Nothing was sent: make a new plan.
 */
export class PlanStaleError extends UserFacingError {
  constructor(
    message: string,
    /** One sentence per change ("Core node group … now has 6 nodes; the plan was made at 5."). */
    readonly reasons: readonly string[],
  ) {
    super(message);
    this.name = 'PlanStaleError';
  }
}

/** MRS answered the PUT with an error, or the request never left: the resize was not applied. */
export class ResizeRefusedError extends UserFacingError {
  constructor(
    message: string,
    /** The API error (kind, code, status, request id). */
    readonly apiError: MrsApiError,
    /** The catalog's explanation and hint, in the operation's language. */
    readonly explanation: ErrorExplanation,
    /** The operation record the refusal ended (already in the history). */
    readonly operationId: string,
  ) {
    super(message, { cause: apiError });
    this.name = 'ResizeRefusedError';
  }

  get code(): string | undefined {
    return this.apiError.code;
  }
}
