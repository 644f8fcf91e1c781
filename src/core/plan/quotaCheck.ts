// The quota pre-flight in the one plan (issue 23, docs/quota-api.md §7): the reads start with the
// cluster's (the subnet's as soon as the details name it), the arithmetic runs on the check the rules
// let through, and the plan gets one error per resource that is short, naming the code MRS would
// answer, or ONE info when a read failed ("quota not checked"): a failed read never blocks the send.
import type { ResizeCall } from '../api/resizeCall';
import type { EcsQuota, EvsQuota } from '../model/quota';
import type { QuotaBasis } from '../quota/basis';
import { perNodeOf } from '../quota/perNode';
import { estimateNote, firstTaskNodesOf, SHORT_QUOTA_CODES } from '../quota/live';
import { settle, type QuotaReads, type Settled } from '../quota/reader';
import { notCheckedText, shortText } from '../quota/words';
import { requestAsksScaleOut } from '../requests/quota';
import { quotaSummary, type QuotaReads3, type QuotaSummary } from '../quota/summary';
import type { ResizeChange, ResizePath } from '../resize/types';
import type { Translate } from '../translate';
import type { QuotaProblemCode, ResizeOrder } from './plan';

/** The reads under way for one plan. */
export interface QuotaReading {
  readonly ecs: Promise<Settled<EcsQuota>>;
  readonly evs: Promise<Settled<EvsQuota>>;
  /** Started once the details name the subnet. */
  vpc: Promise<Settled<number>> | undefined;
}

/** Only a scale-out takes quota: the order says so before the cluster is read. */
export function asksScaleOut(order: ResizeOrder): boolean {
  return 'draft' in order.ask ? order.ask.draft.scaleType === 'scale_out' : requestAsksScaleOut(order.ask.file);
}

export function startQuotaReads(reads: QuotaReads, signal: AbortSignal | undefined): QuotaReading {
  return {
    ecs: settle(reads.ecsLimits({ signal })),
    evs: settle(reads.evsQuota({ signal })),
    vpc: undefined,
  };
}

export function readSubnet(
  reading: QuotaReading,
  reads: QuotaReads,
  subnetId: string | undefined,
  signal?: AbortSignal,
) {
  if (subnetId) {
    reading.vpc = settle(reads.subnetFreeIps(subnetId, { signal }));
  }
}

/** The summary of a scale-out the rules let through; undefined for a scale-in. */
export async function quotaOfCheck(
  reading: QuotaReading,
  basis: QuotaBasis,
  check: { readonly call: ResizeCall; readonly change: ResizeChange; readonly groupName: string },
  t: Translate,
): Promise<QuotaSummary | undefined> {
  const nodes = check.change.to - check.change.from;
  if (nodes <= 0) {
    return undefined;
  }
  const [ecs, evs, vpc] = await Promise.all([reading.ecs, reading.evs, reading.vpc]);
  const reads: QuotaReads3 = { ecs, evs, vpc };
  return quotaSummary(nodes, perNodeOf(basis, check.groupName, firstTaskNodesOf(check.call)), reads, t);
}

export interface QuotaProblem {
  readonly severity: 'error' | 'info';
  readonly code: QuotaProblemCode;
  readonly message: string;
  readonly path: ResizePath;
}

/** One error per short resource (with the vCPUs' and memory's estimate said), then one info. */
export function quotaProblems(summary: QuotaSummary, path: ResizePath, t: Translate): QuotaProblem[] {
  const problems: QuotaProblem[] = summary.short.map((resource) => ({
    severity: 'error',
    code: SHORT_QUOTA_CODES[resource],
    message: shortText(summary, resource, t) + estimateNote(summary.perNode, resource, t),
    path,
  }));
  const notChecked = notCheckedText(summary.notRead, t);
  if (notChecked) {
    problems.push({ severity: 'info', code: 'quota.notChecked', message: notChecked, path });
  }
  return problems;
}
