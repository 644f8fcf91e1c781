// PUT /v1.1/{project_id}/cluster_infos/{cluster_id}: checks, then starts the resize job.
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import { isCustom } from '../model';
import type { ResizeResponseDto } from '../wire';
import { parseResizeRequest, resizeError } from './resizeParams';
import { planResize } from './resizeRules';

/** The real error_msg of a v1.1 PUT to a custom cluster (docs/mrs-api.md §5.1). */
export const CUSTOM_CLUSTER_REFUSAL = 'The role list cannot be empty during customized cluster scaling out.';

export function resize(ctx: RequestCtx, deps: AppDeps): Reply {
  const cluster = deps.store.get(ctx.params.cluster_id);
  if (!cluster) {
    return resizeError('12000003', `The cluster does not exist: ${ctx.params.cluster_id}.`);
  }
  const request = parseResizeRequest(ctx.body);
  if (!request.ok) {
    return request.reply;
  }
  if (isCustom(cluster)) {
    // MRS's own answer (Terraform issue #1647), whatever the direction: this API serves analysis, streaming
    // and hybrid clusters only; a custom cluster needs the v2 expand/shrink.
    return resizeError('12000002', CUSTOM_CLUSTER_REFUSAL);
  }
  const plan = planResize(cluster, request.value, deps.store.headroom(cluster), deps.nodeLimit);
  if (!plan.ok) {
    return plan.reply;
  }
  const note = deps.store.startResize(cluster, plan.value, deps.scaleSeconds * 1000);
  const body: ResizeResponseDto = { result: 'succeeded' };
  return { ...json(200, body), note };
}
