// mrs_applyResize: sends a plan that mrs_planResize made in this session, found by its digest, through
// the one lifecycle: the product's own confirmation (the form's modal for every scale-in, whatever the
// chat's auto-approve says), then send(): the cluster's lock, the journal, the plan checked again on
// a fresh reading (stale: refused), one PUT, and following with the progress notification. An unknown
// digest, an applied plan, a declined confirmation: nothing is sent.
import { ResizeRefusedError } from '../operations/errors';
import { planHeadline } from '../plan/headline';
import { checkApplyInput, type ApplyResizeInput } from './inputs';
import { applyConfirmation, outcomeText, refusalText } from './applyText';
import type { PlanBook } from './PlanBook';
import type { AgentDeps, AgentTool } from './types';

export function applyResizeTool(deps: AgentDeps, book: PlanBook): AgentTool<ApplyResizeInput> {
  const { t } = deps;
  return {
    name: 'mrs_applyResize',
    check: (input) => checkApplyInput(input, t),
    prepare(input) {
      const entry = book.get(input.digest);
      if (entry?.state !== 'ready') {
        // Nothing will be sent: no confirmation to ask.
        return Promise.resolve({ invocationMessage: t('Looking for the plan {0}…', input.digest) });
      }
      return Promise.resolve({
        invocationMessage: t('Applying the plan: {0}', planHeadline(entry.plan.target, t)),
        confirmation: applyConfirmation(entry.plan, t),
      });
    },
    async invoke(input, signal) {
      const entry = book.get(input.digest);
      if (entry === undefined) {
        return t(
          'No plan with the digest {0} was made in this session; nothing was sent. Make one with mrs_planResize and pass its digest exactly.',
          input.digest,
        );
      }
      if (entry.state === 'applied') {
        return t(
          'The plan {0} was already applied; nothing was sent again. Make a new plan for another resize.',
          input.digest,
        );
      }
      const { plan } = entry;
      try {
        if (!(await deps.confirm(plan.confirmation))) {
          return t('The user declined the confirmation; nothing was sent.');
        }
        // Taken before the send, so that a second call with the digest meanwhile sends nothing.
        book.markApplied(input.digest);
        const result = await deps.lifecycle.send(plan, { signal });
        book.markApplied(input.digest, result.operationId);
        return outcomeText(result, t);
      } catch (e) {
        if (!(e instanceof ResizeRefusedError)) {
          // Nothing left (busy, stale, cancelled, the reading failed): the plan may be applied later.
          book.reopen(input.digest);
        }
        return refusalText(e, deps.language(), t);
      }
    },
  };
}
