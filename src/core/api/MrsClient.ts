// The MRS calls the extension needs: clusters (a page, or all), cluster details, all hosts of a
// cluster, all nodes of a cluster (v2 ListNodes), and the three resize calls (the v1.1 PUT, the v2
// expand and shrink POSTs), each sent once and never retried (see HttpTransport.ts).
import type { AuthProvider } from '../auth/AuthProvider';
import type { ProjectIdResolver } from '../auth/ProjectIdResolver';
import { silentLogger, type Logger } from '../log';
import type { Cluster, ClusterNode, ClusterStateFilter, Host } from '../model/cluster';
import { BODY_CAPS } from './bodyLimits';
import { collectPages } from './paging';
import { parseClusterDetailsDto, parseClusterListDto } from './parseCluster';
import { parseHostListDto } from './parseHost';
import { collectNodes } from './nodePaging';
import { parseNodeListDto } from './parseNode';
import { parseJsonText } from './read';
import { joinUrl } from './regions';
import { describeRequest, type RequestPreview } from './requestPreview';
import { failedResizeAnswer, readResizeAnswer } from './resizeAnswer';
import { callMethod, callPath, type ResizeBody, type ResizeCall, type ResizeCallKind } from './resizeCall';
import type { ApiRequest, HttpTransport } from './HttpTransport';
import type { ResizeRequestDto } from './wire';

const DEFAULT_CLUSTER_PAGE_SIZE = 50;
const DEFAULT_HOST_PAGE_SIZE = 100;
const DEFAULT_NODE_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 2_147_483_646;

/** Every call takes these. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Per try; default from the client (30 s). */
  readonly timeoutMs?: number;
}

export interface ListClustersQuery {
  /** 1-based. Default 1. */
  readonly page?: number;
  /** Default 50. */
  readonly pageSize?: number;
  /** `clusterState` filter; MRS's own default lists `existing`-like clusters. */
  readonly state?: ClusterStateFilter;
  /** `clusterName` filter. */
  readonly name?: string;
}

interface ClusterPage {
  readonly clusters: Cluster[];
  /** `clusterTotal`, when sent. */
  readonly total: number | undefined;
  readonly page: number;
  readonly pageSize: number;
  /** Worth showing "Load more". */
  readonly hasMore: boolean;
}

export interface ResizeAccepted {
  /** `succeeded` (or another spelling of it the v2 docs use): anything else is thrown (resizeAnswer.ts). */
  readonly result: string;
  readonly requestId: string | undefined;
  /**
   * A v2 expand of a yearly/monthly node group: MRS only created this order, and nothing happens until
   * it is paid in the console (never by the extension).
   */
  readonly orderId?: string;
}

export interface ListNodesOptions extends CallOptions {
  /** `node_group`: only this group's nodes. */
  readonly group?: string;
  /** `query_node_detail=true`: the components of each node too (slower). */
  readonly detail?: boolean;
  readonly pageSize?: number;
}

interface MrsClientDeps {
  readonly transport: HttpTransport;
  /** MRS endpoint (regions.ts mrsEndpoint). */
  readonly endpoint: URL;
  readonly auth: AuthProvider;
  readonly projects: ProjectIdResolver;
  readonly logger?: Logger;
}

function checkPaging(page: number, pageSize: number): void {
  if (!Number.isInteger(page) || page < 1) {
    throw new RangeError(`page must be an integer ≥ 1, got ${page}`);
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer in 1…${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
}

/** A path segment from an id; empty ids are a caller bug. */
function segment(id: string, what: string): string {
  if (id.trim() === '') {
    throw new RangeError(`${what} must not be empty`);
  }
  return encodeURIComponent(id.trim());
}

export class MrsClient {
  private readonly logger: Logger;

  constructor(private readonly deps: MrsClientDeps) {
    this.logger = deps.logger ?? silentLogger;
  }

  /**
   * The project id of the connection (configured, or resolved through IAM once).
   * @throws MrsApiError 'configuration' when IAM has no project for the region, or any IAM error.
   * @throws CancelledError when the signal aborts.
   */
  projectId(options: CallOptions = {}): Promise<string> {
    return this.deps.projects.resolve(options.signal);
  }

  /**
   * One page of clusters (for "Load more"): `GET /v1.1/{project_id}/cluster_infos`.
   * @throws MrsApiError (retried first for network errors, 429 and 5xx); CancelledError; RangeError for bad paging.
   */
  async listClustersPage(query: ListClustersQuery = {}, options: CallOptions = {}): Promise<ClusterPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_CLUSTER_PAGE_SIZE;
    checkPaging(page, pageSize);
    const projectId = await this.projectId(options);
    const url = joinUrl(this.deps.endpoint, `/v1.1/${segment(projectId, 'project id')}/cluster_infos`, {
      pageSize,
      currentPage: page,
      clusterState: query.state,
      clusterName: query.name?.trim() || undefined,
    });
    const cap = BODY_CAPS.clusterListPage(pageSize);
    const { clusters, total } = await this.get(url, projectId, options, 'cluster list', parseClusterListDto, cap);
    const hasMore =
      clusters.length > 0 && (total !== undefined ? page * pageSize < total : clusters.length >= pageSize);
    return { clusters, total, page, pageSize, hasMore };
  }

  /**
   * Every cluster matching the filters, all pages (each cluster once, bounded even if the server lies).
   * @throws as {@link listClustersPage}.
   */
  async listClusters(query: Omit<ListClustersQuery, 'page'> = {}, options: CallOptions = {}): Promise<Cluster[]> {
    const pageSize = query.pageSize ?? DEFAULT_CLUSTER_PAGE_SIZE;
    const result = await collectPages(
      async (page) => {
        const p = await this.listClustersPage({ ...query, page, pageSize }, options);
        return { items: p.clusters, total: p.total };
      },
      { pageSize, idOf: (c) => c.id },
    );
    this.logger.debug(`Listed ${result.items.length} clusters (stopped: ${result.stoppedBecause})`);
    return result.items;
  }

  /**
   * Cluster details with node groups: `GET /v1.1/{project_id}/cluster_infos/{cluster_id}`.
   * @throws MrsApiError 'notFound' for a deleted cluster (404 or 12000003), others as {@link listClustersPage}.
   */
  async getCluster(clusterId: string, options: CallOptions = {}): Promise<Cluster> {
    const projectId = await this.projectId(options);
    const path = `/v1.1/${segment(projectId, 'project id')}/cluster_infos/${segment(clusterId, 'cluster id')}`;
    const url = joinUrl(this.deps.endpoint, path);
    return this.get(url, projectId, options, 'cluster details', parseClusterDetailsDto, BODY_CAPS.clusterDetails);
  }

  /**
   * Every host of a cluster: `GET /v1.1/{project_id}/clusters/{cluster_id}/hosts`, page by page
   * (100 a page by default) until `total`.
   * @throws as {@link getCluster}.
   */
  async listHosts(clusterId: string, options: CallOptions & { readonly pageSize?: number } = {}): Promise<Host[]> {
    const pageSize = options.pageSize ?? DEFAULT_HOST_PAGE_SIZE;
    checkPaging(1, pageSize);
    const projectId = await this.projectId(options);
    const path = `/v1.1/${segment(projectId, 'project id')}/clusters/${segment(clusterId, 'cluster id')}/hosts`;
    const result = await collectPages(
      async (page) => {
        const url = joinUrl(this.deps.endpoint, path, { pageSize, currentPage: page });
        const cap = BODY_CAPS.hostListPage(pageSize);
        const p = await this.get(url, projectId, options, 'host list', parseHostListDto, cap);
        return { items: p.hosts, total: p.total };
      },
      { pageSize, idOf: (h) => h.id },
    );
    this.logger.debug(`Listed ${result.items.length} hosts (stopped: ${result.stoppedBecause})`);
    return result.items;
  }

  /**
   * What {@link send} would send (method, URL, headers, body), built by the same steps but not
   * sent, every secret header named and never filled: `mrs-resize plan` and the request file's
   * Preview show it. Without a body (a request file with errors) the headers are those of the call
   * with one.
   * @throws as {@link projectId}, and as the auth provider (an empty token, an IAM token refused).
   */
  async previewCall(
    clusterId: string,
    kind: ResizeCallKind,
    body: ResizeBody | undefined,
    options: CallOptions = {},
  ): Promise<RequestPreview> {
    const request = await this.callRequest(clusterId, kind, JSON.stringify(body ?? {}), options);
    const headers = await this.deps.transport.outgoingHeaders(request);
    return describeRequest(request.method, request.url, headers, body);
  }

  private async callRequest(
    clusterId: string,
    kind: ResizeCallKind,
    body: string,
    options: CallOptions,
  ): Promise<ApiRequest> {
    const projectId = await this.projectId(options);
    const path = callPath(kind, segment(projectId, 'project id'), segment(clusterId, 'cluster id'));
    return {
      method: callMethod(kind),
      url: joinUrl(this.deps.endpoint, path),
      body,
      auth: this.deps.auth,
      projectId,
      once: true,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: BODY_CAPS.resize,
    };
  }

  /**
   * Sends one resize call: the v1.1 `PUT /v1.1/{project_id}/cluster_infos/{cluster_id}`, or the v2
   * `POST /v2/{project_id}/clusters/{cluster_id}/expand` or `/shrink`. The body is serialised once; those
   * bytes are signed and sent. Never retried, except once after a 401 when the token could be refreshed
   * (the gateway refused it before MRS saw it). An accepted answer only means accepted: follow the
   * cluster until it is done; a v2 expand of a yearly/monthly group answers an order instead.
   * @throws MrsApiError 'outcomeUnknown' on timeout, connection reset, a 5xx without an MRS code or
   *   an unreadable answer: re-read the cluster, do not resend. Other kinds (validation, conflict…)
   *   are MRS's answer with its code: a 4xx refusal, or a 5xx or a 200 whose MRS code says it failed
   *   (status 500 or 200; re-read the cluster once before calling it refused).
   * @throws CancelledError before sending; CancelledAfterSendError when cancelled after sending.
   */
  async send(clusterId: string, call: ResizeCall, options: CallOptions = {}): Promise<ResizeAccepted> {
    const request = await this.callRequest(clusterId, call.kind, JSON.stringify(call.body), options);
    const answer = await this.deps.transport.send(request, readResizeAnswer);
    const where = { method: request.method, path: request.url.pathname, host: request.url.host };
    if (answer.orderId !== undefined && call.kind === 'expand') {
      return { result: answer.result ?? '', requestId: answer.requestId, orderId: answer.orderId };
    }
    if (!answer.accepted) {
      throw failedResizeAnswer(answer, where);
    }
    return { result: answer.result ?? '', requestId: answer.requestId };
  }

  /** {@link send} of a v1.1 body. */
  resize(clusterId: string, body: ResizeRequestDto, options: CallOptions = {}): Promise<ResizeAccepted> {
    return this.send(clusterId, { kind: 'v1.1', body }, options);
  }

  /**
   * Every node of a cluster (or of one group): `GET /v2/{project_id}/clusters/{cluster_id}/nodes`, page
   * by page whichever way the server reads `offset` (nodePaging.ts).
   * @throws as {@link getCluster}.
   */
  async listNodes(clusterId: string, options: ListNodesOptions = {}): Promise<ClusterNode[]> {
    const limit = options.pageSize ?? DEFAULT_NODE_PAGE_SIZE;
    checkPaging(1, limit);
    const projectId = await this.projectId(options);
    const path = `/v2/${segment(projectId, 'project id')}/clusters/${segment(clusterId, 'cluster id')}/nodes`;
    const result = await collectNodes(async (offset) => {
      const url = joinUrl(this.deps.endpoint, path, {
        limit,
        offset,
        node_group: options.group,
        query_node_detail: options.detail ? 'true' : undefined,
      });
      const p = await this.get(url, projectId, options, 'node list', parseNodeListDto, BODY_CAPS.hostListPage(limit));
      return { nodes: p.nodes, total: p.total };
    }, limit);
    this.logger.debug(`Listed ${result.nodes.length} nodes (offset read as ${result.offsetReading ?? 'one page'})`);
    return result.nodes;
  }

  /** A GET with retries; `what` names the answer in an invalidResponse error; `maxBodyBytes` is its cap. */
  private get<T>(
    url: URL,
    projectId: string,
    options: CallOptions,
    what: string,
    parse: (json: unknown) => T,
    maxBodyBytes: number,
  ): Promise<T> {
    const { signal, timeoutMs } = options;
    const auth = this.deps.auth;
    const request: ApiRequest = { method: 'GET', url, auth, projectId, signal, timeoutMs, maxBodyBytes };
    return this.deps.transport.send(request, (res) => parse(parseJsonText(res.text, what)));
  }
}
