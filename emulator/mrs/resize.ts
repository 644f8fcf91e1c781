// PUT /v1.1/{project_id}/cluster_infos/{cluster_id}: checks, then starts the resize job.
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import type { ResizeResponseDto } from '../wire';
import { parseResizeRequest, resizeError } from './resizeParams';
import { planResize } from './resizeRules';

export function resize(ctx: RequestCtx, deps: AppDeps): Reply {
  const cluster = deps.store.get(ctx.params.cluster_id);
  if (!cluster) {
    return resizeError('12000003', `The cluster does not exist: ${ctx.params.cluster_id}.`);
  }
  const request = parseResizeRequest(ctx.body);
  if (!request.ok) {
    return request.reply;
  }
  const plan = planResize(cluster, request.value, deps.store.quota, deps.nodeLimit);
  if (!plan.ok) {
    return plan.reply;
  }
  deps.store.startResize(cluster, plan.value, deps.scaleSeconds * 1000);
  const body: ResizeResponseDto = { result: 'succeeded' };
  return json(200, body);
}
