// The quota reads of a way in that shows the quota while the user types (the form, the palette, a
// request file): the three reads through the connection's cached reader (reader.ts: 30 s), settled,
// once per reading of the cluster; the arithmetic then runs without a request (live.ts).
import type { CallOptions } from '../api/MrsClient';
import type { QuotaBasis } from './basis';
import type { LiveQuota } from './live';
import { settle, type QuotaReads } from './reader';
import { freeFrom, notReadOf } from './summary';
import type { Translate } from '../translate';

/** The free amounts of a subnet's cluster, and the reads that failed. Never rejects, except with a cancellation. */
export async function readFreeQuota(
  reads: QuotaReads,
  subnetId: string | undefined,
  t: Translate,
  options: CallOptions = {},
): Promise<Omit<LiveQuota, 'basis'>> {
  const [ecs, evs, vpc] = await Promise.all([
    settle(reads.ecsLimits(options)),
    settle(reads.evsQuota(options)),
    subnetId ? settle(reads.subnetFreeIps(subnetId, options)) : undefined,
  ]);
  const settled = { ecs, evs, vpc };
  return { free: freeFrom(settled), notRead: notReadOf(settled, t) };
}

/** Never rejects, except with a cancellation: a failed read is in `notRead`. */
export async function readLiveQuota(
  reads: QuotaReads,
  basis: QuotaBasis,
  t: Translate,
  options: CallOptions = {},
): Promise<LiveQuota> {
  return { basis, ...(await readFreeQuota(reads, basis.subnetId, t, options)) };
}

/**
 * The quota read beside the cluster's reading: the reads start now, the subnet's from what the list
 * said of the cluster, and the basis comes with the reading. Read again (the cached reader answers
 * the rest) only when the reading names another subnet.
 * @throws what `basis` rejects with.
 */
export async function readLiveQuotaBeside(
  reads: QuotaReads,
  listedSubnet: string | undefined,
  basis: Promise<QuotaBasis>,
  t: Translate,
): Promise<LiveQuota> {
  const free = readFreeQuota(reads, listedSubnet, t);
  const known = await basis;
  return known.subnetId === listedSubnet ? { basis: known, ...(await free) } : readLiveQuota(reads, known, t);
}
