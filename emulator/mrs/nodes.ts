// GET /v2/{project_id}/clusters/{cluster_id}/nodes (ListNodes, docs/mrs-api.md §3.4): filters, sorting and
// paging as the SDK's ListNodesRequest has them. `offset` (≥ 1, default 1) is a page number unless the
// `nodesOffset` knob says `item` (the doc calls it an offset; Terraform pages with it).
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import type { HostRecord } from '../model';
import { sortedHosts } from '../renderHosts';
import { renderNode } from '../renderNodes';
import type { NodesOffsetMode } from '../v2Options';
import type { ListNodesResponseDto } from '../wireV2';
import { clusterNotFound } from './clusters';
import { docError } from './messagesZh';

const MAX_INT = 2147483647;

interface NodesQuery {
  group?: string;
  name?: string;
  ip?: string;
  limit: number;
  offset: number;
  sort?: 'asc' | 'desc';
  detail: boolean;
}

type Read<T> = { ok: true; value: T } | { ok: false; reply: Reply };

const invalid = (msg: string): Read<never> => ({
  ok: false,
  reply: docError(400, '12000002', `Invalid parameter: ${msg}`),
});

function positive(ctx: RequestCtx, name: string, fallback: number): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') {
    return fallback;
  }
  const n = Number(raw);
  return /^\d{1,10}$/.test(raw) && n >= 1 && n <= MAX_INT ? n : undefined;
}

function flag(ctx: RequestCtx, name: string): boolean | undefined {
  const raw = ctx.query.get(name);
  return raw === null || raw === '' || raw === 'false' ? false : raw === 'true' ? true : undefined;
}

function text(ctx: RequestCtx, name: string): string | undefined {
  const raw = ctx.query.get(name);
  return raw === null || raw === '' ? undefined : raw;
}

function readSort(ctx: RequestCtx): Read<'asc' | 'desc' | undefined> {
  const key = text(ctx, 'sort_key');
  const dir = text(ctx, 'sort_dir');
  if (key !== undefined && key !== 'node_name') {
    return invalid('sort_key must be "node_name".');
  }
  if (dir !== undefined && dir !== 'asc' && dir !== 'desc') {
    return invalid('sort_dir must be "asc" or "desc".');
  }
  return { ok: true, value: key === undefined ? undefined : (dir ?? 'asc') };
}

function readQuery(ctx: RequestCtx): Read<NodesQuery> {
  const limit = positive(ctx, 'limit', 10);
  const offset = positive(ctx, 'offset', 1);
  if (limit === undefined || offset === undefined) {
    return invalid(`${limit === undefined ? 'limit' : 'offset'} must be an integer from 1 to ${MAX_INT}.`);
  }
  const detail = flag(ctx, 'query_node_detail');
  if (detail === undefined || flag(ctx, 'query_ecs_detail') === undefined) {
    return invalid('query_node_detail and query_ecs_detail must be true or false.');
  }
  const sort = readSort(ctx);
  if (!sort.ok) {
    return sort;
  }
  const [group, name, ip] = [text(ctx, 'node_group'), text(ctx, 'node_name'), text(ctx, 'internal_ip')];
  return { ok: true, value: { group, name, ip, limit, offset, sort: sort.value, detail } };
}

function selected(hosts: HostRecord[], q: NodesQuery): HostRecord[] {
  const name = q.name?.toLowerCase();
  const chosen = hosts.filter(
    (h) =>
      (q.group === undefined || h.groupName === q.group) &&
      (name === undefined || h.name.toLowerCase().includes(name)) &&
      (q.ip === undefined || h.ip === q.ip),
  );
  if (q.sort) {
    const sign = q.sort === 'asc' ? 1 : -1;
    chosen.sort((a, b) => sign * (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return chosen;
}

/** Where the page starts: `(offset - 1) × limit` for a page number, `offset - 1` for an item offset. */
export function firstIndex(mode: NodesOffsetMode, offset: number, limit: number): number {
  return mode === 'page' ? (offset - 1) * limit : offset - 1;
}

export function listNodes(ctx: RequestCtx, deps: AppDeps): Reply {
  const c = deps.store.get(ctx.params.cluster_id);
  if (!c) {
    return clusterNotFound(ctx.params.cluster_id);
  }
  const q = readQuery(ctx);
  if (!q.ok) {
    return q.reply;
  }
  const hosts = selected(sortedHosts(c), q.value);
  const start = firstIndex(deps.v2.current.nodesOffset, q.value.offset, q.value.limit);
  const body: ListNodesResponseDto = {
    nodes: hosts.slice(start, start + q.value.limit).map((h) => renderNode(c, h, q.value.detail)),
    node_total: hosts.length,
  };
  return json(200, body);
}
