// `mrs-resize apply FILE`: the same pre-flight as plan, a confirmation on the terminal for every
// scale-in, exactly one PUT through the one resize lifecycle, then following until the end with
// one line per stage change. Exit codes: exitCodes.ts.
import { ResizeRefusedError } from '../../core/operations/errors';
import type { ResizeOperationRecord } from '../../core/operations/record';
import type { StartResult } from '../../core/operations/ResizeLifecycle';
import { positiveNumber } from '../args';
import { askOnTerminal, cliConfirmation } from '../confirm';
import { flag, type CliContext } from '../context';
import { journalFolder } from '../environment';
import { EXIT, type ExitCode } from '../exitCodes';
import { cliLifecycle, type CliLifecycle } from '../lifecycle';
import { planJson, prepare, printPlan } from './plan';

type Started = Exclude<StartResult, { status: 'declined' }>;

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

function refusedByMrs(ctx: CliContext, e: ResizeRefusedError): { exitCode: ExitCode; code: string | undefined } {
  const exitCode = e.apiError.kind === 'network' ? EXIT.error : EXIT.refusedByMrs;
  ctx.out.note(e.message, 'error');
  return { exitCode, code: e.code };
}

export async function applyCommand(ctx: CliContext): Promise<ExitCode> {
  const timeoutMs = positiveNumber(ctx.values, 'timeout', 60, ctx.t) * 60_000;
  const intervalMs = positiveNumber(ctx.values, 'interval', 15, ctx.t) * 1000;
  const prepared = await prepare(ctx);
  if (prepared.exit !== undefined) {
    return prepared.exit;
  }
  const { loaded, live, connected } = prepared;
  const draft = live.check.draft;
  if (!draft) {
    return EXIT.refusedByRules; // prepare() refuses a file without a draft; kept for the type.
  }
  printPlan(ctx, loaded, live);
  const folder = journalFolder(typeof ctx.values.journal === 'string' ? ctx.values.journal : undefined, ctx.env);
  const wiring = await cliLifecycle(ctx, connected, folder, { intervalMs, timeoutMs });
  const confirmation = cliConfirmation({
    yes: flag(ctx, 'yes'),
    interactive: ctx.stdin.isTTY === true,
    ask: askOnTerminal(ctx.stdin, process.stderr),
    out: ctx.out,
    t: ctx.t,
  });
  const report = (exitCode: ExitCode, extra: Record<string, unknown> = {}): ExitCode => {
    if (ctx.out.json) {
      ctx.out.printJson({ command: 'apply', exitCode, ...planJson(loaded, live), ...extra });
    }
    return exitCode;
  };
  const controller = new AbortController();
  let started: Started | undefined;
  let interrupted = false;
  const onSigint = (): void => {
    interrupted = true;
    if (started) {
      wiring.lifecycle.stopFollowing(started.operationId);
    } else {
      controller.abort();
    }
  };
  process.on('SIGINT', onSigint);
  try {
    const result = await wiring.lifecycle.start({
      connection: connected.connection.name,
      clusterId: live.clusterId,
      clusterName: live.plan?.cluster.name,
      draft,
      confirm: confirmation.policy,
      signal: controller.signal,
    });
    if (result.status === 'declined') {
      const why = confirmation.refusal();
      ctx.out.note(
        why === 'noTerminal'
          ? ctx.t('A scale-in needs a confirmation: run it on a terminal or pass --yes. Nothing was sent.')
          : ctx.t('Cancelled; nothing was sent.'),
        'error',
      );
      return report(EXIT.notConfirmed);
    }
    started = result;
    ctx.out.note(result.message, result.status === 'unknown' ? 'warning' : undefined);
    if (flag(ctx, 'no-follow')) {
      wiring.quiet();
      wiring.lifecycle.stopFollowing(result.operationId);
    }
    const record = await wiring.ended(result.operationId);
    const exitCode = exitOfRecord(result, record, interrupted);
    if (record?.message && !flag(ctx, 'no-follow')) {
      ctx.out.print(record.message, exitCode === EXIT.ok ? 'ok' : 'error');
    }
    return report(exitCode, { operation: operationJson(record, wiring) });
  } catch (e) {
    if (e instanceof ResizeRefusedError) {
      const { exitCode, code } = refusedByMrs(ctx, e);
      return report(exitCode, { error: { message: e.message, code } });
    }
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
    wiring.lifecycle.dispose();
  }
}
