// The pre-flight of `plan` and `apply`, on one reading of the cluster and its hosts: the request
// file checked with live facts (every rule, each problem on its JSON node), then the lifecycle's own
// preflight() over the same reading for the question and the exact body. Sends nothing.
import { isMrsApiError } from '../core/api/errors';
import type { RequestPreview } from '../core/api/requestPreview';
import { preflight, type ResizeClient, type ResizePlan } from '../core/operations/preflight';
import { checkRequestFile, type RequestFileCheck } from '../core/requests';
import type { ResizeDraft } from '../core/resize/types';
import type { CliContext, Connected } from './context';
import { hasErrors, type LoadedRequestFile } from './requestFile';

export interface LivePlan {
  readonly clusterId: string;
  /** With live facts: every problem; errors mean the rules refuse it. */
  readonly check: RequestFileCheck;
  /** Only when no problem is an error. */
  readonly plan?: ResizePlan;
  readonly request?: RequestPreview;
  /** What the lifecycle is asked to send, with the plan. */
  readonly draft?: ResizeDraft;
}

/**
 * @throws MrsApiError (reading the cluster or hosts, except an unknown cluster: that is a problem
 *   on `target.cluster_id`), ResizePreflightError (the rules refuse what the file check let pass).
 */
export async function livePlan(ctx: CliContext, connected: Connected, loaded: LoadedRequestFile): Promise<LivePlan> {
  const { client, connection } = connected;
  const clusterId = loaded.offline.target.clusterId ?? '';
  let cluster;
  try {
    cluster = await client.getCluster(clusterId);
  } catch (e) {
    if (!isMrsApiError(e, 'notFound')) {
      throw e;
    }
    return { clusterId, check: checkRequestFile(loaded.parsed, ctx.t, { clusters: [] }) };
  }
  const hosts = await client.listHosts(clusterId);
  const check = checkRequestFile(loaded.parsed, ctx.t, { cluster, hosts });
  if (hasErrors(check.problems) || !check.draft) {
    return { clusterId, check };
  }
  const reading: ResizeClient = {
    getCluster: () => Promise.resolve(cluster),
    listHosts: () => Promise.resolve(hosts),
    resize: () => Promise.reject(new Error('plan sends nothing')),
  };
  const plan = await preflight(reading, { connection: connection.name, clusterId, draft: check.draft }, ctx.t);
  const request = await client.previewResize(clusterId, plan.body);
  return { clusterId, check, plan, request, draft: check.draft };
}
