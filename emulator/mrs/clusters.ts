// MRS read endpoints: list clusters, cluster details, host list (docs/mrs-api.md §3.1–3.3).
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import { docError } from './messagesZh';
import { CLUSTER_STATES, type ClusterRecord } from '../model';
import { renderDetail, renderListItem } from '../render';
import { renderHost, sortedHosts } from '../renderHosts';
import type { ClusterDetailResponseDto, ListClustersResponseDto, ListHostsResponseDto } from '../wire';

const MAX_PAGE = 2147483646;
const STATE_FILTERS: readonly string[] = ['existing', 'history', ...CLUSTER_STATES];

type Paging = { ok: true; pageSize: number; currentPage: number } | { ok: false; reply: Reply };

function positiveParam(ctx: RequestCtx, name: string): number | undefined | 'bad' {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') {
    return undefined;
  }
  if (!/^\d+$/.test(raw)) {
    return 'bad';
  }
  const n = Number(raw);
  return n >= 1 && n <= MAX_PAGE ? n : 'bad';
}

/** `pageSize` (default 10) and `currentPage` (default 1), both 1–2147483646. */
export function readPaging(ctx: RequestCtx): Paging {
  const pageSize = positiveParam(ctx, 'pageSize');
  const currentPage = positiveParam(ctx, 'currentPage');
  for (const [name, v] of [
    ['pageSize', pageSize],
    ['currentPage', currentPage],
  ] as const) {
    if (v === 'bad') {
      return {
        ok: false,
        reply: docError(400, '12000002', `Invalid parameter: ${name} must be an integer from 1 to ${MAX_PAGE}.`),
      };
    }
  }
  return {
    ok: true,
    pageSize: (pageSize as number | undefined) ?? 10,
    currentPage: (currentPage as number | undefined) ?? 1,
  };
}

function page<T>(items: T[], paging: { pageSize: number; currentPage: number }): T[] {
  const start = (paging.currentPage - 1) * paging.pageSize;
  return start >= items.length ? [] : items.slice(start, start + paging.pageSize);
}

function matchesState(c: ClusterRecord, filter: string): boolean {
  if (filter === 'existing') {
    return c.clusterState !== 'terminated';
  }
  if (filter === 'history') {
    return c.clusterState === 'terminated';
  }
  return c.clusterState === filter;
}

export function listClusters(ctx: RequestCtx, deps: AppDeps): Reply {
  const paging = readPaging(ctx);
  if (!paging.ok) {
    return paging.reply;
  }
  const state = ctx.query.get('clusterState');
  if (state && !STATE_FILTERS.includes(state)) {
    return docError(
      400,
      '12000002',
      `Invalid parameter: clusterState "${state}" is not one of ${STATE_FILTERS.join(', ')}.`,
    );
  }
  const name = ctx.query.get('clusterName');
  const selected = deps.store
    .all()
    .filter((c) => !state || matchesState(c, state))
    .filter((c) => !name || c.clusterName.includes(name))
    .sort((a, b) => b.createAt - a.createAt);
  const body: ListClustersResponseDto = {
    clusterTotal: selected.length,
    clusters: page(selected, paging).map((c) => renderListItem(c, deps.creds)),
  };
  return json(200, body);
}

export function clusterNotFound(clusterId: string): Reply {
  return docError(400, '12000003', `The cluster does not exist: ${clusterId}.`);
}

export function getCluster(ctx: RequestCtx, deps: AppDeps): Reply {
  const c = deps.store.get(ctx.params.cluster_id);
  if (!c) {
    return clusterNotFound(ctx.params.cluster_id);
  }
  const body: ClusterDetailResponseDto = { cluster: renderDetail(c, deps.creds) };
  return json(200, body);
}

export function listHosts(ctx: RequestCtx, deps: AppDeps): Reply {
  const c = deps.store.get(ctx.params.cluster_id);
  if (!c) {
    return clusterNotFound(ctx.params.cluster_id);
  }
  const paging = readPaging(ctx);
  if (!paging.ok) {
    return paging.reply;
  }
  const hosts = sortedHosts(c);
  const body: ListHostsResponseDto = {
    total: String(hosts.length),
    hosts: page(hosts, paging).map((h) => renderHost(c, h)),
  };
  return json(200, body);
}
