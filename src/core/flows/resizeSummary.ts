// The last step of the resize flow: what will be sent, every field of the request body on a line of
// its own (a QuickPick cuts a long detail), and the notes of the rules and of the quota.
import { callTemplate, type ResizeCall } from '../api/resizeCall';
import { BACK, type PickItem } from '../prompts/Prompter';
import type { WizardStep } from '../prompts/wizard';
import type { LiveQuotaCheck } from '../quota/live';
import { formatPath } from '../resize/problem';
import type { ResizeCheck, ResizePath } from '../resize/types';
import type { Translate } from '../translate';
import { quotaCheckOf, quotaOf } from './resizeQuota';
import { stepHeading, checkState, type ResizeFlowDeps, type ResizeFlowState } from './resizeState';

type Answer = 'send' | 'back' | 'note';

/** The leaves of a JSON value with their paths: `task_node_info.node_size`, `server_ids[1]`. */
function leaves(value: unknown, path: ResizePath): Array<[ResizePath, unknown]> {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => leaves(v, [...path, i]));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

/** One line per field of the body (of `parameters` for the v1.1 PUT): "node_group" "core_node_analysis_group". */
export function bodyLines(call: ResizeCall): Array<{ label: string; description: string }> {
  const fields = call.kind === 'v1.1' ? call.body.parameters : call.body;
  return leaves(fields, []).map(([path, v]) => ({ label: formatPath(path), description: JSON.stringify(v) }));
}

function sendItems(
  s: ResizeFlowState,
  check: ResizeCheck,
  quota: LiveQuotaCheck | undefined,
  t: Translate,
): PickItem<Answer>[] {
  // The quota's line ("at most 40 more nodes fit") and, once, why it was not checked.
  const notes = [
    ...check.problems.filter((d) => d.severity !== 'error').map((d) => d.message),
    ...[quota?.line, quota?.notChecked].filter((m): m is string => m !== undefined),
  ];
  const note = (label: string, description?: string): PickItem<Answer> => ({
    label,
    description,
    value: 'note',
    kind: 'note',
  });
  return [
    {
      label: s.scaleType === 'scale_out' ? t('Scale Out') : t('Scale In'),
      description: check.change?.text,
      detail: t('Cluster {0} · node group {1}', s.cluster?.name ?? '', check.group?.name ?? ''),
      value: 'send',
    },
    { label: t('Request body'), value: 'note', kind: 'separator' },
    note(callTemplate((check.call as ResizeCall).kind)),
    ...bodyLines(check.call as ResizeCall).map((l) => note(l.label, l.description)),
    ...(notes.length > 0 ? [{ label: t('Notes'), value: 'note' as const, kind: 'separator' as const }] : []),
    ...notes.map((m) => note(m)),
  ];
}

export function summaryStep(deps: ResizeFlowDeps): WizardStep<ResizeFlowState> {
  const t = deps.t;
  return {
    run: async (s, p, pos) => {
      const check = checkState(s, t);
      const quota = quotaCheckOf(await quotaOf(s), check, t);
      const errors = [...check.problems.filter((d) => d.severity === 'error'), ...(quota?.problems ?? [])];
      const items: PickItem<Answer>[] =
        errors.length > 0 || !check.call
          ? [{ label: t('Go back and fix: {0}', errors.map((d) => d.message).join(' ')), value: 'back' }]
          : sendItems(s, check, quota, t);
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: t('{0} of {1}: check and confirm', check.change?.text ?? '', s.cluster?.name ?? ''),
        items,
      });
      if (answer === BACK || answer === 'back') {
        return BACK;
      }
    },
  };
}
