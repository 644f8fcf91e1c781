// The PUT, exactly once. Its four possible ends are told apart here and nowhere else:
// accepted; refused by MRS (nothing applied); never sent (the connection failed before the
// request left); outcome unknown (timeout, reset, 5xx, cancel while on the wire: it may have
// been applied, so it is answered by re-reading the cluster, never by sending again).
import { explainError, type ErrorExplanation } from '../api/catalog';
import type { CatalogLanguage } from '../api/catalogEntry';
import { isMrsApiError, isOutcomeUnknown, type MrsApiError } from '../api/errors';
import type { Translate } from '../translate';
import type { ResizeClient, ResizePlan } from './preflight';

type SendResult =
  | { readonly kind: 'accepted'; readonly requestId: string | undefined }
  | { readonly kind: 'unknown'; readonly error: unknown }
  | {
      readonly kind: 'refused' | 'notSent';
      readonly error: MrsApiError;
      readonly explanation: ErrorExplanation;
      /** Translated sentences: code and the catalog's explanation, MRS's own words, the hint. */
      readonly message: string;
    };

interface SendInput {
  readonly client: ResizeClient;
  readonly clusterId: string;
  readonly plan: ResizePlan;
  readonly signal?: AbortSignal;
  readonly t: Translate;
  readonly language: CatalogLanguage;
}

/** @throws only what is neither an API error nor a lost answer (a bug, not a refusal). */
export async function sendOnce(input: SendInput): Promise<SendResult> {
  try {
    const accepted = await input.client.resize(input.clusterId, input.plan.body, { signal: input.signal });
    return { kind: 'accepted', requestId: accepted.requestId };
  } catch (e) {
    if (isOutcomeUnknown(e)) {
      return { kind: 'unknown', error: e };
    }
    if (!isMrsApiError(e)) {
      throw e;
    }
    return refusal(e, input);
  }
}

function refusal(error: MrsApiError, { t, language }: SendInput): SendResult {
  const explanation = explainError(error, language);
  const code = explanation.code ?? String(error.status ?? error.kind);
  const reason = explanation.byCode ? explanation.explanation : error.message;
  // A network error on the PUT means the request never left (a lost answer is 'outcomeUnknown').
  const kind = error.kind === 'network' ? 'notSent' : 'refused';
  const head =
    kind === 'notSent'
      ? t('The resize request could not be sent ({0}): {1}', code, reason)
      : t('MRS refused the resize ({0}): {1}', code, reason);
  const said = error.serverMessage && !reason.includes(error.serverMessage) ? error.serverMessage : undefined;
  const parts = [head, ...(said ? [t('MRS says: “{0}”', said)] : []), explanation.hint].filter(Boolean);
  return { kind, error, explanation, message: parts.join(' ') };
}
