// Turns an injected fault into what the client receives.
import type { ActiveFault } from '../faults';
import { gzipBomb, oversized, type StreamReply } from './hostileBody';
import { gatewayError, iamError, json, mrsError, type Reply } from './reply';

/** `reset` = destroy the socket with a TCP RST instead of answering; a StreamReply is written as read. */
export type Outcome = Reply | StreamReply | 'reset';

const STATUS_TEXT: Record<number, string> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Error';
}

/** Default bodies: gateway-shaped for throttling and gateway statuses, service-shaped for 500. */
function defaultErrorBody(f: ActiveFault, requestId: string, iamRoute: boolean): Reply {
  if (f.status === 429) {
    return gatewayError(
      429,
      'APIGW.0308',
      'The throttling threshold has been reached: policy user over ratelimit, limit:20, time:1 second',
      requestId,
    );
  }
  if (iamRoute && f.status < 500) {
    return iamError(f.status, statusText(f.status));
  }
  if (f.status === 500) {
    return iamRoute
      ? iamError(500, 'An unexpected error prevented the server from fulfilling your request.')
      : mrsError(500, '12000004', 'Internal server error.');
  }
  if (f.status === 503 || f.status === 502) {
    return gatewayError(f.status, 'APIGW.0201', 'Backend unavailable', requestId);
  }
  if (f.status === 504) {
    return gatewayError(504, 'APIGW.0202', 'Backend timeout', requestId);
  }
  return gatewayError(f.status, 'APIGW.0000', `Injected fault: HTTP ${f.status}`, requestId);
}

/** Gateway codes (`APIGW.0301`, `APIG.0307`) carry a request_id; MRS codes (`12000019`, `MRS.300`) do not (§5.1). */
function isGatewayCode(code: string): boolean {
  return /^APIGW?\./i.test(code);
}

/** A fault that names its code: the body shape follows the code, whatever the route. */
function namedErrorBody(f: ActiveFault, requestId: string): Reply {
  const code = f.errorCode ?? 'APIGW.0000';
  const msg = f.errorMsg ?? `Injected fault: HTTP ${f.status}`;
  return isGatewayCode(code) ? gatewayError(f.status, code, msg, requestId) : mrsError(f.status, code, msg);
}

function statusReply(f: ActiveFault, requestId: string, iamRoute: boolean): Reply {
  const reply =
    f.errorCode !== undefined || f.errorMsg !== undefined
      ? namedErrorBody(f, requestId)
      : defaultErrorBody(f, requestId, iamRoute);
  if (f.retryAfter !== undefined) {
    reply.headers['Retry-After'] = String(f.retryAfter);
  }
  return reply;
}

function htmlReply(status: number): Reply {
  const title = `${status} ${statusText(status)}`;
  return {
    status,
    headers: { 'Content-Type': 'text/html' },
    body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
  };
}

/** The first half of the real answer (at least one character short), with a matching Content-Length. */
function truncated(reply: Reply): Reply {
  const cut = Math.max(0, Math.min(reply.body.length - 1, Math.floor(reply.body.length / 2)));
  return { ...reply, body: reply.body.slice(0, cut) };
}

/**
 * A 200 whose `result` is not "succeeded": the doc's way of saying that the operation failed
 * ("操作失败时返回的错误码信息如表9所示"); `error_msg` only when the fault gives one.
 */
function resultReply(f: ActiveFault): Reply {
  return json(200, { result: f.result, ...(f.errorMsg === undefined ? {} : { error_msg: f.errorMsg }) });
}

export function applyFault(f: ActiveFault, requestId: string, iamRoute: boolean, handled: Reply | undefined): Outcome {
  switch (f.kind) {
    case 'reset':
      return 'reset';
    case 'html':
      return htmlReply(f.status);
    case 'status':
      return statusReply(f, requestId, iamRoute);
    case 'truncated-json':
      return handled ? truncated(handled) : 'reset';
    case 'latency':
      return handled ?? 'reset';
    case 'result':
      return resultReply(f);
    case 'gzip-bomb':
      return gzipBomb(f.bytes);
    case 'oversized':
      return oversized(f.bytes);
  }
}
