// `mrs-resize apply FILE` or `apply --plan PLANFILE`: the plan (made now by the one preparer, or the
// saved one, which must be whole and unedited), a confirmation on the terminal for every scale-in,
// then the lifecycle's send: the cluster's lock, the plan checked again on a fresh reading, exactly
// one PUT, and following until the end with one line per stage change. Exit codes: exitCodes.ts.
import { PlanStaleError, ResizeRefusedError } from '../../core/operations/errors';
import type { ResizeOperationRecord } from '../../core/journal/record';
import type { SendResult } from '../../core/operations/ResizeLifecycle';
import { cliConfirmation } from '../confirm';
import { flag, type CliContext } from '../context';
import { EXIT, type ExitCode } from '../exitCodes';
import type { CliLifecycle } from '../lifecycle';
import { planJson, planOfFile, printPlan, type Planned } from './plan';
import { planOfSavedFile } from './savedPlan';

type Report = (exitCode: ExitCode, extra?: Record<string, unknown>) => ExitCode;

/** The exit code of an operation that has ended; a lost answer with no change seen stays "unknown". */
export function exitOfRecord(sent: SendResult, record: ResizeOperationRecord | undefined, interrupted: boolean) {
  const unknown = sent.status === 'unknown' && record?.changeSeen !== true;
  switch (record?.state) {
    case 'succeeded':
      return EXIT.ok;
    case 'failed':
      return unknown ? EXIT.outcomeUnknown : EXIT.failed;
    case 'timedOut':
      return unknown ? EXIT.outcomeUnknown : EXIT.timedOut;
    case 'ordered':
      return EXIT.orderCreated;
    case 'stopped':
      return interrupted ? EXIT.interrupted : unknown ? EXIT.outcomeUnknown : EXIT.ok;
    default:
      return EXIT.outcomeUnknown;
  }
}

/**
 * The exit code when the send's answer is the end of this run: --no-follow, or an order (a yearly/monthly
 * group's expand: nothing happens until it is paid in the console, so there is nothing to follow).
 */
export function exitWithoutFollowing(sent: SendResult): ExitCode {
  switch (sent.status) {
    case 'ordered':
      return EXIT.orderCreated;
    case 'unknown':
      return EXIT.outcomeUnknown;
    case 'accepted':
      return EXIT.ok;
  }
}

function operationJson(record: ResizeOperationRecord | undefined, wiring: CliLifecycle): Record<string, unknown> {
  if (!record) {
    return {};
  }
  const { id, state, message, requestId, errorCode, errorInfo, changeSeen, orderId } = record;
  const recordSaved = !wiring.history.isUnsaved(id);
  const stages = wiring.stages;
  return { id, state, message, requestId, errorCode, errorInfo, changeSeen, orderId, recordSaved, stages };
}

/** Ctrl+C: before the PUT cancels it (nothing sent); after it, stops following (never the resize). */
class Interrupt {
  readonly controller = new AbortController();
  sent: SendResult | undefined;
  interrupted = false;

  constructor(private readonly wiring: CliLifecycle) {}

  readonly handle = (): void => {
    this.interrupted = true;
    if (this.sent) {
      this.wiring.lifecycle.stopFollowing(this.sent.operationId);
    } else {
      this.controller.abort();
    }
  };
}

/** After the one PUT: follow to the end, or (--no-follow) leave the operation open for a later reading. */
async function afterSend(ctx: CliContext, planned: Planned, interrupt: Interrupt, report: Report) {
  const sent = interrupt.sent as SendResult;
  const { wiring } = planned;
  // An order's message names the order and says to pay it in the console; it is the whole outcome.
  ctx.out.note(sent.message, sent.status === 'accepted' ? undefined : 'warning');
  if (flag(ctx, 'no-follow') || sent.status === 'ordered') {
    const exitCode = exitWithoutFollowing(sent);
    return report(exitCode, { operation: operationJson(wiring.history.get(sent.operationId), wiring) });
  }
  const record = await wiring.lifecycle.whenEnded(sent.operationId);
  const exitCode = exitOfRecord(sent, record, interrupt.interrupted);
  if (record?.message) {
    ctx.out.print(record.message, exitCode === EXIT.ok ? 'ok' : 'error');
  }
  return report(exitCode, { operation: operationJson(record, wiring) });
}

function noTerminalText(ctx: CliContext, plan: Planned['plan']): string {
  return plan.confirmation.target.scaleType === 'scale_out'
    ? ctx.t('Adding master nodes needs a confirmation: run it on a terminal or pass --yes. Nothing was sent.')
    : ctx.t('A scale-in needs a confirmation: run it on a terminal or pass --yes. Nothing was sent.');
}

async function send(ctx: CliContext, planned: Planned, report: Report): Promise<ExitCode> {
  const { plan, wiring } = planned;
  const interrupt = new Interrupt(wiring);
  const release = ctx.onInterrupt(interrupt.handle);
  try {
    const confirmation = cliConfirmation({
      yes: flag(ctx, 'yes'),
      interactive: ctx.stdin.isTTY === true,
      ask: ctx.ask,
      out: ctx.out,
      t: ctx.t,
    });
    if (!(await confirmation.policy(plan.confirmation))) {
      const noTerminal = confirmation.refusal() === 'noTerminal';
      ctx.out.note(noTerminal ? noTerminalText(ctx, plan) : ctx.t('Cancelled; nothing was sent.'), 'error');
      return report(EXIT.notConfirmed);
    }
    if (flag(ctx, 'no-follow')) {
      wiring.quiet();
    }
    const follow = !flag(ctx, 'no-follow');
    interrupt.sent = await wiring.lifecycle.send(plan, { signal: interrupt.controller.signal, follow });
    return await afterSend(ctx, planned, interrupt, report);
  } finally {
    release();
  }
}

/**
 * MRS's answer in --json: its code, its own words (else the catalog's explanation of the code), the
 * explanation and the hint, beside the whole sentence printed on stderr.
 */
function refusalJson(e: ResizeRefusedError): Record<string, unknown> {
  const { explanation, hint } = e.explanation;
  const errorMessage = e.apiError.serverMessage ?? explanation;
  return { message: e.message, code: e.code, errorCode: e.code, errorMessage, explanation, hint };
}

/** What MRS or the fresh reading said instead of sending: refused, never left, or a stale plan. */
function notSent(ctx: CliContext, e: unknown, report: Report, wiring: CliLifecycle): ExitCode {
  if (e instanceof PlanStaleError) {
    ctx.out.note(e.message, 'error');
    return report(EXIT.planStale, { error: { message: e.message, code: 'plan.stale', reasons: e.reasons } });
  }
  if (e instanceof ResizeRefusedError) {
    ctx.out.note(e.message, 'error');
    // A network error on the PUT: it never left (nothing applied), but MRS did not refuse it either.
    const exitCode = e.apiError.kind === 'network' ? EXIT.error : EXIT.refusedByMrs;
    const operation = operationJson(wiring.history.get(e.operationId), wiring);
    return report(exitCode, { error: refusalJson(e), operation });
  }
  throw e;
}

export async function applyCommand(ctx: CliContext): Promise<ExitCode> {
  const planned =
    typeof ctx.values.plan === 'string' ? await planOfSavedFile(ctx, ctx.values.plan) : await planOfFile(ctx, true);
  if (typeof planned === 'number') {
    return planned;
  }
  const { source, plan, wiring } = planned;
  if (!ctx.out.json) {
    printPlan(ctx, source, plan);
  }
  const report: Report = (exitCode, extra = {}) => {
    if (ctx.out.json) {
      ctx.out.printJson({ command: 'apply', exitCode, ...planJson(source, plan, ctx.t), ...extra });
    }
    return exitCode;
  };
  try {
    return await send(ctx, planned, report);
  } catch (e) {
    return notSent(ctx, e, report, wiring);
  } finally {
    wiring.lifecycle.dispose();
  }
}
