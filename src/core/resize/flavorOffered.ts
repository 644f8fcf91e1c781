// The rule of the first task nodes' flavor against the flavors MRS offers for the cluster's version and
// zone (ShowMrsFlavors, docs/quota-api.md §5): fed by the facts of a reading that carries them, a
// `node_size` outside them is a warning naming the offered ones. A warning never blocks the call; without
// the facts (not read, or the read failed) the rule says nothing.
import type { TaskNodeInfoDto } from '../api/wire';
import { sameFlavor } from '../model/flavors';
import type { Translate } from '../translate';
import type { ClusterFacts, OfferedTaskFlavors } from './facts';
import { problemOf, RESIZE_PATHS } from './problem';
import type { ResizeProblem } from './types';

/** How many offered flavors a warning names before it says how many more. */
const NAMED = 20;

/** The facts with the offered task flavors on them; as they are when none were read. */
export function withOfferedFlavors<T extends ClusterFacts>(facts: T, offered: OfferedTaskFlavors | undefined): T {
  return offered ? { ...facts, offeredTaskFlavors: offered } : facts;
}

function listOf(names: readonly string[], t: Translate): string {
  const named = names.slice(0, NAMED).join(', ');
  return names.length > NAMED ? t('{0}, and {1} more', named, names.length - NAMED) : named;
}

/** The warning about `info.node_size` when the facts carry MRS's offer and it is not in it. */
export function flavorNotOffered(
  cluster: ClusterFacts,
  info: TaskNodeInfoDto | undefined,
  t: Translate,
): ResizeProblem[] {
  const offered = cluster.offeredTaskFlavors;
  const flavor = info?.node_size;
  if (!offered || !flavor || offered.names.some((name) => sameFlavor(name, flavor))) {
    return [];
  }
  const version = cluster.version ?? '';
  const message =
    offered.names.length === 0
      ? t('MRS offers no flavor for task nodes of {0} in availability zone {1}.', version, offered.zone)
      : t(
          'MRS does not offer {0} for task nodes of {1} in availability zone {2}. Offered: {3}.',
          flavor,
          version,
          offered.zone,
          listOf(offered.names, t),
        );
  return [problemOf('warning', RESIZE_PATHS.nodeSize, 'taskNodeInfo.flavorNotOffered', message)];
}
