// What handlers receive: the parsed request and the emulator's shared state.
import type { IncomingHttpHeaders } from 'node:http';
import type { TokenStore } from '../auth/tokens';
import type { RateLimiter } from '../mrs/rateLimit';
import type { ClusterStore } from '../store';
import type { V2Settings } from '../v2Options';

export interface RequestCtx {
  method: string;
  /** Raw path as sent (percent-encoding kept), without the query. */
  path: string;
  /** Raw query string without `?`. */
  rawQuery: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  requestId: string;
  params: Record<string, string>;
}

/** The demo account. All values are fixed, clearly fake strings: the emulator is a local demo. */
export interface EmulatorCredentials {
  region: string;
  projectId: string;
  ak: string;
  sk: string;
  domain: string;
  user: string;
  password: string;
}

export interface AppDeps {
  creds: EmulatorCredentials;
  domainId: string;
  store: ClusterStore;
  tokens: TokenStore;
  now: () => number;
  /** Duration of a resize, in seconds. */
  scaleSeconds: number;
  /** Core + task nodes a cluster may have after a scale-out (12000028): 500, or as raised by technical support. */
  nodeLimit: number;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  baseUrl: () => string;
  /** The switches of the v2 routes (expand result spelling, ListNodes offset reading, rate limit). */
  v2: V2Settings;
  /** Calls counted against the v2 routes' rate limits (when switched on). */
  rateLimiter: RateLimiter;
}

export function header(ctx: RequestCtx, name: string): string | undefined {
  const v = ctx.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(',') : v;
}
