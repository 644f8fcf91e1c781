// The three calls that change a cluster's size (docs/mrs-api.md §3.5, §3.6): the v1.1 PUT for the core
// and task groups of analysis, streaming and hybrid clusters, and the v2 expand and shrink POSTs for
// custom clusters and master groups. The rules choose one (resize/api.ts); the client sends it once.
import type { HttpMethod } from './http';
import type { ExpandRequestDto, ResizeRequestDto, ShrinkRequestDto } from './wire';

export type ResizeCall =
  | { readonly kind: 'v1.1'; readonly body: ResizeRequestDto }
  | { readonly kind: 'expand'; readonly body: ExpandRequestDto }
  | { readonly kind: 'shrink'; readonly body: ShrinkRequestDto };

export type ResizeCallKind = ResizeCall['kind'];
export type ResizeBody = ResizeCall['body'];

export const RESIZE_CALL_KINDS: readonly ResizeCallKind[] = ['v1.1', 'expand', 'shrink'];

export function callMethod(kind: ResizeCallKind): HttpMethod {
  return kind === 'v1.1' ? 'PUT' : 'POST';
}

/** The path of the call, from encoded segments. */
export function callPath(kind: ResizeCallKind, project: string, cluster: string): string {
  return kind === 'v1.1' ? `/v1.1/${project}/cluster_infos/${cluster}` : `/v2/${project}/clusters/${cluster}/${kind}`;
}

/** "PUT /v1.1/{project_id}/cluster_infos/{cluster_id}": the call as the docs name it. */
export function callTemplate(kind: ResizeCallKind): string {
  return `${callMethod(kind)} ${callPath(kind, '{project_id}', '{cluster_id}')}`;
}

/** The node group a call names. */
export function callGroup(call: ResizeCall): string | undefined {
  return call.kind === 'v1.1' ? call.body.parameters.node_group : call.body.node_group_name;
}

/** True for a body of the v1.1 PUT (`{ parameters: … }`). */
export function isV11Body(body: ResizeBody | undefined): body is ResizeRequestDto {
  return typeof body === 'object' && body !== null && 'parameters' in body;
}
