// Per-route counters and a request log (method, path, status; never headers or bodies), so
// tests can assert "the PUT was sent exactly once".
import type { FaultKind } from './faults';
import type { ResizeNote } from './model';
import { ROUTES, UNKNOWN_ROUTE } from './http/routes';

export interface RequestLogEntry {
  seq: number;
  /** ISO time from the emulator's clock. */
  at: string;
  method: string;
  path: string;
  query: string;
  /** Route key ('listClusters', 'resize'...) or 'unknown'. */
  route: string;
  /** HTTP status sent; 0 when the connection was reset instead. */
  status: number;
  /** The injected fault that shaped this answer, if any. */
  fault?: FaultKind;
  /** The injected latency this request waited (ms; all matching latency faults added up), 0 when none. */
  latencyMs: number;
  /** Whether the handler ran (false when a fault answered first, e.g. a 'before' reset). */
  handled: boolean;
  durationMs: number;
  /** A resize call that started a job or created an order: what it set going (kept when a fault replaced the answer). */
  resize?: ResizeNote;
}

export interface RouteCounter {
  pattern: string;
  count: number;
  /** Count per status code sent ("0" = connection reset). */
  statuses: Record<string, number>;
}

export interface RequestLogSnapshot {
  total: number;
  routes: Record<string, RouteCounter>;
  /** The most recent entries, oldest first (at most MAX_LOG_ENTRIES). */
  log: RequestLogEntry[];
}

export const MAX_LOG_ENTRIES = 1000;

function emptyCounters(): Record<string, RouteCounter> {
  const routes: Record<string, RouteCounter> = {};
  for (const r of ROUTES) {
    routes[r.key] = { pattern: `${r.method} ${r.pattern}`, count: 0, statuses: {} };
  }
  routes[UNKNOWN_ROUTE] = { pattern: '(no route)', count: 0, statuses: {} };
  return routes;
}

export class RequestLog {
  private total = 0;
  private routes = emptyCounters();
  private entries: RequestLogEntry[] = [];

  record(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.total += 1;
    const counter = this.routes[entry.route] ?? this.routes[UNKNOWN_ROUTE];
    counter.count += 1;
    const key = String(entry.status);
    counter.statuses[key] = (counter.statuses[key] ?? 0) + 1;
    this.entries.push({ seq: this.total, ...entry });
    if (this.entries.length > MAX_LOG_ENTRIES) {
      this.entries.shift();
    }
  }

  snapshot(): RequestLogSnapshot {
    return {
      total: this.total,
      routes: JSON.parse(JSON.stringify(this.routes)) as Record<string, RouteCounter>,
      log: this.entries.map((e) => ({ ...e })),
    };
  }

  reset(): void {
    this.total = 0;
    this.routes = emptyCounters();
    this.entries = [];
  }
}
