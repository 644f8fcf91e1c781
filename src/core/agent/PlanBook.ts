// The plans the agent made in this session (this extension host), by digest: apply sends only a plan
// found here, exactly as it was shown, and each at most once. Memory only: a reload forgets them, and
// the model must plan again (a plan is a reading of a moment anyway; the lifecycle refuses a stale one).
import type { ReadyPlan } from '../plan/plan';
import { planDigest } from '../plan/savedPlan';

/** How many plans are kept; the oldest go first. */
const KEPT = 20;

export type BookEntry =
  | { readonly state: 'ready'; readonly plan: ReadyPlan }
  | { readonly state: 'applied'; readonly plan: ReadyPlan; readonly operationId?: string };

export class PlanBook {
  private readonly plans = new Map<string, BookEntry>();

  /** Keeps a ready plan; its digest (savedPlan.ts planDigest, as `mrs-resize plan --out` writes it). */
  add(plan: ReadyPlan): string {
    const digest = planDigest(plan);
    this.plans.set(digest, { state: 'ready', plan });
    for (const old of this.plans.keys()) {
      if (this.plans.size <= KEPT) {
        break;
      }
      this.plans.delete(old);
    }
    return digest;
  }

  /** The entry of a digest, with or without its `sha256:` prefix. */
  get(digest: string): BookEntry | undefined {
    return this.plans.get(normalDigest(digest));
  }

  /** The plan was handed to the lifecycle: it is never sent again. */
  markApplied(digest: string, operationId?: string): void {
    const key = normalDigest(digest);
    const entry = this.plans.get(key);
    if (entry) {
      this.plans.set(key, { state: 'applied', plan: entry.plan, ...(operationId ? { operationId } : {}) });
    }
  }

  /** The send refused before anything left: the plan may be applied again (the lifecycle checks it again). */
  reopen(digest: string): void {
    const key = normalDigest(digest);
    const entry = this.plans.get(key);
    if (entry) {
      this.plans.set(key, { state: 'ready', plan: entry.plan });
    }
  }
}

export function normalDigest(digest: string): string {
  const d = digest.trim().toLowerCase();
  return d.startsWith('sha256:') ? d : `sha256:${d}`;
}
