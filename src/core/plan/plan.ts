// The shapes of the one plan of a resize (docs/ARCHITECTURE.md, "The write path"): what a way in
// orders, and what preparePlan makes of it once, on one fresh reading of the cluster. Every way in
// shows a plan in its own way and hands it to ResizeLifecycle.send; nothing else decides what is
// sent. Plain data only: a plan is saved to a file by `mrs-resize plan --out` and read back.
import type { MrsClient } from '../api/MrsClient';
import type { RequestPreview } from '../api/requestPreview';
import type { ResizeBody, ResizeCall } from '../api/resizeCall';
import type { ClusterState, NodeGroupRole } from '../model/cluster';
import type { ParsedRequestFile, RequestProblemCode } from '../requests';
import { QUOTA_PROBLEM_CODES } from '../quota/live';
import type { QuotaSummary } from '../quota/summary';
import type { ClusterReading } from '../resize/facts';
import type { ResizeChange, ResizeDraft, ResizePath, Severity } from '../resize/types';
import type { ResizeConfirmation } from './confirmation';
import type { ResizeTarget } from './target';

/** Where an order comes from (`agent`: the chat agent's tools); kept in the operation record ("started by mrs-resize"). */
export type WayIn = 'palette' | 'form' | 'requestFile' | 'cli' | 'agent';

/** What a way in asks for: the cluster, and a draft (form, palette) or a parsed request file. */
export interface ResizeOrder {
  readonly connection: string;
  readonly clusterId: string;
  readonly wayIn: WayIn;
  readonly ask: { readonly draft: ResizeDraft } | { readonly file: ParsedRequestFile };
  /**
   * The group's count the way in showed the user ("5 → 7"), when it showed one: a fresh reading
   * that differs makes the plan say so (a warning), so that the change is confirmed as it now is.
   */
  readonly shown?: { readonly from: number };
  /**
   * The core + task limit technical support raised for this cluster, as the user set it (the
   * `mrs.resize.maxNodes` setting, `mrs-resize --max-nodes`); absent: the doc's 500. The plan's reading
   * carries it (ClusterFacts.maxCoreAndTaskNodes), so that the check before the PUT uses it too.
   */
  readonly maxNodes?: number;
}

/** The quota pre-flight's codes (quotaCheck.ts): one per resource MRS compares, and the failed read. */
export { QUOTA_PROBLEM_CODES, type QuotaProblemCode } from '../quota/live';

/** The plan's own codes, beside the rules' and the request file's. */
export const PLAN_PROBLEM_CODES = [
  'cluster.busy',
  'cluster.notFound',
  'cluster.changedSinceShown',
  ...QUOTA_PROBLEM_CODES,
] as const;
export type PlanProblemCode = RequestProblemCode | (typeof PLAN_PROBLEM_CODES)[number];

/**
 * A problem of an order. For a draft, `path` is in the request body (a rule's ResizeProblem); for
 * a request file, it is placed on its node in the file (`offset`, `length`, `path` from the root,
 * a RequestProblem).
 */
export interface PlanProblem {
  readonly severity: Severity;
  readonly code: PlanProblemCode;
  readonly message: string;
  readonly path: ResizePath;
  readonly offset?: number;
  readonly length?: number;
}

/** The reads a plan needs; the PUT itself is the lifecycle's. */
export type PlanClient = Pick<MrsClient, 'getCluster' | 'listHosts' | 'listNodes' | 'previewCall'>;

/**
 * What the send depends on, checked again on a fresh reading right before the PUT (as
 * `kubectl scale --current-replicas` does): the cluster's state and the count of the group the
 * change touches (for a first task group, the cluster's task count).
 */
export interface PlanExpectation {
  readonly state: ClusterState;
  readonly stateText: string;
  readonly group: { readonly name: string; readonly role: NodeGroupRole; readonly nodeCount: number };
}

interface PlanBase {
  readonly connection: string;
  readonly clusterId: string;
  /** The cluster's name when it was read, else its id. */
  readonly clusterName: string;
  readonly wayIn: WayIn;
  /** ISO 8601: when the reading was made. */
  readonly madeAt: string;
  /** The reading the plan was made on; undefined when the cluster could not be found. */
  readonly reading: ClusterReading | undefined;
  /** Every finding, errors first. */
  readonly problems: readonly PlanProblem[];
  /**
   * The quota pre-flight of a scale-out the rules let through (quotaCheck.ts): what N nodes need
   * against what is free, how many fit, the reads that failed. Absent for a scale-in or a refusal by
   * the rules.
   */
  readonly quota?: QuotaSummary;
}

/** The rules (or a resize under way) refuse the order: nothing can be sent. */
export interface RefusedPlan extends PlanBase {
  readonly ready: false;
}

/** A plan that can be sent: exactly this call, if the cluster still meets `expect`. */
export interface ReadyPlan extends PlanBase {
  readonly ready: true;
  readonly target: ResizeTarget;
  readonly change: ResizeChange;
  /** What the body was built from: checked again on the fresh reading before the PUT. */
  readonly draft: ResizeDraft;
  /**
   * The call the rules chose (the v1.1 PUT, or the v2 expand or shrink of a custom cluster or a master
   * group) with its exact body: what the lifecycle sends.
   */
  readonly call: ResizeCall;
  /** The exact request: method, URL, headers (secrets named, never filled), body (the call's). */
  readonly request: RequestPreview & { readonly body: ResizeBody };
  readonly confirmation: ResizeConfirmation;
  readonly expect: PlanExpectation;
}

export type ResizePlan = ReadyPlan | RefusedPlan;

export function isReady(plan: ResizePlan): plan is ReadyPlan {
  return plan.ready;
}

/** The errors of a plan, in order. */
export function planErrors(plan: ResizePlan): PlanProblem[] {
  return plan.problems.filter((p) => p.severity === 'error');
}
