// The CLI's one error boundary: whatever a subcommand throws becomes one line on stderr (or the
// JSON object with --json) and an exit code. Nothing below main.ts prints an error on its own.
import { errorLine } from '../core/api/errorLine';
import { isMrsApiError } from '../core/api/errors';
import { errorForLog, isCancelled, isUserFacing } from '../core/errors';
import { ResizeBusyError, ResizePreflightError } from '../core/operations/errors';
import { UsageError } from './args';
import type { CliContext } from './context';
import { EXIT, type ExitCode } from './exitCodes';

function exitCodeOf(e: unknown): ExitCode {
  if (e instanceof UsageError) {
    return EXIT.usage;
  }
  if (e instanceof ResizeBusyError || e instanceof ResizePreflightError) {
    return EXIT.refusedByRules;
  }
  return isCancelled(e) ? EXIT.interrupted : EXIT.error;
}

function messageOf(ctx: CliContext, e: unknown): string {
  if (isMrsApiError(e)) {
    return errorLine(e, ctx.language, ctx.t);
  }
  if (isCancelled(e)) {
    return ctx.t('Interrupted; nothing was sent.');
  }
  return isUserFacing(e) || e instanceof UsageError ? e.message : errorLine(e, ctx.language, ctx.t);
}

export function reportFailure(ctx: CliContext, e: unknown): ExitCode {
  const exitCode = exitCodeOf(e);
  const message = messageOf(ctx, e);
  if (exitCode === EXIT.error && !isMrsApiError(e)) {
    ctx.logger.error(errorForLog(e));
  }
  if (ctx.out.json) {
    const code = isMrsApiError(e) ? e.code : undefined;
    ctx.out.printJson({ command: ctx.command, exitCode, error: { message, ...(code ? { code } : {}) } });
  } else {
    ctx.out.note(message, 'error');
  }
  if (e instanceof UsageError) {
    ctx.out.note(ctx.t('Run "mrs-resize {0} --help" for the options.', ctx.command));
  }
  return exitCode;
}
