// Hosts in a sentence, as the tree shows them: the short name (without the cluster id), the IP and
// the state; a few named, then "and N more". For rule messages, the palette and the confirmation.
import type { Translate } from '../translate';
import { shortHostName } from '../model/hosts';
import { hostStatusText } from '../model/labels';
import type { HostFacts } from './facts';

/** How many hosts a sentence names before "and N more". */
export const NAMED_HOSTS = 3;

/** "node_core_x (192.168.0.7, SHUTOFF)" (zh-cn 已关机); what is not known is left out. */
export function hostText(host: HostFacts, clusterId: string, t: Translate, withState = true): string {
  const name = shortHostName(host.name, clusterId);
  const state = withState && host.status ? hostStatusText(host.status, t) : undefined;
  const about = [host.ip, state].filter((v): v is string => Boolean(v));
  if (about.length === 0) {
    return name;
  }
  return about.length === 1 ? t('{0} ({1})', name, about[0]) : t('{0} ({1}, {2})', name, about[0], about[1]);
}

/** "a, b, c and 2 more" (zh-cn "a、b、c及另外2个"). */
export function listText(items: readonly string[], t: Translate, shown = NAMED_HOSTS): string {
  const named = items.slice(0, shown).reduce((text, item) => (text === '' ? item : t('{0}, {1}', text, item)), '');
  return items.length > shown ? t('{0} and {1} more', named, items.length - shown) : named;
}

/** Several hosts in a sentence: a few by hostText, then how many more. */
export function hostListText(
  hosts: readonly HostFacts[],
  clusterId: string,
  t: Translate,
  options: { withState?: boolean; shown?: number } = {},
): string {
  return listText(
    hosts.map((h) => hostText(h, clusterId, t, options.withState ?? true)),
    t,
    options.shown,
  );
}
