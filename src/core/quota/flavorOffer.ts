// The flavors MRS offers for a cluster's first task nodes as plain JSON-safe data (what
// offeredFlavors.ts read), and what the rules and the quota take of them. Pure: the webview runs it.
import { ecsFlavorName } from '../model/flavors';
import type { OfferedTaskFlavors } from '../resize/facts';
import type { QuotaBasis } from './basis';
import type { FlavorSize } from './flavorSize';

/** One flavor offered for task nodes: the name a resize sends, vCPUs and MB of memory when ECS said. */
export interface OfferedFlavor {
  readonly name: string;
  readonly cores?: number;
  readonly ramMb?: number;
}

/** What was read for one cluster: the offered task flavors of its zone, or why they are not known. Plain JSON. */
export type FlavorOffer =
  | {
      readonly ok: true;
      /** The zone as MRS's answer names it. */
      readonly zone: string;
      /** In MRS's order. */
      readonly flavors: readonly OfferedFlavor[];
      /** Why ECS's vCPUs and memory are missing, when they are. */
      readonly sizesNotRead?: string;
    }
  | { readonly ok: false; readonly reason: string };

/** The names the rule compares with (resize/flavorOffered.ts); undefined when the offer could not be read. */
export function offeredTaskFlavorsOf(offer: FlavorOffer | undefined): OfferedTaskFlavors | undefined {
  return offer?.ok ? { zone: offer.zone, names: offer.flavors.map((f) => f.name) } : undefined;
}

/** ECS's vCPUs and memory of each offered flavor that has both, by ECS name in lower case (QuotaBasis.offered). */
export function offeredSizesOf(offer: FlavorOffer | undefined): Record<string, FlavorSize> {
  const sizes: Record<string, FlavorSize> = {};
  for (const f of offer?.ok ? offer.flavors : []) {
    if (f.cores !== undefined && f.ramMb !== undefined) {
      sizes[ecsFlavorName(f.name).toLowerCase()] = { cores: f.cores, ramMb: f.ramMb };
    }
  }
  return sizes;
}

/** The basis with ECS's sizes of the offered flavors (perNode.ts counts the first task nodes with them). */
export function basisWithOffer(basis: QuotaBasis, offer: FlavorOffer | undefined): QuotaBasis {
  const offered = offeredSizesOf(offer);
  return Object.keys(offered).length === 0 ? basis : { ...basis, offered };
}
