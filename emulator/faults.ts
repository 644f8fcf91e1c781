// Fault injection: latency, an error status (429 + Retry-After, 500, 503...), a connection reset,
// truncated JSON or an HTML error page, a 200 whose `result` is an error code, and hostile bodies
// (a gzip bomb, an oversized body), for the next N requests of a route (or of every route).
import { routeKeyOf, type RouteKey } from './http/routes';

export const FAULT_KINDS = [
  'status',
  'reset',
  'truncated-json',
  'html',
  'latency',
  'result',
  'gzip-bomb',
  'oversized',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What a caller asks for (JSON body of POST /__emulator/faults, or `emulator.addFault`). */
export interface FaultSpec {
  kind: FaultKind;
  /** '*' (default: every MRS/IAM route), a key such as 'resize', or 'PUT /v1.1/{project_id}/cluster_infos/{cluster_id}'. */
  route?: string;
  /** 'status': 400–599 (default 503); 'html': default 502. */
  status?: number;
  /** Seconds in the Retry-After header (default 1 for 429; sent for other statuses only when given). */
  retryAfter?: number;
  /** 'latency': delay in milliseconds before the request is handled. */
  ms?: number;
  /** How many matching requests it affects (default 1), or 'always' until cleared. */
  times?: number | 'always';
  /** 'status' | 'html' | 'reset': 'before' (default) answers without running the handler; 'after' runs it first. */
  phase?: 'before' | 'after';
  /**
   * 'status': replaces the default error body's code and message. An MRS code (`12000019`, `MRS.300`)
   * gives the MRS body `{error_code, error_msg}`; an `APIG.`/`APIGW.` code the gateway body with `request_id`.
   */
  errorCode?: string;
  errorMsg?: string;
  /** 'result': the `result` of a 200 answer instead of "succeeded", e.g. an error code of 表9 ("12000014"). */
  result?: string;
  /**
   * 'gzip-bomb': the decoded size of a 200 sent gzip-compressed (default 1 GiB, about 1 MB on the wire);
   * 'oversized': the size of a plain 200 with its Content-Length (default 700 MiB). Both are valid JSON
   * padded with spaces, streamed as the client reads, so only a size cap refuses them.
   */
  bytes?: number;
}

export interface ActiveFault {
  id: number;
  kind: FaultKind;
  route: RouteKey | '*';
  status: number;
  retryAfter?: number;
  ms: number;
  remaining: number | 'always';
  phase: 'before' | 'after';
  errorCode?: string;
  errorMsg?: string;
  result?: string;
  bytes: number;
}

export class FaultSpecError extends Error {}

function positiveInt(v: unknown, what: string, min = 1): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new FaultSpecError(`${what} must be an integer >= ${min}.`);
  }
  return v;
}

function readRoute(v: unknown): RouteKey | '*' {
  if (v === undefined || v === '*') {
    return '*';
  }
  const key = typeof v === 'string' ? routeKeyOf(v) : undefined;
  if (!key) {
    throw new FaultSpecError(
      `Unknown route ${JSON.stringify(v)}: use '*', a route key or 'METHOD /pattern' (see GET /__emulator/info).`,
    );
  }
  return key;
}

const DEFAULT_BYTES: Partial<Record<FaultKind, number>> = { 'gzip-bomb': 2 ** 30, oversized: 700 * 2 ** 20 };

/** The kinds that answer 200 whatever `status` says. */
const OK_KINDS: readonly FaultKind[] = ['result', 'gzip-bomb', 'oversized'];

function readStatus(spec: FaultSpec): number {
  if (OK_KINDS.includes(spec.kind)) {
    return 200;
  }
  const fallback = spec.kind === 'html' ? 502 : 503;
  const status = spec.status === undefined ? fallback : positiveInt(spec.status, 'status', 400);
  if (status > 599) {
    throw new FaultSpecError('status must be from 400 to 599.');
  }
  return status;
}

function readOptionalString(v: unknown, what: string): string | undefined {
  if (v !== undefined && typeof v !== 'string') {
    throw new FaultSpecError(`${what} must be a string.`);
  }
  return v;
}

/** Validates an untrusted spec; throws FaultSpecError with a readable reason. */
export function parseFaultSpec(input: unknown, id: number): ActiveFault {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultSpecError(
      'A fault must be a JSON object such as {"kind":"status","status":503,"route":"listClusters"}.',
    );
  }
  const spec = input as FaultSpec;
  if (!(FAULT_KINDS as readonly string[]).includes(spec.kind)) {
    throw new FaultSpecError(`kind must be one of ${FAULT_KINDS.join(', ')}.`);
  }
  if (spec.phase !== undefined && spec.phase !== 'before' && spec.phase !== 'after') {
    throw new FaultSpecError("phase must be 'before' or 'after'.");
  }
  const status = readStatus(spec);
  const result = readOptionalString(spec.result, 'result');
  if (spec.kind === 'result' && (result === undefined || result === '')) {
    throw new FaultSpecError('A result fault needs "result", e.g. {"kind":"result","result":"12000014"}.');
  }
  return {
    id,
    kind: spec.kind,
    route: readRoute(spec.route),
    status,
    retryAfter:
      spec.retryAfter === undefined ? (status === 429 ? 1 : undefined) : positiveInt(spec.retryAfter, 'retryAfter', 0),
    ms: spec.kind === 'latency' ? positiveInt(spec.ms, 'ms', 0) : 0,
    remaining: spec.times === undefined ? 1 : spec.times === 'always' ? 'always' : positiveInt(spec.times, 'times'),
    phase: spec.kind === 'truncated-json' ? 'after' : (spec.phase ?? 'before'),
    errorCode: readOptionalString(spec.errorCode, 'errorCode'),
    errorMsg: readOptionalString(spec.errorMsg, 'errorMsg'),
    result,
    bytes: spec.bytes === undefined ? (DEFAULT_BYTES[spec.kind] ?? 0) : positiveInt(spec.bytes, 'bytes'),
  };
}

export interface FaultDecision {
  latencyMs: number;
  fault?: ActiveFault;
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: unknown): ActiveFault {
    const fault = parseFaultSpec(spec, this.nextId);
    this.nextId += 1;
    this.faults.push(fault);
    return fault;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): number {
    const n = this.faults.length;
    this.faults = [];
    return n;
  }

  /** Consumes the faults that apply to one request: all matching latencies add up; the first other fault wins. */
  take(route: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const f of this.faults) {
      if (f.route !== '*' && f.route !== route) {
        continue;
      }
      if (f.kind === 'latency') {
        decision.latencyMs += f.ms;
      } else if (decision.fault) {
        continue;
      } else {
        decision.fault = f;
      }
      this.consume(f);
    }
    this.faults = this.faults.filter((f) => f.remaining === 'always' || f.remaining > 0);
    return decision;
  }

  private consume(f: ActiveFault): void {
    if (f.remaining !== 'always') {
      f.remaining -= 1;
    }
  }
}
