// The quota pre-flight of a plan on the terminal and in --json (issue 23): what was compared, needed
// against free, how many nodes fit; or "quota not checked" and why. The info problem
// `quota.notChecked` is shown here, once, not again among the file's problems.
import type { PlanProblem } from '../core/plan/plan';
import { quotaSummaryLine, type QuotaSummary } from '../core/quota/summary';
import type { Translate } from '../core/translate';
import { notCheckedText } from '../core/quota/words';

/** The problems to print at their place in the file: all but the quota line's own info. */
export function withoutQuotaNote(problems: readonly PlanProblem[]): PlanProblem[] {
  return problems.filter((p) => p.code !== 'quota.notChecked');
}

/** One or two lines; none for a plan without a quota (a scale-in). */
export function quotaLines(quota: QuotaSummary | undefined, t: Translate): string[] {
  if (!quota) {
    return [];
  }
  const lines: string[] = [];
  const line = quotaSummaryLine(quota, t);
  if (line) {
    lines.push(line);
  }
  const notChecked = notCheckedText(quota.notRead, t);
  if (notChecked) {
    lines.push(notChecked);
  }
  return lines;
}

/** The `quota` object of --json. */
export function quotaJson(quota: QuotaSummary | undefined, t: Translate): Record<string, unknown> | undefined {
  if (!quota) {
    return undefined;
  }
  return {
    nodes: quota.nodes,
    perNode: quota.perNode,
    resources: quota.resources.map((r) => ({ ...r, free: r.free ?? null, fits: r.fits ?? null })),
    fits: quota.fits ?? null,
    limiting: quota.limiting ?? null,
    short: quota.short,
    notChecked: quota.notRead.length > 0 ? { reads: quota.notRead, message: notCheckedText(quota.notRead, t) } : null,
  };
}
