// The printed forms of a problem: `file:line:col: error CODE message` for a terminal, `line:col message`
// for a message or the Preview.
import { offsetToPosition } from './position';
import type { RequestProblem } from './problem';

export function formatProblemLine(fileName: string, text: string, problem: RequestProblem): string {
  const { line, col } = offsetToPosition(text, problem.offset);
  return `${fileName}:${line}:${col}: ${problem.severity} ${problem.code} ${problem.message}`;
}

/** `line:col message` of each problem of the severities asked (errors by default). */
export function problemLines(
  text: string,
  problems: readonly { readonly severity: string; readonly offset?: number; readonly message: string }[],
  severities: readonly string[] = ['error'],
): string[] {
  return problems
    .filter((p) => severities.includes(p.severity))
    .map((p) => {
      const at = offsetToPosition(text, p.offset ?? 0);
      return `${at.line}:${at.col} ${p.message}`;
    });
}
