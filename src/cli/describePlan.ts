// What a resize would do, described in pure code for the terminal and for --json: the headline
// ("analytics-prod: core 3 → 5 (scale out 2)"), the nodes added or removed, the call it makes as the
// docs name it ("POST /v2/{project_id}/clusters/{cluster_id}/expand"), and the exact request
// (core/requests/preview.ts, the same text as the request file's Preview).
import type { RequestPreview } from '../core/api/requestPreview';
import { callTemplate } from '../core/api/resizeCall';
import type { ResizeConfirmation } from '../core/plan/confirmation';
import { planHeadline as headline } from '../core/plan/headline';
import { requestLines } from '../core/requests/preview';
import { englishTranslate, type Translate } from '../core/translate';

/** The headline, the nodes, the call, then the request (method, URL, headers, body). */
export function planLines(c: ResizeConfirmation, request: RequestPreview, t: Translate): string[] {
  const call = `  ${t('Call: {0}', callTemplate(c.call.kind))}`;
  return [headline(c.target, t), `  ${c.detail}`, call, '', t('Request:'), ...requestLines(request, t)];
}

/** For --json: which call the plan makes, as the docs name it. */
export function callJson(c: ResizeConfirmation): Record<string, unknown> {
  return { kind: c.call.kind, call: callTemplate(c.call.kind) };
}

/** The nodes a scale-in removes, for --json: ids with host names, or "chosenByMrs"; null for a scale-out. */
export function removedJson(c: ResizeConfirmation): unknown {
  if (c.removedNodes === undefined) {
    return null;
  }
  return c.removedNodes === 'chosenByMrs' ? 'chosenByMrs' : c.removedNodes.map((n) => ({ id: n.id, name: n.name }));
}

export function changeJson(c: ResizeConfirmation): Record<string, unknown> {
  const { clusterId, clusterName, groupName, role, scaleType, from, to } = c.target;
  return {
    clusterId,
    clusterName,
    group: groupName,
    role,
    scaleType,
    from,
    to,
    text: headline(c.target, englishTranslate),
  };
}
