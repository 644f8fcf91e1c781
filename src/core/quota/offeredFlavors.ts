// The flavors MRS offers for the first task nodes of a cluster (issue 23, docs/quota-api.md §5, §6):
// MRS's available-flavor answer for the cluster's version, kept to its zone, with ECS ListFlavors'
// vCPUs and memory beside each name; both read at once through the connection's cached reader. A read
// that fails is a reason in words (the ways in then show the flavors the cluster uses), never thrown.
import type { CallOptions } from '../api/MrsClient';
import { ecsFlavorName, mrsFlavorName, type EcsFlavor, type FlavorPlacement, type ZoneFlavors } from '../model/flavors';
import type { Translate } from '../translate';
import type { FlavorOffer } from './flavorOffer';
import { settle, type QuotaReads, type Settled } from './reader';
import { whyNotRead } from './summary';

export type { FlavorOffer, OfferedFlavor } from './flavorOffer';

const lower = (s: string | undefined) => s?.trim().toLowerCase() || undefined;

/** The zone of the answer that is the cluster's: by code or name; the only one when the cluster names none. */
function zoneOf(zones: readonly ZoneFlavors[], placement: FlavorPlacement): ZoneFlavors | undefined {
  const wanted = [lower(placement.azCode), lower(placement.availabilityZone)].filter((z) => z !== undefined);
  if (wanted.length === 0) {
    return zones.length === 1 ? zones[0] : undefined;
  }
  return zones.find((z) => [lower(z.azCode), lower(z.azName)].some((n) => n !== undefined && wanted.includes(n)));
}

function sizeOf(name: string, ecs: readonly EcsFlavor[]): { cores?: number; ramMb?: number } {
  const found = ecs.find((f) => lower(ecsFlavorName(f.name)) === lower(ecsFlavorName(name)));
  return {
    ...(found?.cores !== undefined ? { cores: found.cores } : {}),
    ...(found?.ramMb !== undefined ? { ramMb: found.ramMb } : {}),
  };
}

/** The offer of settled reads; pure. */
export function offerOf(
  placement: FlavorPlacement,
  mrs: Settled<readonly ZoneFlavors[]>,
  ecs: Settled<readonly EcsFlavor[]>,
  t: Translate,
): FlavorOffer {
  if (!mrs.ok) {
    return { ok: false, reason: whyNotRead(mrs.error, t) };
  }
  const zone = zoneOf(mrs.value, placement);
  if (!zone) {
    const named = placement.azCode ?? placement.availabilityZone;
    const reason = named
      ? t("MRS's answer lists no availability zone {0}", named)
      : t("the cluster's availability zone is not known");
    return { ok: false, reason };
  }
  const sizes = ecs.ok ? ecs.value : [];
  const flavors = zone.task.map((name) => ({ name: mrsFlavorName(name), ...sizeOf(name, sizes) }));
  const label = zone.azCode ?? zone.azName ?? placement.azCode ?? placement.availabilityZone ?? '';
  return { ok: true, zone: label, flavors, ...(ecs.ok ? {} : { sizesNotRead: whyNotRead(ecs.error, t) }) };
}

/**
 * The flavors MRS offers for new task nodes of a cluster of this version and zone, with ECS's sizes;
 * `placement` may be the cluster itself. Never rejects, except with a cancellation.
 */
export async function readFlavorOffer(
  reads: Pick<QuotaReads, 'mrsFlavors' | 'ecsFlavors'>,
  placement: FlavorPlacement,
  t: Translate,
  options: CallOptions = {},
): Promise<FlavorOffer> {
  if (!placement.version) {
    return { ok: false, reason: t("the cluster's version is not known") };
  }
  const [mrs, ecs] = await Promise.all([
    settle(reads.mrsFlavors(placement.version, options)),
    settle(reads.ecsFlavors(placement.azCode ?? placement.availabilityZone, options)),
  ]);
  return offerOf(placement, mrs, ecs, t);
}
