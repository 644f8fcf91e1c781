// Every resize refusal of the emulator surfaces as an MrsApiError with the documented code, HTTP
// status and kind, explained by the catalog from its code in English and Chinese, after exactly
// one PUT — with AK/SK and with an IAM password token alike; MRS.102 with the pasted token it is about
// (an empty one never leaves the client).
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import { explainError } from '../../src/core/api/catalog';
import { isOutcomeUnknown, type MrsApiError } from '../../src/core/api/errors';
import { aResize, aScaleIn } from './builders';
import {
  CLUSTER_CASES,
  HYBRID_CASES,
  MEANINGS,
  PARAMETER_CASES,
  QUOTA_CASES,
  type RefusalCase,
} from './resizeErrorCases';
import {
  apiError,
  connect,
  connectAs,
  idOf,
  route,
  useEmulator,
  type AuthKind,
  type EmulatorHandle,
  type TestConnection,
} from './support';

function connectionFor(emu: Emulator, auth: AuthKind, wrongProject = false): TestConnection {
  return connectAs(emu, auth, wrongProject ? { projectId: 'ffffffffffffffffffffffffffffffff' } : {});
}

function assertExplained(error: MrsApiError, code: string): void {
  const { doc } = MEANINGS[code];
  const en = explainError(error, 'en');
  const zh = explainError(error, 'zh-cn');
  assert.deepEqual([en.code, en.byCode, zh.code, zh.byCode], [code, true, code, true]);
  const english = en.explanation.toLowerCase();
  assert.ok(
    doc.enTerms.every((term) => english.includes(term.toLowerCase())),
    `${en.explanation} should say ${doc.enTerms.join(' + ')}`,
  );
  assert.ok(
    doc.zhTerms.every((term) => zh.explanation.includes(term)),
    `${zh.explanation} should say ${doc.zhTerms.join(' + ')}`,
  );
  assert.ok(en.hint !== '' && zh.hint !== '', 'a hint in both languages');
}

async function expectRefusal(emu: Emulator, auth: AuthKind, c: RefusalCase): Promise<void> {
  c.prepare?.(emu);
  const conn = connectionFor(emu, auth, c.wrongProject);
  const clusterId = typeof c.cluster === 'string' ? idOf(emu, c.cluster) : c.cluster.id;
  const { status, kind } = MEANINGS[c.code];
  const error = await apiError(conn.client.resize(clusterId, c.body), { kind, status, code: c.code });
  assert.equal(isOutcomeUnknown(error), false, 'a refusal is not "outcome unknown"');
  assert.match(error.requestId ?? '', /^[0-9a-f]{32}$/, 'X-Request-Id kept for support');
  assertExplained(error, c.code);
  assert.deepEqual(route(emu, 'resize').statuses, { [status]: 1 }, 'the PUT was sent exactly once');
  assert.deepEqual(conn.waits, [], 'no retry wait');
}

function casesFor(ctx: EmulatorHandle, auth: AuthKind, cases: readonly RefusalCase[]): void {
  for (const c of cases) {
    if (auth === 'password' && c.wrongProject) {
      continue;
    } // the IAM token request itself is refused then
    it(`${c.code}: ${c.title}`, () => expectRefusal(ctx.emu, auth, c));
  }
}

function hostRules(ctx: EmulatorHandle): void {
  it('12000013: server_ids naming a core host of the same cluster (not a host of the task group)', async () => {
    const conn = connectionFor(ctx.emu, 'aksk');
    const id = idOf(ctx.emu, 'analytics-prod');
    const core = (await conn.client.listHosts(id)).find((h) => h.type === 'Core');
    const body = aScaleIn({ node_group: 'task_node_analysis_group', server_ids: [core?.id ?? ''] });
    const error = await apiError(conn.client.resize(id, body), { kind: 'validation', status: 400, code: '12000013' });
    assert.match(error.message, new RegExp(`${core?.id ?? '-'}`));
    assert.equal(route(ctx.emu, 'resize').count, 1);
  });

  it('the cluster is left as it was after a refusal', async () => {
    const conn = connectionFor(ctx.emu, 'aksk');
    const id = idOf(ctx.emu, 'etl-nightly');
    await apiError(conn.client.resize(id, aScaleIn()), { kind: 'validation', code: '12000013' });
    const after = await conn.client.getCluster(id);
    assert.deepEqual([after.state, after.scale, after.coreCount], ['running', undefined, 3]);
  });
}

/** A token issued without a scope: valid at the gateway, but MRS needs a project token. */
async function unscopedToken(emu: Emulator): Promise<string> {
  const c = emu.credentials;
  const user = { name: c.user, password: c.password, domain: { name: c.domain } };
  const res = await fetch(`${emu.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user } } } }),
  });
  assert.equal(res.status, 201);
  return res.headers.get('x-subject-token') ?? assert.fail('no X-Subject-Token');
}

function tokenRules(ctx: EmulatorHandle): void {
  it('MRS.102: a pasted token without a project scope, refused once and not retried', async () => {
    const emu = ctx.emu;
    const conn = connect(
      emu,
      { kind: 'token', token: await unscopedToken(emu) },
      { projectId: emu.credentials.projectId },
    );
    const error = await apiError(conn.client.resize(idOf(emu, 'etl-nightly'), aResize()), {
      kind: 'unauthorized',
      status: 401,
      code: 'MRS.102',
    });
    assertExplained(error, 'MRS.102');
    assert.deepEqual(route(emu, 'resize').statuses, { 401: 1 }, 'the PUT was sent exactly once');
  });

  it('an empty pasted token, which MRS refuses with MRS.102, is refused by the client before the PUT', async () => {
    const emu = ctx.emu;
    const id = idOf(emu, 'etl-nightly');
    const raw = await fetch(`${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos/${id}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': '', 'Content-Type': 'application/json' },
      body: JSON.stringify(aResize()),
    });
    assert.deepEqual([raw.status, ((await raw.json()) as { error_code?: string }).error_code], [401, 'MRS.102']);
    const conn = connect(emu, { kind: 'token', token: '' }, { projectId: emu.credentials.projectId });
    const error = await apiError(conn.client.resize(id, aResize()), {
      kind: 'configuration',
      code: 'CLIENT.EMPTY_TOKEN',
    });
    assert.equal(isOutcomeUnknown(error), false, 'the PUT never left');
    assert.deepEqual(route(emu, 'resize').statuses, { 401: 1 }, 'only the raw PUT above reached the emulator');
  });
}

describe('contract: resize refusals', () => {
  const ctx = useEmulator();
  for (const auth of ['aksk', 'password'] as const) {
    describe(`${auth}: refused by the request`, () => casesFor(ctx, auth, PARAMETER_CASES));
    describe(`${auth}: refused by the cluster`, () => casesFor(ctx, auth, CLUSTER_CASES));
    describe(`${auth}: refused by the hybrid cluster's core minimum`, () => casesFor(ctx, auth, HYBRID_CASES));
    describe(`${auth}: refused by the account's quota`, () => casesFor(ctx, auth, QUOTA_CASES));
  }
  describe('MRS.102: a token that names no project, or is empty', () => tokenRules(ctx));
  describe('server_ids and state', () => hostRules(ctx));
});
