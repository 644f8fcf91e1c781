// The PUT, exactly once. Its five possible ends are told apart here and nowhere else:
// accepted; refused by MRS (a 4xx: nothing applied); failed, as MRS says with its own code on
// another status (a 500 with MRS.300, a 200 whose `result` is 12000014: refused, once one reading
// shows no change); never sent (the connection failed before the request left); outcome unknown
// (timeout, reset, a gateway's 5xx, cancel while on the wire: it may have been applied, so it is
// answered by re-reading the cluster, never by sending again).
// The gotcha: a 401 lets the transport send the PUT a second time with a fresh token. If that
// second one is refused because the cluster is already resizing or no longer running
// (12000018, 12000017), the first one may be what is resizing it: unknown, not refused.
import { explainError, type ErrorExplanation } from '../api/catalog';
import type { CatalogLanguage } from '../api/catalogEntry';
import { isMrsApiError, isOutcomeUnknown, type MrsApiError } from '../api/errors';
import type { Translate } from '../translate';
import type { ReadyPlan } from '../plan/plan';
import type { ResizeClient } from './client';

/** MRS's answer with a code, or a request that never left. */
export interface Refusal {
  /** 'failed': MRS's code on a 5xx or a 200; the lifecycle reads the cluster once before it says refused. */
  readonly kind: 'refused' | 'failed' | 'notSent';
  readonly error: MrsApiError;
  readonly explanation: ErrorExplanation;
  /** Translated sentences: code and the catalog's explanation, MRS's own words, the hint. */
  readonly message: string;
}

type SendResult =
  | { readonly kind: 'accepted'; readonly requestId: string | undefined; readonly orderId?: string }
  | { readonly kind: 'unknown'; readonly error: unknown }
  | Refusal;

interface SendInput {
  readonly client: ResizeClient;
  readonly clusterId: string;
  readonly plan: ReadyPlan;
  readonly signal?: AbortSignal;
  readonly t: Translate;
  readonly language: CatalogLanguage;
}

/** Refusals that the first of two PUTs (before and after a 401) may have caused itself. */
const BUSY_AFTER_OUR_FIRST: readonly string[] = ['12000018', '12000017'];

/** @throws only what is neither an API error nor a lost answer (a bug, not a refusal). */
export async function sendOnce(input: SendInput): Promise<SendResult> {
  try {
    const accepted = await input.client.send(input.clusterId, input.plan.call, { signal: input.signal });
    const order = accepted.orderId === undefined ? {} : { orderId: accepted.orderId };
    return { kind: 'accepted', requestId: accepted.requestId, ...order };
  } catch (e) {
    if (isOutcomeUnknown(e)) {
      return { kind: 'unknown', error: e };
    }
    if (!isMrsApiError(e)) {
      throw e;
    }
    if (e.resentAfter401 && BUSY_AFTER_OUR_FIRST.includes(e.code ?? '')) {
      return { kind: 'unknown', error: e };
    }
    return refusal(e, input);
  }
}

/** A 4xx, or no answer at all (refused before sending): MRS's usual way of refusing. */
function isRefusalStatus(status: number | undefined): boolean {
  return status === undefined || (status >= 400 && status < 500);
}

function refusal(error: MrsApiError, { t, language }: SendInput): SendResult {
  const explanation = explainError(error, language);
  // The catalog's words, also without a catalogued code: the error's own message is the English of
  // code (method, path, "network error (ECONNREFUSED)") and stays in the log.
  const reason = explanation.explanation;
  const code = explanation.code ?? (error.status === undefined ? undefined : `HTTP ${error.status}`);
  // A network error on the PUT means the request never left (a lost answer is 'outcomeUnknown').
  const kind = error.kind === 'network' ? 'notSent' : isRefusalStatus(error.status) ? 'refused' : 'failed';
  const head = kind === 'notSent' ? notSentHead(t, reason, code) : refusedHead(t, reason, code);
  const said = error.serverMessage && !reason.includes(error.serverMessage) ? error.serverMessage : undefined;
  const parts = [head, ...(said ? [t('MRS says: “{0}”', said)] : []), explanation.hint].filter(Boolean);
  return { kind, error, explanation, message: joinSentences(parts, language) };
}

/** Sentences one after another: in Chinese no space after a full-width stop or closing quote. */
function joinSentences(parts: readonly string[], language: CatalogLanguage): string {
  return parts.reduce((text, part) => {
    const glue = text === '' || (language === 'zh-cn' && /[。！？”]$/.test(text)) ? '' : ' ';
    return `${text}${glue}${part}`;
  }, '');
}

function notSentHead(t: Translate, reason: string, code: string | undefined): string {
  return code === undefined
    ? t('The resize request could not be sent: {0}', reason)
    : t('The resize request could not be sent ({0}): {1}', code, reason);
}

function refusedHead(t: Translate, reason: string, code: string | undefined): string {
  return code === undefined
    ? t('MRS refused the resize: {0}', reason)
    : t('MRS refused the resize ({0}): {1}', code, reason);
}
