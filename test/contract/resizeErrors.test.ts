// Every resize refusal of the emulator surfaces as an MrsApiError with the documented code, HTTP
// status and kind, explained by the catalog from its code in English and Chinese, after exactly
// one PUT — with AK/SK and with an IAM password token alike.
import assert from 'node:assert/strict';
import type { Emulator } from '../../emulator';
import { explainError } from '../../src/core/api/catalog';
import { isOutcomeUnknown, type MrsApiError } from '../../src/core/api/errors';
import type { Credential } from '../../src/core/auth/credentials';
import { aScaleIn } from './builders';
import { CLUSTER_CASES, MEANINGS, PARAMETER_CASES, type RefusalCase } from './resizeErrorCases';
import {
  akskOf,
  apiError,
  connect,
  idOf,
  passwordOf,
  route,
  useEmulator,
  type EmulatorHandle,
  type TestConnection,
} from './support';

type AuthKind = 'aksk' | 'password';

function connectionFor(emu: Emulator, auth: AuthKind, wrongProject = false): TestConnection {
  const credential: Credential = auth === 'aksk' ? akskOf(emu) : passwordOf(emu);
  return connect(emu, credential, wrongProject ? { projectId: 'ffffffffffffffffffffffffffffffff' } : {});
}

function assertExplained(error: MrsApiError, code: string): void {
  const meaning = MEANINGS[code];
  const en = explainError(error, 'en');
  const zh = explainError(error, 'zh-cn');
  assert.deepEqual([en.code, en.byCode, zh.code, zh.byCode], [code, true, code, true]);
  assert.match(en.explanation, meaning.en);
  assert.ok(zh.explanation.includes(meaning.zh), `${zh.explanation} should say ${meaning.zh}`);
  assert.ok(en.hint !== '' && zh.hint !== '', 'a hint in both languages');
}

async function expectRefusal(emu: Emulator, auth: AuthKind, c: RefusalCase): Promise<void> {
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

describe('contract: resize refusals', () => {
  const ctx = useEmulator();
  for (const auth of ['aksk', 'password'] as const) {
    describe(`${auth}: refused by the request`, () => casesFor(ctx, auth, PARAMETER_CASES));
    describe(`${auth}: refused by the cluster`, () => casesFor(ctx, auth, CLUSTER_CASES));
  }
  describe('server_ids and state', () => hostRules(ctx));
});
