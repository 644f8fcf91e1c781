// The quota of a scale-out request file (issue 23), as the editor shows it while the user types: the
// count the quota cannot hold is an error on the count (`instances`, a v2 body's `count`) naming MRS's
// code and the numbers; a read that failed is ONE info there, "quota not checked (why)", never an
// error. The arithmetic runs on the quota read once per reading of the cluster (quota/live.ts).
import { liveQuotaOf, type LiveQuota } from '../quota/live';
import { RESIZE_PATHS } from '../resize/problem';
import type { Translate } from '../translate';
import { filePathOf, type RequestFileCheck } from './check';
import type { ParsedRequestFile } from './parse';
import { placeAt } from './place';
import type { RequestProblem } from './problem';

/** Only a scale-out takes quota: the file says so before the cluster is read. */
export function requestAsksScaleOut(file: Pick<ParsedRequestFile, 'member' | 'request'>): boolean {
  if (file.member === 'expand') {
    return true;
  }
  const request = file.request as { parameters?: { scale_type?: unknown } } | undefined;
  return file.member === 'request' && request?.parameters?.scale_type === 'scale_out';
}

/** The check with the quota's problems on the count; a file the quota refuses gives no draft. */
export function withQuotaProblems(
  parsed: ParsedRequestFile,
  check: RequestFileCheck,
  quota: LiveQuota,
  t: Translate,
): RequestFileCheck {
  const resize = check.resize;
  const fit = resize && liveQuotaOf(quota, resize, resize.draft.scaleType, t);
  if (!fit) {
    return check;
  }
  const path = filePathOf(parsed.member ?? 'request', RESIZE_PATHS.instances);
  const { offset, length } = placeAt(parsed.root, path);
  const found: RequestProblem[] = fit.problems.map((p) => ({ ...p, path, offset, length }));
  if (fit.notChecked) {
    found.push({ code: 'quota.notChecked', severity: 'info', message: fit.notChecked, path, offset, length });
  }
  if (found.length === 0) {
    return check;
  }
  const problems = [...check.problems, ...found].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const refused = found.some((p) => p.severity === 'error');
  return { ...check, problems, draft: refused ? undefined : check.draft };
}
