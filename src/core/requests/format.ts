// The one printed form of a problem for a terminal: `file:line:col: error CODE message`.
import { offsetToPosition } from './position';
import type { RequestProblem } from './problem';

export function formatProblemLine(fileName: string, text: string, problem: RequestProblem): string {
  const { line, col } = offsetToPosition(text, problem.offset);
  return `${fileName}:${line}:${col}: ${problem.severity} ${problem.code} ${problem.message}`;
}
