// `mrs-resize apply FILE`: the same pre-flight as plan, a confirmation on the terminal for every
// scale-in, exactly one PUT through the one resize lifecycle, then following until the end with
// one line per stage change. Exit codes: exitCodes.ts.
import { ResizeRefusedError } from '../../core/operations/errors';
import type { ResizeOperationRecord } from '../../core/operations/record';
import type { StartResult } from '../../core/operations/ResizeLifecycle';
import { positiveNumber } from '../args';
import { cliConfirmation, type CliConfirmation } from '../confirm';
import { flag, type CliContext } from '../context';
import { journalFolder } from '../environment';
import { EXIT, type ExitCode } from '../exitCodes';
import { cliLifecycle, type CliLifecycle } from '../lifecycle';
import { planJson, prepare, printPlan, type Prepared } from './plan';

type Started = Exclude<StartResult, { status: 'declined' }>;
type Ready = Exclude<Prepared, { readonly exit: ExitCode }>;
type Report = (exitCode: ExitCode, extra?: Record<string, unknown>) => ExitCode;

/** The exit code of an operation that has ended; a lost answer with no change seen stays "unknown". */
export function exitOfRecord(started: Started, record: ResizeOperationRecord | undefined, interrupted: boolean) {
  const unknown = started.status === 'unknown' && record?.changeSeen !== true;
  switch (record?.state) {
    case 'succeeded':
      return EXIT.ok;
    case 'failed':
      return unknown ? EXIT.outcomeUnknown : EXIT.failed;
    case 'timedOut':
      return unknown ? EXIT.outcomeUnknown : EXIT.timedOut;
    case 'stopped':
      return interrupted ? EXIT.interrupted : unknown ? EXIT.outcomeUnknown : EXIT.ok;
    default:
      return EXIT.outcomeUnknown;
  }
}

function operationJson(record: ResizeOperationRecord | undefined, wiring: CliLifecycle): Record<string, unknown> {
  if (!record) {
    return {};
  }
  const { id, state, message, requestId, errorCode, errorInfo, changeSeen } = record;
  return { id, state, message, requestId, errorCode, errorInfo, changeSeen, stages: wiring.stages };
}

/** Ctrl+C: before the PUT cancels it (nothing sent); after it, stops following (never the resize). */
class Interrupt {
  readonly controller = new AbortController();
  started: Started | undefined;
  interrupted = false;

  constructor(private readonly wiring: CliLifecycle) {}

  readonly handle = (): void => {
    this.interrupted = true;
    if (this.started) {
      this.wiring.lifecycle.stopFollowing(this.started.operationId);
    } else {
      this.controller.abort();
    }
  };
}

function declined(ctx: CliContext, confirmation: CliConfirmation, report: Report): ExitCode {
  ctx.out.note(
    confirmation.refusal() === 'noTerminal'
      ? ctx.t('A scale-in needs a confirmation: run it on a terminal or pass --yes. Nothing was sent.')
      : ctx.t('Cancelled; nothing was sent.'),
    'error',
  );
  return report(EXIT.notConfirmed);
}

/** After the one PUT: follow to the end (or give following up at once with --no-follow). */
async function follow(ctx: CliContext, wiring: CliLifecycle, interrupt: Interrupt, report: Report) {
  const started = interrupt.started as Started;
  ctx.out.note(started.message, started.status === 'unknown' ? 'warning' : undefined);
  const noFollow = flag(ctx, 'no-follow');
  if (noFollow) {
    wiring.quiet();
    wiring.lifecycle.stopFollowing(started.operationId);
  }
  const record = await wiring.ended(started.operationId);
  const exitCode = exitOfRecord(started, record, interrupt.interrupted);
  if (record?.message && !noFollow) {
    ctx.out.print(record.message, exitCode === EXIT.ok ? 'ok' : 'error');
  }
  return report(exitCode, { operation: operationJson(record, wiring) });
}

async function send(ctx: CliContext, ready: Ready, wiring: CliLifecycle, report: Report): Promise<ExitCode> {
  const { live, connected, draft } = ready;
  const confirmation = cliConfirmation({
    yes: flag(ctx, 'yes'),
    interactive: ctx.stdin.isTTY === true,
    ask: ctx.ask,
    out: ctx.out,
    t: ctx.t,
  });
  const interrupt = new Interrupt(wiring);
  const release = ctx.onInterrupt(interrupt.handle);
  try {
    const result = await wiring.lifecycle.start({
      connection: connected.connection.name,
      clusterId: live.clusterId,
      clusterName: live.plan?.cluster.name,
      draft,
      confirm: confirmation.policy,
      signal: interrupt.controller.signal,
    });
    if (result.status === 'declined') {
      return declined(ctx, confirmation, report);
    }
    interrupt.started = result;
    return await follow(ctx, wiring, interrupt, report);
  } finally {
    release();
  }
}

export async function applyCommand(ctx: CliContext): Promise<ExitCode> {
  const timeoutMs = positiveNumber(ctx.values, 'timeout', 60, ctx.t) * 60_000;
  const intervalMs = positiveNumber(ctx.values, 'interval', 15, ctx.t) * 1000;
  const prepared = await prepare(ctx);
  if (prepared.exit !== undefined) {
    return prepared.exit;
  }
  const { loaded, live, connected } = prepared;
  printPlan(ctx, loaded, live);
  const folder = journalFolder(typeof ctx.values.journal === 'string' ? ctx.values.journal : undefined, ctx.env);
  const wiring = await cliLifecycle(ctx, connected, folder, { intervalMs, timeoutMs });
  const report: Report = (exitCode, extra = {}) => {
    if (ctx.out.json) {
      ctx.out.printJson({ command: 'apply', exitCode, ...planJson(loaded, live), ...extra });
    }
    return exitCode;
  };
  try {
    await wiring.settleOrphans(live.clusterId);
    return await send(ctx, prepared, wiring, report);
  } catch (e) {
    if (!(e instanceof ResizeRefusedError)) {
      throw e;
    }
    // A network error on the PUT: it never left (nothing applied), but MRS did not refuse it either.
    ctx.out.note(e.message, 'error');
    const exitCode = e.apiError.kind === 'network' ? EXIT.error : EXIT.refusedByMrs;
    return report(exitCode, { error: { message: e.message, code: e.code } });
  } finally {
    wiring.lifecycle.dispose();
  }
}
