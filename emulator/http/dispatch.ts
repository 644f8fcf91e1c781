// Runs the handler of a matched MRS/IAM route, behind the gateway's authentication and the
// MRS project check.
import { authenticate } from '../auth/gate';
import { listProjects, postToken } from '../iam/iam';
import { getCluster, listClusters, listHosts } from '../mrs/clusters';
import { listNodes } from '../mrs/nodes';
import { resize } from '../mrs/resize';
import { expand, shrink } from '../mrs/v2Resize';
import { resizeError } from '../mrs/resizeParams';
import { header, type AppDeps, type RequestCtx } from './context';
import { dispatchCloud, isCloudRoute } from './dispatchCloud';
import { apiNotFound, inLanguage, type Reply } from './reply';
import type { RouteKey, RouteMatch } from './routes';

type Handler = (ctx: RequestCtx, deps: AppDeps) => Reply;

const MRS_HANDLERS: Partial<Record<RouteKey, Handler>> = {
  listClusters,
  getCluster,
  listHosts,
  resize,
  expand,
  shrink,
  listNodes,
};

/**
 * A path project that is not the account's, or not the one the token or the X-Project-Id header
 * names → 12000001. The header is checked whatever the credentials: a token with another project's
 * X-Project-Id is as wrong as a signature with it.
 */
function projectMismatch(
  ctx: RequestCtx,
  deps: AppDeps,
  auth: { method: 'token' | 'aksk'; projectId?: string },
): Reply | undefined {
  const pathProject = ctx.params.project_id;
  const headerProject = header(ctx, 'x-project-id');
  const tokenScopeWrong = auth.method === 'token' && auth.projectId !== pathProject;
  const headerWrong = headerProject !== undefined && headerProject !== pathProject;
  if (pathProject !== deps.creds.projectId || tokenScopeWrong || headerWrong) {
    return resizeError(
      '12000001',
      `Identity authentication failed: project ${pathProject} does not exist or does not match the credentials.`,
    );
  }
  return undefined;
}

const TOKEN_REFUSED = 'The user token is empty or invalid. Try again later or contact customer service.';

/**
 * MRS.102 (用户Token为空或不合法), on the routes whose doc lists it — the resize doc only: an
 * X-Auth-Token header that is empty (before the gateway's checks, which would call it missing), or a
 * token the gateway accepts but MRS cannot use because it names no project (MRS needs a project token).
 */
function emptyToken(ctx: RequestCtx): Reply | undefined {
  const token = header(ctx, 'x-auth-token');
  const empty = token !== undefined && token.trim() === '' && header(ctx, 'authorization') === undefined;
  return empty ? resizeError('MRS.102', TOKEN_REFUSED) : undefined;
}

function unscopedToken(auth: { method: 'token' | 'aksk'; projectId?: string }): Reply | undefined {
  return auth.method === 'token' && auth.projectId === undefined ? resizeError('MRS.102', TOKEN_REFUSED) : undefined;
}

function dispatchMrs(key: RouteKey, handler: Handler, ctx: RequestCtx, deps: AppDeps): Reply {
  const listsMrs102 = key === 'resize';
  const empty = listsMrs102 ? emptyToken(ctx) : undefined;
  if (empty) {
    return empty;
  }
  const auth = authenticate(ctx, deps, 'mrs');
  if (!auth.ok) {
    return auth.reply;
  }
  const refused = (listsMrs102 ? unscopedToken(auth) : undefined) ?? projectMismatch(ctx, deps, auth);
  return refused ?? rateLimited(key, ctx, deps) ?? handler(ctx, deps);
}

/** The gateway's per-tenant limit of the v2 routes, when the knob is on: counted once the caller is known. */
function rateLimited(key: RouteKey, ctx: RequestCtx, deps: AppDeps): Reply | undefined {
  if (!deps.v2.current.rateLimit) {
    return undefined;
  }
  return deps.rateLimiter.admit(key, ctx.params.project_id, deps.now(), ctx.requestId);
}

/** An MRS route's answer in the language of X-Language (the doc's Chinese messages for zh-cn). */
function dispatchMrsIn(key: RouteKey, handler: Handler, ctx: RequestCtx, deps: AppDeps): Reply {
  return inLanguage(dispatchMrs(key, handler, ctx, deps), header(ctx, 'x-language'));
}

export function dispatch(match: RouteMatch | undefined, ctx: RequestCtx, deps: AppDeps): Reply {
  if (!match) {
    return apiNotFound(ctx.requestId);
  }
  ctx.params = match.params;
  if (match.route.key === 'iamToken') {
    return postToken(ctx, deps);
  }
  if (match.route.key === 'projects') {
    return listProjects(ctx, deps);
  }
  if (isCloudRoute(match.route.key)) {
    return dispatchCloud(match.route.key, ctx, deps);
  }
  const handler = MRS_HANDLERS[match.route.key];
  return handler ? dispatchMrsIn(match.route.key, handler, ctx, deps) : apiNotFound(ctx.requestId);
}

export function isIamRoute(key: string): boolean {
  return key === 'iamToken' || key === 'projects';
}
