// IAM: POST /v3/auth/tokens (password, project scope) and GET /v3/projects (docs/mrs-api.md §1.4, §2.1).
import { authenticate } from '../auth/gate';
import { iamTime } from '../auth/tokens';
import { hex32From } from '../ids';
import type { AppDeps, RequestCtx } from '../http/context';
import { iamError, json, type Reply } from '../http/reply';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

interface PasswordAuth {
  user: string;
  password: string;
  domainName?: string;
  domainId?: string;
  scope?: { id?: string; name?: string };
}

function readPasswordAuth(body: unknown): PasswordAuth | undefined {
  const auth = obj(obj(body)?.auth);
  const identity = obj(auth?.identity);
  const methods = identity?.methods;
  const user = obj(obj(identity?.password)?.user);
  const domain = obj(user?.domain);
  if (!Array.isArray(methods) || !methods.includes('password') || !user || !domain) {
    return undefined;
  }
  if (typeof user.name !== 'string' || typeof user.password !== 'string') {
    return undefined;
  }
  const project = obj(obj(auth?.scope)?.project);
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    user: user.name,
    password: user.password,
    domainName: str(domain.name),
    domainId: str(domain.id),
    scope: project ? { id: str(project.id), name: str(project.name) } : undefined,
  };
}

function identityMatches(a: PasswordAuth, deps: AppDeps): boolean {
  const domainOk = a.domainName === deps.creds.domain || a.domainId === deps.domainId;
  return domainOk && a.user === deps.creds.user && a.password === deps.creds.password;
}

/** The projects of the emulated account: the emulator's region and one more (to exercise `name=`). */
export function projects(deps: AppDeps): { id: string; name: string }[] {
  return [
    { id: deps.creds.projectId, name: deps.creds.region },
    { id: hex32From('emulator/project/cn-east-3'), name: 'cn-east-3' },
  ];
}

function tokenBody(
  deps: AppDeps,
  projectId: string | undefined,
  issuedAt: number,
  expiresAt: number,
  ctx: RequestCtx,
): Json {
  const domain = { id: deps.domainId, name: deps.creds.domain };
  const project = projects(deps).find((p) => p.id === projectId);
  const catalog = ctx.query.get('nocatalog')
    ? []
    : [
        {
          type: 'mrs',
          name: 'mrs',
          id: hex32From('emulator/catalog/mrs'),
          endpoints: [
            {
              id: hex32From('emulator/endpoint/mrs'),
              interface: 'public',
              region: deps.creds.region,
              region_id: deps.creds.region,
              url: deps.baseUrl(),
            },
          ],
        },
      ];
  return {
    token: {
      catalog,
      expires_at: iamTime(expiresAt),
      issued_at: iamTime(issuedAt),
      methods: ['password'],
      ...(project ? { project: { domain, id: project.id, name: project.name } } : { domain }),
      roles: [
        { id: '0', name: 'te_admin' },
        { id: '0', name: 'op_gated_mrs' },
      ],
      user: { domain, id: hex32From('emulator/user'), name: deps.creds.user, password_expires_at: '' },
    },
  };
}

export function postToken(ctx: RequestCtx, deps: AppDeps): Reply {
  const auth = readPasswordAuth(parseJson(ctx.body));
  if (!auth) {
    return iamError(400, 'The request body is invalid');
  }
  if (!identityMatches(auth, deps)) {
    return iamError(401, 'The username or password is wrong.');
  }
  let projectId: string | undefined;
  if (auth.scope) {
    const scope = auth.scope;
    const project = projects(deps).find((p) => (scope.id !== undefined ? p.id === scope.id : p.name === scope.name));
    if (!project || (scope.id === undefined && scope.name === undefined)) {
      return iamError(401, 'The request you have made requires authentication.');
    }
    projectId = project.id;
  }
  const { token, record } = deps.tokens.issue(projectId, deps.now());
  return json(201, tokenBody(deps, projectId, record.issuedAt, record.expiresAt, ctx), { 'X-Subject-Token': token });
}

export function listProjects(ctx: RequestCtx, deps: AppDeps): Reply {
  const auth = authenticate(ctx, deps, 'iam');
  if (!auth.ok) {
    return auth.reply;
  }
  const name = ctx.query.get('name');
  const base = deps.baseUrl();
  const list = projects(deps)
    .filter((p) => name === null || p.name === name)
    .map((p) => ({
      domain_id: deps.domainId,
      is_domain: false,
      parent_id: deps.domainId,
      name: p.name,
      description: '',
      links: { next: null, previous: null, self: `${base}/v3/projects/${p.id}` },
      id: p.id,
      enabled: true,
    }));
  const self = `${base}/v3/projects${ctx.rawQuery ? `?${ctx.rawQuery}` : ''}`;
  return json(200, { links: { self, previous: null, next: null }, projects: list });
}
