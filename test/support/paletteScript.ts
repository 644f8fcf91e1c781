// The answers of a resize in the command palette, for the unit flow tests and the integration tests:
// the cluster, the node group and the direction picked by label, then what the count and the later
// steps are answered, then the summary's button.
import type { Answer } from './ScriptedPrompter';

export type Direction = 'Scale out' | 'Scale in';

/** The button of the summary that sends: 'Scale Out' or 'Scale In'. */
export const sendButton = (direction: Direction): Answer => ({
  pick: direction === 'Scale out' ? 'Scale Out' : 'Scale In',
});

/** The first three picks: the cluster, the group ('Core', 'Task' or a hybrid group's label), the direction. */
export function palettePath(cluster: string, group: string, direction: Direction): Answer[] {
  return [{ pick: cluster }, { pick: group }, { pick: direction }];
}

/**
 * A whole palette resize: the three picks, then `steps` (the count, task node info, the hosts or the
 * options), then `last`: the summary's send button unless given ('cancel', or another answer).
 */
export function paletteScript(
  cluster: string,
  group: string,
  direction: Direction,
  steps: readonly Answer[],
  last: Answer = sendButton(direction),
): Answer[] {
  return [...palettePath(cluster, group, direction), ...steps, last];
}

/** Add one core node with no options checked, and send. */
export const addOneCoreNode = (cluster: string): Answer[] =>
  paletteScript(cluster, 'Core', 'Scale out', [{ input: '1' }, { pickMany: [] }]);
