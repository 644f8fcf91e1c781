// The quota reads of a way in that shows the quota while the user types (the form, the palette, a
// request file): the three reads through the connection's cached reader (reader.ts: 30 s), settled,
// once per reading of the cluster; the arithmetic then runs without a request (live.ts).
import type { CallOptions } from '../api/MrsClient';
import type { QuotaBasis } from './basis';
import type { LiveQuota } from './live';
import { settle, type QuotaReads } from './reader';
import { freeFrom, notReadOf } from './summary';
import type { Translate } from '../translate';

/** Never rejects, except with a cancellation: a failed read is in `notRead`. */
export async function readLiveQuota(
  reads: QuotaReads,
  basis: QuotaBasis,
  t: Translate,
  options: CallOptions = {},
): Promise<LiveQuota> {
  const [ecs, evs, vpc] = await Promise.all([
    settle(reads.ecsLimits(options)),
    settle(reads.evsQuota(options)),
    basis.subnetId ? settle(reads.subnetFreeIps(basis.subnetId, options)) : undefined,
  ]);
  const settled = { ecs, evs, vpc };
  return { basis, free: freeFrom(settled), notRead: notReadOf(settled, t) };
}
