// The flavor choice of the first task nodes as every way in shows it (the form, the palette, request-file
// completion): the flavors MRS offers with "8 vCPUs, 32 GB", those the cluster already uses first and
// marked, in the cluster's own spelling; when MRS's answer could not be read, the flavors the cluster uses
// and a note that says why. Pure: the webview runs it too.
import { sameFlavor } from '../model/flavors';
import type { ClusterFacts } from '../resize/facts';
import type { Translate } from '../translate';
import type { FlavorOffer } from './flavorOffer';
import { gib } from './words';

export interface FlavorChoice {
  /** What goes into `node_size`. */
  readonly value: string;
  /** "8 vCPUs, 32 GB", when ECS said. */
  readonly size: string | undefined;
  /** The cluster's groups that use the flavor now. */
  readonly usedBy: readonly string[];
  /** "8 vCPUs, 32 GB · used by core_node_analysis_group"; '' when there is nothing to say. */
  readonly description: string;
}

export interface FlavorChoices {
  readonly items: readonly FlavorChoice[];
  /** Why the list is the cluster's own flavors, or why the sizes are missing. */
  readonly note: string | undefined;
}

/** "8 vCPUs, 32 GB" (memory in GiB as ECS counts it, 1024 MB each). */
export function flavorSizeText(cores: number, ramMb: number, t: Translate): string {
  const memory = gib(ramMb, 'up');
  return cores === 1 ? t('1 vCPU, {0} GB', memory) : t('{0} vCPUs, {1} GB', cores, memory);
}

const ROLE_ORDER = { task: 0, core: 1, master: 2 } as const;

/** Each flavor the cluster's groups use, task groups first, with the groups that use it. */
function usedFlavors(facts: ClusterFacts): { flavor: string; groups: string[] }[] {
  const ordered = [...facts.nodeGroups].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const used: { flavor: string; groups: string[] }[] = [];
  for (const g of ordered) {
    if (!g.flavor) {
      continue;
    }
    const known = used.find((u) => sameFlavor(u.flavor, g.flavor as string));
    if (known) {
      known.groups.push(g.name);
    } else {
      used.push({ flavor: g.flavor, groups: [g.name] });
    }
  }
  return used;
}

function choiceOf(value: string, size: string | undefined, usedBy: readonly string[], t: Translate): FlavorChoice {
  const used = usedBy.length > 0 ? t('used by {0}', usedBy.join(' · ')) : undefined;
  const description = [size, used].filter((x) => x !== undefined).join(' · ');
  return { value, size, usedBy, description };
}

/**
 * The flavors to offer for the first task nodes. `offer` undefined (not read yet): the cluster's flavors,
 * no note.
 */
export function flavorChoices(facts: ClusterFacts, offer: FlavorOffer | undefined, t: Translate): FlavorChoices {
  const used = usedFlavors(facts);
  if (!offer?.ok) {
    const items = used.map((u) => choiceOf(u.flavor, undefined, u.groups, t));
    const note = offer
      ? t("MRS's offered flavors could not be read ({0}); showing the flavors this cluster uses.", offer.reason)
      : undefined;
    return { items, note };
  }
  const items = offer.flavors.map((f) => {
    const own = used.find((u) => sameFlavor(u.flavor, f.name));
    const size = f.cores !== undefined && f.ramMb !== undefined ? flavorSizeText(f.cores, f.ramMb, t) : undefined;
    return choiceOf(own?.flavor ?? f.name, size, own?.groups ?? [], t);
  });
  const rank = (c: FlavorChoice) => used.findIndex((u) => u.flavor === c.value);
  const mine = items.filter((c) => c.usedBy.length > 0).sort((a, b) => rank(a) - rank(b));
  const note = offer.sizesNotRead
    ? t('The vCPUs and memory of the flavors could not be read ({0}).', offer.sizesNotRead)
    : undefined;
  return { items: [...mine, ...items.filter((c) => c.usedBy.length === 0)], note };
}
