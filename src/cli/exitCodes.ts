// The exit codes of `mrs-resize`, one per outcome a script must tell apart (README "Runbooks
// without the editor" prints this table). Never renumber: cron jobs and CI pipelines key on them.
export const EXIT = {
  /** Done: the check passed, the plan is valid, the resize succeeded (or was accepted with --no-follow). */
  ok: 0,
  /** The rules refuse it (or another resize of the cluster is under way): nothing was sent. */
  refusedByRules: 1,
  /** Bad arguments, an unreadable file, no credentials in the environment: nothing was sent. */
  usage: 2,
  /** MRS refused the PUT (its code and message are printed): nothing was applied. */
  refusedByMrs: 3,
  /** MRS accepted the resize and it failed while scaling. */
  failed: 4,
  /** The answer to the PUT was lost and no change was seen: it may have been applied. Never resend blindly. */
  outcomeUnknown: 5,
  /** Following gave up after --timeout; the resize goes on on the server. */
  timedOut: 6,
  /** A scale-in was not confirmed (declined, or no terminal and no --yes): nothing was sent. */
  notConfirmed: 7,
  /** Reading the cluster failed (network, credentials, MRS error) before anything was sent. */
  error: 8,
  /**
   * The plan no longer holds (the cluster changed since it was made: another count, state or
   * host), or a saved plan was edited or made for another connection: nothing was sent.
   */
  planStale: 9,
  /**
   * A v2 expand of a yearly/monthly node group: MRS created an order (its id is printed); nothing is
   * added until it is paid in the console. mrs-resize never pays.
   */
  orderCreated: 10,
  /** Ctrl+C: nothing was sent, or following stopped while the resize goes on. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
