// The form's flavor of the first task nodes, pure: the facts and the quota's basis with what MRS offers
// on them (the rules warn about a flavor not offered; the quota counts ECS's vCPUs and memory), and the
// options of the flavor field with "8 vCPUs, 32 GB", the cluster's own first, and the note of a failed read.
import { flavorChoices } from '../../src/core/quota/flavorChoices';
import { basisWithOffer, offeredTaskFlavorsOf, type FlavorOffer } from '../../src/core/quota/flavorOffer';
import type { LiveQuota } from '../../src/core/quota/live';
import type { ClusterFacts } from '../../src/core/resize/facts';
import { withOfferedFlavors } from '../../src/core/resize/flavorOffered';
import type { Translate } from '../../src/core/translate';
import type { Option } from './groups';

/** The facts the rules read: with the offered task flavors when the host sent them. */
export function factsWithOffer(facts: ClusterFacts, offer: FlavorOffer | undefined): ClusterFacts {
  return withOfferedFlavors(facts, offeredTaskFlavorsOf(offer));
}

/** The quota with ECS's sizes of the offered flavors in its basis. */
export function quotaWithOffer(quota: LiveQuota | undefined, offer: FlavorOffer | undefined): LiveQuota | undefined {
  return quota && { ...quota, basis: basisWithOffer(quota.basis, offer) };
}

/** The flavor field's options ("name (8 vCPUs, 32 GB · used by …)") and its note; the chosen value stays listed. */
export function flavorOptions(
  facts: ClusterFacts,
  offer: FlavorOffer | undefined,
  chosen: string,
  t: Translate,
): { options: Option[]; note: string | undefined } {
  const { items, note } = flavorChoices(facts, offer, t);
  const options = items.map((c) => ({
    value: c.value,
    label: c.description ? t('{0} ({1})', c.value, c.description) : c.value,
  }));
  const value = chosen.trim();
  if (value !== '' && !options.some((o) => o.value === value)) {
    options.push({ value, label: value });
  }
  return { options, note };
}
