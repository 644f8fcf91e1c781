// Typed errors of the resize operation. Their messages are translated sentences, ready for the
// command guard ("<what failed>: <reason>").
import type { ErrorExplanation } from '../api/catalog';
import { UserFacingError } from '../errors';
import type { MrsApiError } from '../api/errors';
import type { Cluster } from '../model/cluster';
import type { ResizeProblem } from '../resize/types';

/** Another resize of the same cluster is being sent or followed in this window. Nothing was sent. */
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

/** The fresh cluster details or the rules refuse the draft. Nothing was sent. */
export class ResizePreflightError extends UserFacingError {
  constructor(
    message: string,
    /** Every problem, errors first. */
    readonly problems: readonly ResizeProblem[],
    readonly cluster: Cluster,
  ) {
    super(message);
    this.name = 'ResizePreflightError';
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
