// MRS.102 (用户Token为空或不合法), which the resize doc lists: an empty X-Auth-Token, or a token the
// gateway accepts but that names no project. Unknown tokens stay the gateway's (APIGW.0301).
import assert from 'node:assert/strict';
import { call, passwordBody, resizeBody, type Call } from './helpers';
import { assertAccepted, assertError, useResizeEmulator } from './resizeHarness';

describe('emulator resize: MRS.102 (user token empty or invalid)', () => {
  const h = useResizeEmulator();
  const putWith = (token: string): Promise<Call> =>
    call(
      h.emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${h.emu.clusterIdByName('etl-nightly')}`,
      { token },
      resizeBody({ scale_type: 'scale_out', instances: 1 }),
    );

  it('an empty X-Auth-Token on the resize PUT: 401 MRS.102 in the MRS body shape', async () => {
    assertError(await putWith(''), 401, 'MRS.102');
    assertError(await putWith('   '), 401, 'MRS.102');
  });

  it('a token without a project scope: 401 MRS.102 on the PUT (12000001 on the reads, whose doc is not at hand)', async () => {
    const { identity } = (passwordBody(h.emu) as { auth: { identity: unknown } }).auth;
    const issued = await call(h.emu, 'POST', '/v3/auth/tokens', 'none', { auth: { identity } });
    const unscoped = issued.headers.get('x-subject-token') ?? '';
    assert.equal(issued.status, 201);
    assertError(await putWith(unscoped), 401, 'MRS.102');
    const read = await call(h.emu, 'GET', '/v1.1/{p}/cluster_infos', { token: unscoped });
    assertError(read, 401, '12000001');
  });

  it('an unknown token is still refused by the gateway (APIGW.0301), a project token is accepted', async () => {
    const res = await putWith('MIInot-a-token');
    assert.deepEqual([res.status, (res.json as { error_code: string }).error_code], [401, 'APIGW.0301']);
    assertAccepted(await putWith(h.token));
  });
});
