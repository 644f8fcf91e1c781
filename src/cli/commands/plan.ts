// `mrs-resize plan FILE`: reads the live cluster and shows what the request would do (the change,
// the nodes added or removed, every warning) and the exact request; sends nothing. Exit 1 when
// the rules refuse it.
import { requestJson } from '../../core/requests/preview';
import type { ResizeDraft } from '../../core/resize/types';
import { EXIT, type ExitCode } from '../exitCodes';
import { connect, type CliContext, type Connected } from '../context';
import { changeJson, planLines, removedJson } from '../describePlan';
import { livePlan, type LivePlan } from '../livePlan';
import {
  connectionNote,
  hasErrors,
  loadRequestFile,
  printProblems,
  problemJson,
  type LoadedRequestFile,
} from '../requestFile';

/** The file's problems (offline or live) when they refuse it: printed, exit 1. */
export function refuse(
  ctx: CliContext,
  loaded: LoadedRequestFile,
  problems: LoadedRequestFile['offline']['problems'],
): ExitCode {
  if (ctx.out.json) {
    const list = problems.map((p) => problemJson(loaded.text, p));
    ctx.out.printJson({ command: ctx.command, exitCode: EXIT.refusedByRules, file: loaded.file, problems: list });
  } else {
    printProblems(ctx.out, loaded, problems);
    ctx.out.note(ctx.t('The rules refuse this request; nothing was sent.'), 'error');
  }
  return EXIT.refusedByRules;
}

export type Prepared =
  | { readonly exit: ExitCode }
  | {
      readonly exit?: undefined;
      readonly loaded: LoadedRequestFile;
      readonly live: LivePlan;
      readonly connected: Connected;
      readonly draft: ResizeDraft;
    };

/** The offline check, the note on target.connection, then the live check and the plan; `exit` = refused. */
export async function prepare(ctx: CliContext): Promise<Prepared> {
  const loaded = loadRequestFile(ctx.files[0] ?? '', ctx.t);
  connectionNote(ctx.out, loaded.parsed, ctx.t);
  if (hasErrors(loaded.offline.problems)) {
    return { exit: refuse(ctx, loaded, loaded.offline.problems) };
  }
  const connected = connect(ctx);
  const live = await livePlan(ctx, connected, loaded);
  if (!live.plan || !live.draft) {
    return { exit: refuse(ctx, loaded, live.check.problems) };
  }
  return { loaded, live, connected, draft: live.draft };
}

export function planJson(loaded: LoadedRequestFile, live: LivePlan): Record<string, unknown> {
  const plan = live.plan;
  return {
    file: loaded.file,
    change: plan ? changeJson(plan.confirmation) : null,
    removedNodes: plan ? removedJson(plan.confirmation) : null,
    warnings: live.check.problems.map((p) => problemJson(loaded.text, p)),
    request: live.request ? requestJson(live.request) : null,
  };
}

/** The plan on the terminal: the change, every warning at its place in the file, the request. */
export function printPlan(ctx: CliContext, loaded: LoadedRequestFile, live: LivePlan): void {
  if (!live.plan || !live.request) {
    return;
  }
  const [head, detail, ...rest] = planLines(live.plan.confirmation, live.request, ctx.t);
  ctx.out.print(head ?? '', 'bold');
  ctx.out.print(detail ?? '');
  printProblems(ctx.out, loaded, live.check.problems);
  for (const line of rest) {
    ctx.out.print(line);
  }
}

export async function planCommand(ctx: CliContext): Promise<ExitCode> {
  const prepared = await prepare(ctx);
  if (prepared.exit !== undefined) {
    return prepared.exit;
  }
  const { loaded, live } = prepared;
  if (ctx.out.json) {
    ctx.out.printJson({ command: 'plan', exitCode: EXIT.ok, ...planJson(loaded, live) });
  } else {
    printPlan(ctx, loaded, live);
  }
  return EXIT.ok;
}
