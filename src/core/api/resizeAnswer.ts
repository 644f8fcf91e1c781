// The 200 answer of a resize call. The v1.1 PUT answers `{"result":"succeeded"}`; the v2 expand and
// shrink answer `result` too, spelled `succeeded`, `success` or in capitals by the docs and SDKs
// (docs/mrs-api.md §3.6), or `order_id` alone for a yearly/monthly node group (an order to pay). An
// error code of 表9 in `result` is MRS saying the resize failed (the doc: "操作失败时返回的错误码信息
// 如表9所示"), passed on like an error answer with that code; `failed` is MRS saying so without a code;
// any other text cannot be read (outcome unknown: re-read the cluster, never resend).
import type { ApiResponse } from './attempt';
import { isMrsErrorCode, kindFor } from './errorBody';
import { MrsApiError, outcomeUnknown } from './errors';
import { Fields, isRecord, parseJsonText, unexpectedShape } from './read';
import type { Redactor } from './redact';

export interface ResizeAnswer {
  /** `result` as sent, when sent. */
  readonly result: string | undefined;
  /** True for every spelling of success. */
  readonly accepted: boolean;
  /** `order_id` of a v2 expand of a yearly/monthly group. */
  readonly orderId: string | undefined;
  /** `error_msg` beside an error code (not documented for this answer; read when sent), scrubbed. */
  readonly message: string | undefined;
  /** Scrubbed. */
  readonly requestId: string | undefined;
}

const SUCCESS = ['succeeded', 'success', 'succeed', 'successful'];

/** True for every spelling of success the docs and SDKs use, in any case. */
export function isSuccessResult(result: string | undefined): boolean {
  return result !== undefined && SUCCESS.includes(result.trim().toLowerCase());
}

/** @throws MrsApiError 'invalidResponse' for a body that is not JSON or has neither `result` nor `order_id`. */
export function readResizeAnswer(res: ApiResponse, redact: Redactor): ResizeAnswer {
  const json = parseJsonText(res.text, 'resize answer');
  const f = isRecord(json) ? new Fields(json) : undefined;
  const result = f?.str('result');
  const orderId = f?.str('order_id')?.trim() || undefined;
  if (result === undefined && orderId === undefined) {
    throw unexpectedShape('resize answer without result', json);
  }
  const said = f?.str('error_msg');
  return {
    result,
    accepted: isSuccessResult(result),
    orderId: orderId === undefined ? undefined : redact(orderId),
    message: said === undefined ? undefined : redact(said),
    requestId: res.requestId,
  };
}

interface Where {
  readonly method: string;
  readonly path: string;
  readonly host: string;
}

/**
 * The error of an answer that is not a success: MRS's failure with its code (or `failed` without one),
 * else outcome unknown.
 */
export function failedResizeAnswer(answer: ResizeAnswer, where: Where): MrsApiError {
  const init = { ...where, status: 200, requestId: answer.requestId };
  const result = (answer.result ?? '').trim();
  if (result.toLowerCase() === 'failed') {
    const message = `The resize answer says "failed"${answer.message ? `: ${answer.message}` : ''}`;
    return new MrsApiError(message, { ...init, kind: kindFor(200, undefined), serverMessage: answer.message });
  }
  if (!isMrsErrorCode(result)) {
    return outcomeUnknown(`Resize answered "${result}" instead of "succeeded"`, init);
  }
  const message = `${result}: ${answer.message ?? 'the resize answer names an error code instead of "succeeded"'}`;
  return new MrsApiError(message, { ...init, kind: kindFor(200, result), code: result, serverMessage: answer.message });
}
