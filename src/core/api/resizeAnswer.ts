// The resize's 200 answer. `succeeded` is accepted; an error code of 表9 in `result` is MRS saying the
// resize failed (the doc: "操作失败时返回的错误码信息如表9所示"), passed on like an error answer with
// that code; any other text cannot be read (outcome unknown: re-read the cluster, never resend).
import type { ApiResponse } from './attempt';
import { isMrsErrorCode, kindFor } from './errorBody';
import { MrsApiError, outcomeUnknown } from './errors';
import { parseResizeResponseDto } from './parseHost';
import { Fields, isRecord, parseJsonText } from './read';
import type { Redactor } from './redact';

export interface ResizeAnswer {
  /** `succeeded` when accepted. */
  readonly result: string;
  /** `error_msg` beside an error code (not documented for this answer; read when sent), scrubbed. */
  readonly message: string | undefined;
  /** Scrubbed. */
  readonly requestId: string | undefined;
}

/** @throws MrsApiError 'invalidResponse' for a body that is not JSON or has no `result`. */
export function readResizeAnswer(res: ApiResponse, redact: Redactor): ResizeAnswer {
  const json = parseJsonText(res.text, 'resize answer');
  const result = parseResizeResponseDto(json);
  const said = isRecord(json) ? new Fields(json).str('error_msg') : undefined;
  return { result, message: said === undefined ? undefined : redact(said), requestId: res.requestId };
}

interface Where {
  readonly method: string;
  readonly path: string;
  readonly host: string;
}

/** The error of an answer other than `succeeded`: MRS's failure with its code, else outcome unknown. */
export function failedResizeAnswer(answer: ResizeAnswer, where: Where): MrsApiError {
  const init = { ...where, status: 200, requestId: answer.requestId };
  if (!isMrsErrorCode(answer.result)) {
    return outcomeUnknown(`Resize answered "${answer.result}" instead of "succeeded"`, init);
  }
  const code = answer.result.trim();
  const message = `${code}: ${answer.message ?? 'the resize answer names an error code instead of "succeeded"'}`;
  return new MrsApiError(message, { ...init, kind: kindFor(200, code), code, serverMessage: answer.message });
}
