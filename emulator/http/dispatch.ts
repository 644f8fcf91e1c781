// Runs the handler of a matched MRS/IAM route, behind the gateway's authentication and the
// MRS project check.
import { authenticate } from '../auth/gate';
import { listProjects, postToken } from '../iam/iam';
import { getCluster, listClusters, listHosts } from '../mrs/clusters';
import { resize } from '../mrs/resize';
import { resizeError } from '../mrs/resizeParams';
import type { AppDeps, RequestCtx } from './context';
import { apiNotFound, type Reply } from './reply';
import type { RouteKey, RouteMatch } from './routes';

type Handler = (ctx: RequestCtx, deps: AppDeps) => Reply;

const MRS_HANDLERS: Partial<Record<RouteKey, Handler>> = {
  listClusters,
  getCluster,
  listHosts,
  resize,
};

/** A path project that is not the account's, or not the one the token/X-Project-Id names → 12000001. */
function projectMismatch(
  ctx: RequestCtx,
  deps: AppDeps,
  credentialProject: string | undefined,
  method: 'token' | 'aksk',
): Reply | undefined {
  const pathProject = ctx.params.project_id;
  const tokenScopeWrong = method === 'token' && credentialProject !== pathProject;
  const headerWrong = method === 'aksk' && credentialProject !== undefined && credentialProject !== pathProject;
  if (pathProject !== deps.creds.projectId || tokenScopeWrong || headerWrong) {
    return resizeError(
      '12000001',
      `Identity authentication failed: project ${pathProject} does not exist or does not match the credentials.`,
    );
  }
  return undefined;
}

function dispatchMrs(handler: Handler, ctx: RequestCtx, deps: AppDeps): Reply {
  const auth = authenticate(ctx, deps, 'mrs');
  if (!auth.ok) {
    return auth.reply;
  }
  return projectMismatch(ctx, deps, auth.projectId, auth.method) ?? handler(ctx, deps);
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
  const handler = MRS_HANDLERS[match.route.key];
  return handler ? dispatchMrs(handler, ctx, deps) : apiNotFound(ctx.requestId);
}

export function isIamRoute(key: string): boolean {
  return key === 'iamToken' || key === 'projects';
}
