// POST /v2/{project_id}/clusters/{cluster_id}/expand and /shrink: checks, then the same resize job as the
// v1.1 PUT (the cluster details show it), or, for a yearly/monthly group's expand, only an order.
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import type { ExpandResponseDto, ShrinkResponseDto } from '../wireV2';
import { clusterNotFound } from './clusters';
import { parseExpand, parseShrink } from './v2Params';
import { planExpand, planShrink } from './v2Rules';

export function expand(ctx: RequestCtx, deps: AppDeps): Reply {
  const cluster = deps.store.get(ctx.params.cluster_id);
  if (!cluster) {
    return clusterNotFound(ctx.params.cluster_id);
  }
  const request = parseExpand(ctx.body);
  if (!request.ok) {
    return request.reply;
  }
  const outcome = planExpand(cluster, request.value, deps.store.headroom(cluster), deps.nodeLimit);
  if (!outcome.ok) {
    return outcome.reply;
  }
  if (outcome.value.kind === 'order') {
    // The order waits for a payment that never comes here: nothing starts, the cluster stays as it is.
    const note = deps.store.placeOrder(cluster, outcome.value.group.groupName, request.value.count);
    const body: ExpandResponseDto = { order_id: note.orderId };
    return { ...json(200, body), note };
  }
  const note = deps.store.startResize(cluster, outcome.value.plan, deps.scaleSeconds * 1000);
  const body: ExpandResponseDto = { result: deps.v2.current.expandResult };
  return { ...json(200, body), note };
}

export function shrink(ctx: RequestCtx, deps: AppDeps): Reply {
  const cluster = deps.store.get(ctx.params.cluster_id);
  if (!cluster) {
    return clusterNotFound(ctx.params.cluster_id);
  }
  const request = parseShrink(ctx.body);
  if (!request.ok) {
    return request.reply;
  }
  const plan = planShrink(cluster, request.value);
  if (!plan.ok) {
    return plan.reply;
  }
  const note = deps.store.startResize(cluster, plan.value, deps.scaleSeconds * 1000);
  const body: ShrinkResponseDto = { result: 'succeeded' };
  return { ...json(200, body), note };
}
