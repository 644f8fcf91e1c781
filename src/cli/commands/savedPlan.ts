// `apply --plan PLANFILE`: a plan saved by `plan --out`, read back whole and unedited (its digest),
// for this connection only (the URL it would be sent to), and made again from its draft on a fresh
// reading, which must still match it; the lifecycle checks it once more right before the PUT.
import fs from 'node:fs';
import { errorLine } from '../../core/api/errorLine';
import { loadSavedPlan, type SavedPlanProblem } from '../../core/plan/savedPlan';
import { UsageError } from '../args';
import { connect, type CliContext } from '../context';
import { EXIT, type ExitCode } from '../exitCodes';
import { cliLifecycle, settleOrLeave } from '../lifecycle';
import { refuse, type Planned } from './plan';
import { staleReasons } from '../../core/plan/stale';

/** A plan file is a few KiB; anything far larger is not one. */
const MAX_PLAN_BYTES = 16 * 1024 * 1024;

function readPlanFile(ctx: CliContext, file: string): string {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_PLAN_BYTES) {
      throw new Error(ctx.t('not a plan file'));
    }
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(ctx.t('Cannot read {0}: {1}', file, errorLine(e, ctx.language, ctx.t)));
  }
}

function problemText(ctx: CliContext, file: string, problem: SavedPlanProblem, detail: string | undefined): string {
  switch (problem) {
    case 'edited':
      return ctx.t('The plan {0} was changed after it was saved (its digest does not match); nothing was sent.', file);
    case 'newerVersion':
      return ctx.t('The plan {0} was saved by a newer mrs-resize (format {1}); nothing was sent.', file, detail ?? '');
    case 'malformed':
      return ctx.t('The plan {0} is not a whole plan ({1}); nothing was sent.', file, detail ?? '');
    case 'notJson':
    case 'notAPlan':
      return ctx.t('{0} is not a plan saved by "mrs-resize plan --out"; nothing was sent.', file);
  }
}

function refused(
  ctx: CliContext,
  exitCode: ExitCode,
  message: string,
  code: string,
  more: Record<string, unknown> = {},
): ExitCode {
  if (ctx.out.json) {
    ctx.out.printJson({ command: 'apply', exitCode, error: { message, code, ...more } });
  } else {
    ctx.out.note(message, 'error');
  }
  return exitCode;
}

/** The saved plan, ready for the lifecycle; an exit code (printed) when it cannot be used. */
export async function planOfSavedFile(ctx: CliContext, file: string): Promise<Planned | ExitCode> {
  if (ctx.values['max-nodes'] !== undefined) {
    throw new UsageError(ctx.t('--max-nodes does not go with --plan: a saved plan keeps the limit it was made with.'));
  }
  const loaded = loadSavedPlan(readPlanFile(ctx, file));
  if (!loaded.ok) {
    const exitCode = loaded.problem === 'edited' ? EXIT.planStale : EXIT.usage;
    return refused(ctx, exitCode, problemText(ctx, file, loaded.problem, loaded.detail), `plan.${loaded.problem}`);
  }
  const { plan } = loaded;
  const connected = connect(ctx);
  const here = await connected.client.previewCall(plan.clusterId, plan.call.kind, plan.call.body);
  if (here.url !== plan.request.url) {
    const message = ctx.t(
      'The plan {0} was made for {1}; this connection would send it to {2}. Nothing was sent.',
      file,
      plan.request.url,
      here.url,
    );
    return refused(ctx, EXIT.planStale, message, 'plan.otherConnection');
  }
  const wiring = await cliLifecycle(ctx, connected);
  await settleOrLeave(ctx, wiring, plan.clusterId);
  // Only the saved draft and expectation are taken from the file: the change, the question and the
  // request are made again here, on a fresh reading, and must match the saved plan.
  const order = {
    connection: connected.connection.name,
    clusterId: plan.clusterId,
    wayIn: 'cli',
    ask: { draft: plan.draft },
    // The raised limit the plan was made with (its reading carries it).
    maxNodes: plan.reading?.facts.maxCoreAndTaskNodes,
  } as const;
  const fresh = await wiring.lifecycle.prepare(order);
  const source = { file, text: undefined };
  if (!fresh.ready) {
    wiring.lifecycle.dispose();
    return refuse(ctx, source, fresh.problems);
  }
  const reasons = fresh.reading ? staleReasons(plan, fresh.reading, ctx.t) : [];
  if (reasons.length > 0) {
    wiring.lifecycle.dispose();
    const message = ctx.t('The plan no longer holds; nothing was sent. {0}', reasons.join(' '));
    return refused(ctx, EXIT.planStale, message, 'plan.stale', { reasons });
  }
  return { source, plan: fresh, connected, wiring };
}
