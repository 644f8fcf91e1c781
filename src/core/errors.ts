// Error classes shared by the whole core. API errors live in api/errors.ts.

/** The user (or a caller's AbortSignal) cancelled: never shown as an error. */
export class CancelledError extends Error {
  constructor(message = 'Cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

export function isCancelled(e: unknown): boolean {
  // By name too: the bundled extension and separately compiled tests each have their own class.
  return (
    e instanceof CancelledError || (e instanceof Error && (e.name === 'AbortError' || e.name === 'CancelledError'))
  );
}

/** The message of anything thrown, for a log line or a sentence ("<what failed>: <reason>"). */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Anything thrown, as Logger.error takes it: an Error keeps its stack, anything else becomes text. */
export function errorForLog(e: unknown): Error | string {
  return e instanceof Error ? e : String(e);
}

/**
 * An error whose message is already the whole sentence for the user (a resize refused by the
 * rules or by MRS, a flow that cannot go on): shown as it is, without "<command> failed:" before it.
 */
export class UserFacingError extends Error {}

export function isUserFacing(e: unknown): e is UserFacingError {
  return e instanceof UserFacingError;
}
