// The request pipeline: read → control endpoint, or faults (latency, before) → auth + handler →
// faults (after) → write, with an X-Request-Id on every answer and a log entry per MRS/IAM request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorControl } from '../control';
import type { FaultKind, FaultRegistry } from '../faults';
import { newRequestId } from '../ids';
import type { ResizeNote } from '../model';
import type { RequestLog } from '../requestLog';
import type { Logger, Timers } from '../store';
import type { AppDeps, RequestCtx } from './context';
import { CONTROL_PREFIX, handleControl } from './controlRoutes';
import { dispatch, isIamRoute } from './dispatch';
import { applyFault, type Outcome } from './faultReply';
import { gatewayError } from './reply';
import { matchRoute, UNKNOWN_ROUTE } from './routes';

/** AK/SK signing supports bodies up to 12 MB (docs/mrs-api.md §2.2). */
const MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface Pipeline {
  deps: AppDeps;
  control: EmulatorControl;
  faults: FaultRegistry;
  log: RequestLog;
  timers: Timers;
  info: () => object;
  isClosed: () => boolean;
  logLine: Logger;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function contextOf(req: IncomingMessage, body: Buffer): RequestCtx {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const rawQuery = q >= 0 ? raw.slice(q + 1) : '';
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: q >= 0 ? raw.slice(0, q) : raw,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers: req.headers,
    body,
    requestId: newRequestId(),
    params: {},
  };
}

function write(res: ServerResponse, outcome: Outcome, requestId: string): void {
  if (outcome === 'reset') {
    res.socket?.resetAndDestroy();
    return;
  }
  if ('stream' in outcome) {
    const stream = outcome.stream();
    res.writeHead(outcome.status, { ...outcome.headers, 'X-Request-Id': requestId });
    // A client that stops reading (its size cap) ends the stream: nothing more is made.
    res.on('close', () => stream.destroy());
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return;
  }
  const body = Buffer.from(outcome.body, 'utf8');
  res.writeHead(outcome.status, {
    ...outcome.headers,
    'X-Request-Id': requestId,
    'Content-Length': String(body.length),
  });
  res.end(body);
}

interface ApiResult {
  outcome: Outcome;
  handled: boolean;
  fault?: FaultKind;
  route: string;
  latencyMs: number;
  note?: ResizeNote;
}

async function serveApi(p: Pipeline, ctx: RequestCtx): Promise<ApiResult> {
  const match = matchRoute(ctx.method, ctx.path);
  const route = match?.route.key ?? UNKNOWN_ROUTE;
  const { latencyMs, fault } = p.faults.take(route);
  if (latencyMs > 0) {
    await p.timers.sleep(latencyMs);
  }
  if (fault && fault.phase === 'before') {
    return {
      outcome: applyFault(fault, ctx.requestId, isIamRoute(route), undefined),
      handled: false,
      fault: fault.kind,
      route,
      latencyMs,
    };
  }
  const { note, ...reply } = dispatch(match, ctx, p.deps);
  const outcome = fault ? applyFault(fault, ctx.requestId, isIamRoute(route), reply) : reply;
  return { outcome, handled: true, fault: fault?.kind, route, latencyMs, note };
}

async function serve(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const body = await readBody(req);
  const ctx = contextOf(req, body ?? Buffer.alloc(0));
  if (!body) {
    write(res, gatewayError(413, 'APIGW.0413', 'Request entity too large', ctx.requestId), ctx.requestId);
    return;
  }
  if (ctx.path.startsWith(CONTROL_PREFIX)) {
    write(res, handleControl(ctx, p.control, p.info), ctx.requestId);
    return;
  }
  const result = await serveApi(p, ctx);
  if (p.isClosed()) {
    return;
  }
  p.log.record({
    at: new Date(p.deps.now()).toISOString(),
    method: ctx.method,
    path: ctx.path,
    query: ctx.rawQuery,
    route: result.route,
    status: result.outcome === 'reset' ? 0 : result.outcome.status,
    fault: result.fault,
    latencyMs: result.latencyMs,
    handled: result.handled,
    durationMs: Date.now() - started,
    ...(result.note ? { resize: result.note } : {}),
  });
  const status = result.outcome === 'reset' ? 'connection reset' : String(result.outcome.status);
  p.logLine(`${ctx.method} ${ctx.path} -> ${status}${result.fault ? ` [fault: ${result.fault}]` : ''}`);
  write(res, result.outcome, ctx.requestId);
}

/** The `request` listener of the emulator's http server. */
export function requestListener(p: Pipeline): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(p, req, res).catch((e: unknown) => {
      if (!res.headersSent && !p.isClosed()) {
        const requestId = newRequestId();
        write(
          res,
          gatewayError(500, 'APIGW.0000', `Emulator error: ${e instanceof Error ? e.message : String(e)}`, requestId),
          requestId,
        );
      }
    });
  };
}
