// The gateway's per-tenant rate limits of the v2 routes (API版本选择建议, 单租户接口流控: expand and shrink
// 60 calls a minute each, ListNodes 200), an injectable fault: off unless switched on. Every authenticated
// call counts, whatever its answer; a refused one does not. The window slides over the emulator's clock.
import { gatewayError, type Reply } from '../http/reply';
import type { RouteKey } from '../http/routes';

export const RATE_LIMITS: Partial<Record<RouteKey, number>> = { expand: 60, shrink: 60, listNodes: 200 };

const WINDOW_MS = 60_000;

export class RateLimiter {
  private readonly calls = new Map<string, number[]>();

  /** Counts the call and returns undefined, or the gateway's 429 when `route` had its limit in the last minute. */
  admit(route: RouteKey, tenant: string, nowMs: number, requestId: string): Reply | undefined {
    const limit = RATE_LIMITS[route];
    if (limit === undefined) {
      return undefined;
    }
    const key = `${tenant} ${route}`;
    const recent = (this.calls.get(key) ?? []).filter((t) => t > nowMs - WINDOW_MS);
    if (recent.length >= limit) {
      this.calls.set(key, recent);
      return throttled(limit, requestId);
    }
    recent.push(nowMs);
    this.calls.set(key, recent);
    return undefined;
  }

  reset(): void {
    this.calls.clear();
  }
}

/** The gateway's throttling answer, worded as APIG words it (the DataArts Studio FAQ quotes it for MRS). */
export function throttled(limit: number, requestId: string): Reply {
  return gatewayError(
    429,
    'APIGW.0308',
    `The throttling threshold has been reached: policy user over ratelimit,limit:${limit},time:1 minute`,
    requestId,
  );
}
