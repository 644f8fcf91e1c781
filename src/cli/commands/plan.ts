// `mrs-resize plan FILE [--out PLANFILE]`: the plan of the request file, made by the one preparer
// (the lifecycle's prepare: a fresh reading of the cluster, every rule, a resize under way):
// the change, the nodes added or removed, every warning, the exact request; sends nothing.
// With --out, the plan is saved for `apply --plan`. Exit 1 when the plan is refused.
import fs from 'node:fs';
import type { ReadyPlan } from '../../core/plan/plan';
import { savedPlanText } from '../../core/plan/savedPlan';
import { requestJson } from '../../core/requests/preview';
import { errorLine } from '../../core/api/errorLine';
import { maxNodesOption, UsageError } from '../args';
import { EXIT, type ExitCode } from '../exitCodes';
import { connect, type CliContext, type Connected } from '../context';
import { callJson, changeJson, planLines, removedJson } from '../describePlan';
import { cliLifecycle, settleOrLeave, type CliLifecycle } from '../lifecycle';
import {
  connectionNote,
  hasErrors,
  loadRequestFile,
  printProblems,
  problemJson,
  type ProblemSource,
} from '../requestFile';
import type { PlanProblem } from '../../core/plan/plan';
import type { QuotaSummary } from '../../core/quota/summary';
import type { Translate } from '../../core/translate';
import { quotaJson, quotaLines, withoutQuotaNote } from '../quotaLines';

/** The problems that refuse a plan (or a request file): printed, exit 1. */
export function refuse(
  ctx: CliContext,
  source: ProblemSource,
  problems: readonly PlanProblem[],
  quota?: QuotaSummary,
): ExitCode {
  if (ctx.out.json) {
    const list = withoutQuotaNote(problems).map((p) => problemJson(source.text, p));
    const q = quotaJson(quota, ctx.t);
    ctx.out.printJson({
      command: ctx.command,
      exitCode: EXIT.refusedByRules,
      file: source.file,
      problems: list,
      ...(q ? { quota: q } : {}),
    });
  } else {
    printProblems(ctx.out, source, withoutQuotaNote(problems));
    for (const line of quotaLines(quota, ctx.t)) {
      ctx.out.print(line);
    }
    ctx.out.note(ctx.t('The rules refuse this request; nothing was sent.'), 'error');
  }
  return EXIT.refusedByRules;
}

export interface Planned {
  readonly source: ProblemSource;
  readonly plan: ReadyPlan;
  readonly connected: Connected;
  readonly wiring: CliLifecycle;
}

/**
 * The offline check, the note on target.connection, orphans of the cluster followed first (apply),
 * then the plan. An `ExitCode` when it is refused (printed).
 */
export async function planOfFile(ctx: CliContext, settleFirst = false): Promise<Planned | ExitCode> {
  const maxNodes = maxNodesOption(ctx.values, ctx.t);
  const loaded = loadRequestFile(ctx.files[0] ?? '', ctx.t, ctx.language);
  const source = { file: loaded.file, text: loaded.text };
  connectionNote(ctx.out, loaded.parsed, ctx.t);
  if (hasErrors(loaded.offline.problems)) {
    return refuse(ctx, source, loaded.offline.problems);
  }
  const connected = connect(ctx);
  const wiring = await cliLifecycle(ctx, connected);
  const clusterId = loaded.offline.target.clusterId ?? '';
  if (settleFirst) {
    await settleOrLeave(ctx, wiring, clusterId);
  }
  const order = {
    connection: connected.connection.name,
    clusterId,
    wayIn: 'cli',
    ask: { file: loaded.parsed },
    maxNodes,
  } as const;
  const plan = await wiring.lifecycle.prepare(order);
  return plan.ready ? { source, plan, connected, wiring } : refuse(ctx, source, plan.problems, plan.quota);
}

export function planJson(source: ProblemSource, plan: ReadyPlan, t: Translate): Record<string, unknown> {
  const quota = quotaJson(plan.quota, t);
  return {
    file: source.file,
    change: changeJson(plan.confirmation),
    call: callJson(plan.confirmation),
    removedNodes: removedJson(plan.confirmation),
    warnings: withoutQuotaNote(plan.problems).map((p) => problemJson(source.text, p)),
    ...(quota ? { quota } : {}),
    request: requestJson(plan.request),
  };
}

/** The plan on the terminal: the change, the call, every warning at its place in the file, the request. */
export function printPlan(ctx: CliContext, source: ProblemSource, plan: ReadyPlan): void {
  const [head, detail, call, ...rest] = planLines(plan.confirmation, plan.request, ctx.t);
  ctx.out.print(head ?? '', 'bold');
  ctx.out.print(detail ?? '');
  ctx.out.print(call ?? '');
  printProblems(ctx.out, source, withoutQuotaNote(plan.problems));
  for (const line of quotaLines(plan.quota, ctx.t)) {
    ctx.out.print(line);
  }
  for (const line of rest) {
    ctx.out.print(line);
  }
}

/** --out: the plan as a file (written whole: a temporary file renamed over it). */
function savePlan(ctx: CliContext, plan: ReadyPlan, file: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, savedPlanText(plan));
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new UsageError(ctx.t('Cannot write the plan to {0}: {1}', file, errorLine(e, ctx.language, ctx.t)));
  }
  ctx.out.note(ctx.t('Plan saved to {0}; send exactly it with "mrs-resize apply --plan {0}".', file));
}

export async function planCommand(ctx: CliContext): Promise<ExitCode> {
  const planned = await planOfFile(ctx);
  if (typeof planned === 'number') {
    return planned;
  }
  const { source, plan, wiring } = planned;
  wiring.lifecycle.dispose();
  const out = typeof ctx.values.out === 'string' ? ctx.values.out : undefined;
  if (out !== undefined) {
    savePlan(ctx, plan, out);
  }
  if (ctx.out.json) {
    ctx.out.printJson({
      command: 'plan',
      exitCode: EXIT.ok,
      ...planJson(source, plan, ctx.t),
      ...(out ? { savedTo: out } : {}),
    });
  } else {
    printPlan(ctx, source, plan);
  }
  return EXIT.ok;
}
