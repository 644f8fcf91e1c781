// A plan in the words of the agent's tools: the change, the nodes, the call as the docs name it and
// the exact request (method, URL, headers with secrets named never filled, body), every problem
// (the rules', the quota pre-flight's, a resize under way) and, for a plan that can be sent, its digest.
import { callTemplate } from '../api/resizeCall';
import type { PlanProblem, ReadyPlan, RefusedPlan } from '../plan/plan';
import { planHeadline } from '../plan/headline';
import { quotaSummaryLine } from '../quota/summary';
import { requestLines } from '../requests/preview';
import type { Severity } from '../resize/types';
import type { Translate } from '../translate';

function severityWord(severity: Severity, t: Translate): string {
  switch (severity) {
    case 'error':
      return t('Error');
    case 'warning':
      return t('Warning');
    case 'info':
      return t('Note');
  }
}

/** "- Error: Core nodes cannot go below 3 … (instances.belowCoreMinimum)". */
export function problemLines(problems: readonly PlanProblem[], t: Translate): string[] {
  return problems.map((p) => `- ${t('{0}: {1}', severityWord(p.severity, t), p.message)} (${p.code})`);
}

/** The quota pre-flight's comparison of a scale-out, as `mrs-resize plan` prints it; none for a scale-in. */
function quotaLine(plan: ReadyPlan | RefusedPlan, t: Translate): string[] {
  const line = plan.quota && quotaSummaryLine(plan.quota, t);
  return line ? [line] : [];
}

export function readyPlanText(plan: ReadyPlan, digest: string, t: Translate): string {
  const c = plan.confirmation;
  return [
    t('Plan made on a fresh reading of the cluster; nothing was sent.'),
    t('Change: {0}', planHeadline(plan.target, t)),
    c.detail,
    t('Call: {0}', callTemplate(plan.call.kind)),
    t('Request:'),
    ...requestLines(plan.request, t),
    ...quotaLine(plan, t),
    plan.problems.length > 0 ? t('Findings:') : t('Findings: none.'),
    ...problemLines(plan.problems, t),
    t('Digest: {0}', digest),
    c.modal
      ? t(
          "To send exactly this plan, call mrs_applyResize with this digest. The user confirms it in the chat, and again in MRS Explorer's own dialog, which names the nodes.",
        )
      : t('To send exactly this plan, call mrs_applyResize with this digest. The user confirms it in the chat.'),
  ].join('\n');
}

export function refusedPlanText(plan: RefusedPlan, t: Translate): string {
  return [
    t('The resize of {0} cannot be sent; nothing was sent. The plan is refused:', plan.clusterName),
    ...problemLines(plan.problems, t),
    ...quotaLine(plan, t),
    t('There is no digest to apply: change the input as the problems say and plan again.'),
  ].join('\n');
}
