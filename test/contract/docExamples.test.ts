// The resize doc's six example bodies (and the other doc's from-zero one), sent by the extension's
// client to the emulator: each cluster is seeded so that the example is valid, and it is accepted
// and done as the example says. The bodies are the doc's text (test/fixtures/examples), not builders.
import assert from 'node:assert/strict';
import type { ResizeRequestDto } from '../../src/core/api/wire';
import { fixtureJson, RESIZE_DOC_EXAMPLES } from '../fixtures/examples';
import { akskOf, connect, idOf, sent, untilRunning, useEmulator } from './support';

describe('contract: the resize doc examples are accepted', () => {
  const ctx = useEmulator();

  for (const e of RESIZE_DOC_EXAMPLES) {
    it(`${e.file} on ${e.cluster}: ${e.group} ${e.from} → ${e.to}`, async () => {
      const conn = connect(ctx.emu, akskOf(ctx.emu));
      const id = idOf(ctx.emu, e.cluster);
      const count = (c: Awaited<ReturnType<typeof conn.client.getCluster>>): number =>
        c.nodeGroups.find((g) => g.name === e.group)?.nodeCount ?? 0;
      assert.equal(count(await conn.client.getCluster(id)), e.from);
      const accepted = await conn.client.resize(id, fixtureJson(e.file) as ResizeRequestDto);
      assert.equal(accepted.result, 'succeeded');
      const { last } = await untilRunning(conn, id);
      assert.deepEqual([last.scale, count(last)], [undefined, e.to]);
      assert.equal(sent(ctx.emu, 'resize'), 1);
    });
  }

  it('the named-hosts example removes exactly the hosts it names', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu));
    const id = idOf(ctx.emu, 'adhoc-queries');
    const body = fixtureJson('resize.scale-in-task-hosts.request.json') as ResizeRequestDto;
    const named = body.parameters.server_ids ?? [];
    const before = (await conn.client.listHosts(id)).map((h) => h.id);
    assert.equal(named.filter((h) => before.includes(h)).length, 2, 'the seed has both hosts');
    await conn.client.resize(id, body);
    await untilRunning(conn, id);
    assert.deepEqual(
      (await conn.client.listHosts(id)).map((h) => h.id),
      before.filter((h) => !named.includes(h)),
    );
  });
});
