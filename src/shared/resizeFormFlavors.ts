// The guard of the flavors MRS offers that the host sends the resize form (FlavorOffer): untrusted like
// every message. It answers with a copy of the known fields only, or undefined for anything malformed.
import type { FlavorOffer, OfferedFlavor } from '../core/quota/flavorOffer';
import { isObj } from './plainObject';

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

function flavorOf(v: unknown): OfferedFlavor | undefined {
  if (!isObj(v) || typeof v.name !== 'string') {
    return undefined;
  }
  if ((v.cores !== undefined && !isAmount(v.cores)) || (v.ramMb !== undefined && !isAmount(v.ramMb))) {
    return undefined;
  }
  return {
    name: v.name,
    ...(v.cores === undefined ? {} : { cores: v.cores }),
    ...(v.ramMb === undefined ? {} : { ramMb: v.ramMb }),
  };
}

/** The offer's known fields, or undefined. */
export function parseFlavorOffer(v: unknown): FlavorOffer | undefined {
  if (!isObj(v)) {
    return undefined;
  }
  if (v.ok === false) {
    return typeof v.reason === 'string' ? { ok: false, reason: v.reason } : undefined;
  }
  if (v.ok !== true || typeof v.zone !== 'string' || !Array.isArray(v.flavors)) {
    return undefined;
  }
  if (v.sizesNotRead !== undefined && typeof v.sizesNotRead !== 'string') {
    return undefined;
  }
  const flavors = (v.flavors as unknown[]).map(flavorOf);
  if (flavors.some((f) => f === undefined)) {
    return undefined;
  }
  return {
    ok: true,
    zone: v.zone,
    flavors: flavors as OfferedFlavor[],
    ...(v.sizesNotRead === undefined ? {} : { sizesNotRead: v.sizesNotRead }),
  };
}
