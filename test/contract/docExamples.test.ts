// The resize doc's six example bodies (and the other doc's from-zero one), sent by the extension's
// client to the emulator: each cluster is seeded so that the example is valid, and it is accepted
// and done as the example says. The bodies are the doc's text (test/fixtures/examples), not builders.
import assert from 'node:assert/strict';
import type { ResizeRequestDto } from '../../src/core/api/wire';
import { fixtureJson } from '../fixtures/examples';
import { akskOf, connect, idOf, sent, untilRunning, useEmulator } from './support';

interface Example {
  readonly file: string;
  readonly cluster: string;
  readonly group: string;
  readonly from: number;
  readonly to: number;
}

const CORE = 'core_node_analysis_group';
const TASK = 'task_node_analysis_group';

const EXAMPLES: readonly Example[] = [
  { file: 'resize.scale-out-core.request.json', cluster: 'adhoc-queries', group: CORE, from: 4, to: 5 },
  { file: 'resize.scale-out-task.request.json', cluster: 'adhoc-queries', group: TASK, from: 3, to: 4 },
  { file: 'resize.scale-out-task-from-zero.request.json', cluster: 'etl-nightly', group: TASK, from: 0, to: 1 },
  { file: 'resize.scale-in-core.request.json', cluster: 'adhoc-queries', group: CORE, from: 4, to: 3 },
  { file: 'resize.scale-in-task.request.json', cluster: 'adhoc-queries', group: TASK, from: 3, to: 2 },
  { file: 'resize.scale-in-task-hosts.request.json', cluster: 'adhoc-queries', group: TASK, from: 3, to: 1 },
  {
    file: 'resize.scale-out-task-from-zero.request.otc.json',
    cluster: 'reporting-warehouse',
    group: TASK,
    from: 0,
    to: 1,
  },
];

describe('contract: the resize doc examples are accepted', () => {
  const ctx = useEmulator();

  for (const e of EXAMPLES) {
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
