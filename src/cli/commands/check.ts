// `mrs-resize check FILE...`: the format, the schema and the rules that need no cluster, offline;
// `file:line:col: error|warning CODE message` per problem, exit 1 on any error.
import { EXIT, type ExitCode } from '../exitCodes';
import type { CliContext } from '../context';
import { hasErrors, loadRequestFile, printProblems, problemJson } from '../requestFile';

export function checkCommand(ctx: CliContext): Promise<ExitCode> {
  const files = ctx.files.map((file) => loadRequestFile(file, ctx.t, ctx.language));
  const failed = files.some((f) => hasErrors(f.offline.problems));
  const exitCode = failed ? EXIT.refusedByRules : EXIT.ok;
  if (ctx.out.json) {
    const results = files.map((f) => ({
      file: f.file,
      errors: f.offline.problems.filter((p) => p.severity === 'error').length,
      warnings: f.offline.problems.filter((p) => p.severity === 'warning').length,
      problems: f.offline.problems.map((p) => problemJson(f.text, p)),
    }));
    ctx.out.printJson({ command: 'check', exitCode, files: results });
    return Promise.resolve(exitCode);
  }
  for (const f of files) {
    printProblems(ctx.out, f, f.offline.problems);
  }
  const errors = files.reduce((n, f) => n + f.offline.problems.filter((p) => p.severity === 'error').length, 0);
  ctx.out.note(
    failed ? ctx.t('{0} error(s) in {1} file(s).', errors, files.length) : ctx.t('{0} file(s) OK.', files.length),
    failed ? 'error' : 'ok',
  );
  return Promise.resolve(exitCode);
}
