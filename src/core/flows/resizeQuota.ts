// The quota in the palette flow (issue 23): read once per chosen cluster, beside its hosts, through the
// connection's cached reads; the count step and the summary run the arithmetic on it (quota/live.ts)
// with the words every way in shares.
import type { Cluster, Host } from '../model/cluster';
import { quotaBasisOf } from '../quota/basis';
import { liveQuotaOf, type LiveQuota, type LiveQuotaCheck } from '../quota/live';
import type { QuotaReads } from '../quota/reader';
import { readLiveQuotaBeside } from '../quota/readLive';
import type { ResizeCheck, ScaleType } from '../resize/types';
import type { Translate } from '../translate';

/**
 * Starts the quota reads of a cluster beside its reading (the subnet's from what the list said).
 * Resolves to undefined when the quota cannot be had at all (the reading failed, the connection has
 * no reads): the flow then shows no quota, and the plan checks it again before the send.
 */
export function quotaBeside(
  reads: () => Promise<QuotaReads>,
  cluster: Cluster,
  reading: Promise<{ cluster: Cluster; hosts: Host[] }>,
  t: Translate,
): Promise<LiveQuota | undefined> {
  return reads()
    .then((r) => readLiveQuotaBeside(r, cluster.subnetId, basis(reading), t))
    .catch(() => undefined);
}

function basis(reading: Promise<{ cluster: Cluster; hosts: Host[] }>) {
  return reading.then((r) => quotaBasisOf(r.cluster, r.hosts));
}

interface QuotaState {
  readonly scaleType: ScaleType | undefined;
  readonly quota: Promise<LiveQuota | undefined> | undefined;
}

/** How long the count step waits for quota reads still under way before it goes on without them. */
export const QUOTA_STEP_WAIT_MS = 2_000;

/** The quota reads still under way when the count step stopped waiting for them. */
export const STILL_READING = 'still reading';

/** The quota read for the flow, once it has come; undefined for a scale-in. */
export async function quotaOf(s: QuotaState): Promise<LiveQuota | undefined> {
  return s.scaleType === 'scale_out' ? await s.quota : undefined;
}

/**
 * As quotaOf, waiting at most `waitMs` for reads still under way: then STILL_READING, and the reads
 * go on for the summary.
 */
export async function quotaSoon(s: QuotaState, waitMs: number): Promise<LiveQuota | typeof STILL_READING | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof STILL_READING>((resolve) => {
    timer = setTimeout(() => resolve(STILL_READING), waitMs);
  });
  try {
    return await Promise.race([quotaOf(s), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The arithmetic of the quota on what the rules checked: the line, the count's errors, "not checked". */
export function quotaCheckOf(
  quota: LiveQuota | undefined,
  check: Pick<ResizeCheck, 'group' | 'change' | 'call'>,
  t: Translate,
): LiveQuotaCheck | undefined {
  return quota && liveQuotaOf(quota, check, 'scale_out', t);
}

/** "a · b · c" of the parts given. */
export function joined(parts: readonly (string | undefined)[], t: Translate): string | undefined {
  const given = parts.filter((p): p is string => p !== undefined && p !== '');
  return given.length === 0 ? undefined : given.reduce((a, b) => t('{0} · {1}', a, b));
}

/** A prompt or a hint, then the quota's line and "quota not checked" (or that it is still being read). */
export function withQuota(
  text: string | undefined,
  quota: LiveQuotaCheck | typeof STILL_READING | undefined,
  t: Translate,
) {
  if (quota === STILL_READING) {
    return joined([text, t('Quota still being read: the summary shows it')], t);
  }
  return joined([text, quota?.line, quota?.notChecked], t);
}
