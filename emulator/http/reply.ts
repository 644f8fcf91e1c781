// Answers are built as values first and written by the server last, so a fault can replace or
// mangle an answer after the handler ran (truncated JSON, reset after the PUT was applied...).
import type { ResizeNote } from '../model';
import type { GatewayErrorDto, IamErrorDto, MrsErrorDto } from '../wire';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body for a request in Chinese (`X-Language: zh-cn`), where it differs. */
  bodyZh?: string;
  /** What the call set going (a resize job or an order), for the request log; never sent. */
  note?: ResizeNote;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** MRS service error: `{"error_code","error_msg"}`, with `msgZh` for a request in Chinese when known. */
export function mrsError(status: number, code: string, msg: string, msgZh?: string): Reply {
  const body: MrsErrorDto = { error_code: code, error_msg: msg };
  const reply = json(status, body);
  const zh: MrsErrorDto = { error_code: code, error_msg: msgZh ?? msg };
  return msgZh === undefined ? reply : { ...reply, bodyZh: JSON.stringify(zh) };
}

/**
 * The answer in the language of the request's `X-Language`: `zh-cn` gives the Chinese body where
 * there is one; `en-us`, no header or anything else gives English (MRS's default).
 */
export function inLanguage(reply: Reply, language: string | undefined): Reply {
  const { bodyZh, ...english } = reply;
  return language?.trim().toLowerCase() === 'zh-cn' && bodyZh !== undefined ? { ...english, body: bodyZh } : english;
}

/** Gateway error: `{"error_code","error_msg","request_id"}` with the answer's request id. */
export function gatewayError(status: number, code: string, msg: string, requestId: string): Reply {
  const body: GatewayErrorDto = { error_code: code, error_msg: msg, request_id: requestId };
  return json(status, body);
}

const IAM_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

/** IAM's nested error: `{"error":{"code","message","title"}}`. */
export function iamError(code: number, message: string): Reply {
  const body: IamErrorDto = { error: { code, message, title: IAM_TITLES[code] ?? 'Error' } };
  return json(code, body);
}

export function apiNotFound(requestId: string): Reply {
  return gatewayError(
    404,
    'APIGW.0101',
    'The API does not exist or has not been published in the environment.',
    requestId,
  );
}
