// What mrs_applyResize says: the confirmation VS Code shows before it runs (the change, the call and
// its body, and for a scale-in every node that may go), and the outcome or the refusal after it, with
// MRS's code, its words, the catalog's explanation and hint.
import { explainError } from '../api/catalog';
import type { CatalogLanguage } from '../api/catalogEntry';
import { errorLine } from '../api/errorLine';
import { callTemplate } from '../api/resizeCall';
import { isCancelled } from '../errors';
import { hostsOfGroup } from '../model/hosts';
import { PlanStaleError, ResizeBusyError, ResizeRefusedError, type SendResult } from '../operations';
import type { ReadyPlan } from '../plan/plan';
import { planHeadline } from '../plan/headline';
import type { HostFacts } from '../resize/facts';
import { hostText } from '../resize/hostText';
import type { Translate } from '../translate';
import type { ToolConfirmation } from './types';

/** Text as Markdown shows it literally (names come from MRS). */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (c) => `\\${c}`);
}

/** Every node the scale-in may remove: the chosen ones, or every node of the group when MRS chooses. */
function nodesThatMayGo(plan: ReadyPlan, t: Translate): string[] {
  const removed = plan.confirmation.removedNodes;
  const hosts = plan.reading?.hosts ?? [];
  const named = (h: HostFacts | undefined, id: string) =>
    `- ${md(h ? hostText(h, plan.clusterId, t) : id)} — ${md(t('ID {0}', id))}`;
  if (removed === undefined) {
    return [];
  }
  if (removed !== 'chosenByMrs') {
    const lines = removed.map((n) =>
      named(
        hosts.find((h) => h.id === n.id || h.resourceId === n.id),
        n.id,
      ),
    );
    return [md(t('Every node that may go ({0}):', removed.length)), ...lines];
  }
  const { groupName, role, from, to } = plan.target;
  const sameRole = plan.reading?.facts.nodeGroups.filter((g) => g.role === role).length ?? 1;
  const group = hostsOfGroup(hosts, groupName, role, sameRole);
  const head = t('MRS chooses which {0} of these {1} nodes of {2} go:', from - to, group.length, groupName);
  return [md(head), ...group.map((h) => named(h, h.id))];
}

/** VS Code's confirmation of mrs_applyResize: what will be sent, and who may go. */
export function applyConfirmation(plan: ReadyPlan, t: Translate): ToolConfirmation {
  const c = plan.confirmation;
  const lines = [
    `**${md(t('Change: {0}', planHeadline(plan.target, t)))}**`,
    '',
    md(t('Connection: {0}', plan.connection)),
    '',
    md(c.detail),
    '',
    ...nodesThatMayGo(plan, t),
    '',
    md(t('Call: {0}', callTemplate(plan.call.kind))),
    '',
    '```json',
    JSON.stringify(plan.call.body, null, 2),
    '```',
    ...c.notes.map((n) => `> ${md(n.message)}`),
    '',
    md(
      c.modal
        ? t('MRS Explorer asks once more in its own dialog, naming the nodes, before anything is sent.')
        : t('Continue sends this request once; MRS Explorer follows the resize to the end.'),
    ),
  ];
  return { title: c.title, message: lines.join('\n') };
}

/** After the one PUT: what MRS said, and where the resize is followed. */
export function outcomeText(result: SendResult, t: Translate): string {
  if (result.status === 'ordered') {
    return [result.message, t('Operation {0} in the Operations view.', result.operationId)].join('\n');
  }
  return [
    result.message,
    t(
      'Operation {0}: MRS Explorer follows it to the end in a progress notification, and the Operations view shows it. mrs_showCluster tells how it goes.',
      result.operationId,
    ),
  ].join('\n');
}

/** Why nothing was applied, with MRS's code, its words, the catalog's explanation and hint where there are. */
export function refusalText(e: unknown, language: CatalogLanguage, t: Translate): string {
  if (e instanceof ResizeRefusedError) {
    // Its message is MRS's code, the catalog's explanation, MRS's own words and the hint (sendOnce.ts).
    const code = e.explanation.code;
    return [e.message, ...(code ? [t('Code: {0}', code)] : [])].join('\n');
  }
  if (e instanceof PlanStaleError) {
    return [e.message, t('Make a new plan with mrs_planResize and show it to the user.')].join('\n');
  }
  if (e instanceof ResizeBusyError) {
    return e.message;
  }
  if (isCancelled(e)) {
    return t('Cancelled; nothing was sent.');
  }
  const { hint } = explainError(e, language);
  return [
    t('The resize could not be applied: {0}', errorLine(e, language, t)),
    ...(hint ? [t('Hint: {0}', hint)] : []),
  ].join('\n');
}
