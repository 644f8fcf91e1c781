// The one preparer of a resize: one fresh reading of the cluster, the one rule module (through the
// request-file check for a file), the change, the exact request and the question to confirm.
// Every way in (palette, form, request file, CLI) gets its plan here; the lifecycle sends it.
import { isMrsApiError } from '../api/errors';
import { callMethod, type ResizeCall } from '../api/resizeCall';
import { checkRequestFile, type ParsedRequestFile } from '../requests';
import { placeAt } from '../requests/place';
import type { ClusterReading } from '../resize/facts';
import { readingWithNodeLimit } from '../resize/nodeLimit';
import { RESIZE_PATHS } from '../resize/problem';
import { checkResize } from '../resize/rules';
import {
  hasErrors,
  type ResizeChange,
  type ResizeCheck,
  type ResizeDraft,
  type ResizeProblem,
  type ResolvedGroup,
} from '../resize/types';
import type { Translate } from '../translate';
import { buildConfirmation } from './confirmation';
import { changedSinceShown } from './shown';
import type { PlanClient, PlanProblem, ReadyPlan, ResizeOrder, ResizePlan } from './plan';
import {
  asksScaleOut,
  quotaOfCheck,
  quotaProblems,
  readSubnet,
  startQuotaReads,
  type QuotaReading,
} from './quotaCheck';
import { readClusterWithBasis } from './readCluster';
import { startFlavorOffer, withOffer } from './flavorCheck';
import type { Cluster } from '../model/cluster';
import type { FlavorOffer } from '../quota/flavorOffer';
import type { QuotaBasis } from '../quota/basis';
import type { QuotaReads } from '../quota/reader';
import type { QuotaSummary } from '../quota/summary';
import type { ResizeTarget } from './target';

export interface PrepareDeps {
  readonly t: Translate;
  readonly nowMs: number;
  /** Why the cluster cannot take a resize now (one is under way, and by whom), or undefined. */
  readonly busy?: (clusterId: string, clusterName: string) => Promise<string | undefined>;
  /**
   * The connection's quota reads (ECS, EVS, VPC; cached briefly by the composition root): read for
   * every scale-out, beside the cluster's reading. A failed read is an info, never a refusal.
   */
  readonly quota: QuotaReads;
  readonly signal?: AbortSignal;
}

/** A check the rules let through: the group, the change and the call are known. */
type SendableCheck = ResizeCheck & {
  readonly group: ResolvedGroup;
  readonly change: ResizeChange;
  readonly call: ResizeCall;
};

function sendable(check: ResizeCheck | undefined): check is SendableCheck {
  return check?.call !== undefined && check.group !== undefined && check.change !== undefined;
}

/** What the rules answered, whatever the way in asked with. */
interface Checked {
  readonly problems: readonly PlanProblem[];
  /** Set only when no problem is an error. */
  readonly check: SendableCheck | undefined;
  readonly draft: ResizeDraft | undefined;
}

function checkDraft(reading: ClusterReading, draft: ResizeDraft, t: Translate): Checked {
  const check = checkResize({ cluster: reading.facts, hosts: reading.hosts, draft }, t);
  return { problems: errorsFirst(check.problems), check: sendable(check) ? check : undefined, draft };
}

function checkFile(reading: ClusterReading, file: ParsedRequestFile, t: Translate): Checked {
  const checked = checkRequestFile(file, t, { cluster: reading.facts, hosts: reading.hosts });
  const check = checked.draft !== undefined && sendable(checked.resize) ? checked.resize : undefined;
  return { problems: checked.problems, check, draft: checked.resize?.draft };
}

function errorsFirst<P extends { readonly severity: string }>(problems: readonly P[]): P[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
}

/** A problem about the cluster as a whole: `[]` in a body, the target's cluster_id in a file. */
function clusterProblem(order: ResizeOrder, code: 'cluster.busy', message: string): PlanProblem {
  if ('draft' in order.ask) {
    return { severity: 'error', code, message, path: [] };
  }
  const path = ['target', 'cluster_id'];
  const { offset, length } = placeAt(order.ask.file.root, path);
  return { severity: 'error', code, message, path, offset, length };
}

function notFound(order: ResizeOrder, deps: PrepareDeps): PlanProblem[] {
  if ('file' in order.ask) {
    return [...checkRequestFile(order.ask.file, deps.t, { clusters: [] }).problems];
  }
  const message = deps.t('The connection has no cluster with ID "{0}".', order.clusterId);
  return [{ severity: 'error', code: 'cluster.notFound', message, path: [] }];
}

function scaleTypeOfCall(call: ResizeCall): ResizeTarget['scaleType'] {
  if (call.kind === 'v1.1') {
    return call.body.parameters.scale_type;
  }
  return call.kind === 'expand' ? 'scale_out' : 'scale_in';
}

function targetOf(order: ResizeOrder, reading: ClusterReading, check: SendableCheck): ResizeTarget {
  const { group, change, call } = check;
  return {
    clusterId: order.clusterId,
    clusterName: reading.facts.name,
    groupName: group.name,
    role: group.role,
    scaleType: scaleTypeOfCall(call),
    from: change.from,
    to: change.to,
  };
}

async function readyPlan(
  client: PlanClient,
  order: ResizeOrder,
  reading: ClusterReading,
  checked: Checked & { check: SendableCheck; draft: ResizeDraft },
  deps: PrepareDeps,
  quota: QuotaSummary | undefined,
): Promise<ReadyPlan> {
  const { check, draft } = checked;
  const { call, change } = check;
  const target = targetOf(order, reading, check);
  const request = await client.previewCall(order.clusterId, call.kind, call.body, { signal: deps.signal });
  const shown = changedSinceShown(order, target, deps.t);
  const confirmation = buildConfirmation(
    { connection: order.connection, reading, target, change, call, problems: [...check.problems, ...shown] },
    deps.t,
  );
  const { state, stateText } = reading.facts;
  return {
    ...base(order, reading, [...checked.problems, ...shown], deps, quota),
    ready: true,
    target,
    change,
    draft,
    call,
    request: { ...request, method: callMethod(call.kind), body: call.body },
    confirmation,
    expect: { state, stateText, group: { name: target.groupName, role: target.role, nodeCount: target.from } },
  };
}

function base(
  order: ResizeOrder,
  reading: ClusterReading | undefined,
  problems: readonly PlanProblem[],
  deps: PrepareDeps,
  quota?: QuotaSummary,
) {
  return {
    connection: order.connection,
    clusterId: order.clusterId,
    clusterName: reading?.facts.name ?? order.clusterId,
    wayIn: order.wayIn,
    madeAt: new Date(deps.nowMs).toISOString(),
    reading,
    problems,
    ...(quota ? { quota } : {}),
  };
}

/** Where a quota problem points: the count, in a body or in the file. */
function quotaPlaced(order: ResizeOrder, problems: readonly PlanProblem[]): PlanProblem[] {
  if ('draft' in order.ask) {
    return [...problems];
  }
  const path = ['request', 'parameters', 'instances'];
  const { offset, length } = placeAt(order.ask.file.root, path);
  return problems.map((p) => ({ ...p, path, offset, length }));
}

/** The quota of a check the rules let through, and its problems (errors first, the info last). */
async function quotaOf(
  order: ResizeOrder,
  quota: QuotaReading | undefined,
  basis: QuotaBasis,
  check: SendableCheck,
  t: Translate,
): Promise<{ summary: QuotaSummary | undefined; problems: PlanProblem[] }> {
  const asked = { call: check.call, change: check.change, groupName: check.group.name };
  const summary = quota && (await quotaOfCheck(quota, basis, asked, t));
  return { summary, problems: summary ? quotaPlaced(order, quotaProblems(summary, RESIZE_PATHS.instances, t)) : [] };
}

/**
 * Reads the cluster now and makes the plan of the order: ready to send, or refused with every
 * problem (the rules', the request file's, a resize already under way).
 * @throws MrsApiError (reading the cluster; a cluster that is gone is a refused plan instead),
 *   CancelledError.
 */
export async function preparePlan(client: PlanClient, order: ResizeOrder, deps: PrepareDeps): Promise<ResizePlan> {
  const { signal } = deps;
  // The quota is read beside the cluster (the subnet's as soon as the details name it): one round trip more at most.
  const quota = asksScaleOut(order) ? startQuotaReads(deps.quota, signal) : undefined;
  // So are the flavors MRS offers, for the first task nodes.
  const later: { flavors?: Promise<FlavorOffer> } = {};
  const onDetails =
    quota &&
    ((c: Cluster) => {
      readSubnet(quota, deps.quota, c.subnetId, signal);
      later.flavors = startFlavorOffer(order, c, deps.quota, deps.t, signal);
    });
  let read: { reading: ClusterReading; basis: QuotaBasis };
  try {
    read = await readClusterWithBasis(client, order.clusterId, { signal }, onDetails);
  } catch (e) {
    if (!isMrsApiError(e, 'notFound')) {
      throw e;
    }
    return { ...base(order, undefined, notFound(order, deps), deps), ready: false };
  }
  read = withOffer(read, await later.flavors);
  const reading = readingWithNodeLimit(read.reading, order.maxNodes);
  const checked =
    'draft' in order.ask ? checkDraft(reading, order.ask.draft, deps.t) : checkFile(reading, order.ask.file, deps.t);
  const busy = await deps.busy?.(order.clusterId, reading.facts.name);
  const problems = busy ? [clusterProblem(order, 'cluster.busy', busy), ...checked.problems] : checked.problems;
  if (busy || !checked.check || !checked.draft || hasErrors(checked.problems as ResizeProblem[])) {
    return { ...base(order, reading, problems, deps), ready: false };
  }
  const preflight = await quotaOf(order, quota, read.basis, checked.check, deps.t);
  const withQuota = { ...checked, problems: errorsFirst<PlanProblem>([...checked.problems, ...preflight.problems]) };
  if (preflight.problems.some((p) => p.severity === 'error')) {
    return { ...base(order, reading, withQuota.problems, deps, preflight.summary), ready: false };
  }
  const ready = { ...withQuota, check: checked.check, draft: checked.draft };
  return readyPlan(client, order, reading, ready, deps, preflight.summary);
}
