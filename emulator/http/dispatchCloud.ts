// The ECS, EVS, VPC and MRS-metadata reads a quota pre-flight makes (docs/quota-api.md): behind the same
// gateway authentication as the MRS routes, on the same host. A project that is not the account's (in the
// path, the X-Project-Id header or the token's scope) is refused by the gateway (401 APIGW.0301).
import { authenticate } from '../auth/gate';
import { ecsFlavors, ecsLimits } from '../cloud/ecs';
import { evsQuota } from '../cloud/evs';
import { ipAvailability, vpcSubnet } from '../cloud/vpc';
import { availableFlavors } from '../mrs/availableFlavors';
import { header, type AppDeps, type RequestCtx } from './context';
import { gatewayError, inLanguage, type Reply } from './reply';
import type { RouteKey } from './routes';

type Handler = (ctx: RequestCtx, deps: AppDeps) => Reply;

const CLOUD_HANDLERS: Partial<Record<RouteKey, Handler>> = {
  ecsLimits,
  ecsFlavors,
  evsQuota,
  evsQuotaV3: evsQuota,
  vpcSubnet,
  ipAvailability,
  availableFlavors,
};

export function isCloudRoute(key: RouteKey): boolean {
  return CLOUD_HANDLERS[key] !== undefined;
}

export function dispatchCloud(key: RouteKey, ctx: RequestCtx, deps: AppDeps): Reply {
  const handler = CLOUD_HANDLERS[key] as Handler;
  const auth = authenticate(ctx, deps, 'mrs');
  if (!auth.ok) {
    return auth.reply;
  }
  const projects = [
    ctx.params.project_id,
    header(ctx, 'x-project-id'),
    auth.method === 'token' ? auth.projectId : undefined,
  ];
  const wrong = projects.some((p) => p !== undefined && p !== deps.creds.projectId);
  const scopeless = auth.method === 'token' && auth.projectId === undefined;
  if (wrong || scopeless) {
    return gatewayError(
      401,
      'APIGW.0301',
      'Incorrect IAM authentication information: the project does not match the credentials.',
      ctx.requestId,
    );
  }
  return inLanguage(handler(ctx, deps), header(ctx, 'x-language'));
}
