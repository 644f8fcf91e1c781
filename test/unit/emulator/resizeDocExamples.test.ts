// The resize doc's six example bodies (test/fixtures/examples, byte for byte as printed) and the
// other doc's from-zero example: each is valid against a seeded cluster, accepted, and done as it says.
import assert from 'node:assert/strict';
import { DOC_EXAMPLE_TASK_HOST_IDS } from '../../../emulator/seeds/defaultSeed';
import { fixtureText, RESIZE_DOC_EXAMPLES, type ResizeDocExample } from '../../fixtures/examples';
import { allHosts, clusterByName } from './helpers';
import { assertAccepted, RESIZE_MS, useResizeEmulator, type ResizeHarness } from './resizeHarness';

type Example = ResizeDocExample;

/** The doc examples, and the from-zero one also on the cluster whose empty task group has a flavor. */
const DOC_EXAMPLES: readonly Example[] = [
  ...RESIZE_DOC_EXAMPLES,
  {
    file: 'resize.scale-out-task-from-zero.request.json',
    cluster: 'reporting-warehouse',
    group: 'task_node_analysis_group',
    from: 0,
    to: 1,
  },
];

function accepted(h: ResizeHarness): void {
  const nodeNum = async (e: Example): Promise<number> =>
    (await clusterByName(h.emu, h.token, e.cluster)).nodeGroups.find((g) => g.GroupName === e.group)?.NodeNum ?? 0;

  for (const e of DOC_EXAMPLES) {
    it(`${e.file} on ${e.cluster}: ${e.group} ${e.from} → ${e.to}`, async () => {
      assert.equal(await nodeNum(e), e.from);
      assertAccepted(await h.put(e.cluster, fixtureText(e.file)));
      h.clock.t += RESIZE_MS;
      const after = await clusterByName(h.emu, h.token, e.cluster);
      assert.deepEqual([after.clusterState, after.scale], ['running', '']);
      assert.equal(await nodeNum(e), e.to);
    });
  }
}

function doneAsSaid(h: ResizeHarness): void {
  it('the named-hosts example removes exactly the two hosts the doc names', async () => {
    const text = fixtureText('resize.scale-in-task-hosts.request.json');
    const named = (JSON.parse(text) as { parameters: { server_ids: string[] } }).parameters.server_ids;
    assert.deepEqual(named, DOC_EXAMPLE_TASK_HOST_IDS, 'the seed has the hosts the doc names');
    const id = h.emu.clusterIdByName('adhoc-queries') ?? '';
    const before = (await allHosts(h.emu, h.token, id)).map((x) => x.id);
    assert.deepEqual(
      named.filter((x) => before.includes(x)),
      named,
    );
    assertAccepted(await h.put('adhoc-queries', text));
    h.clock.t += RESIZE_MS;
    const after = (await allHosts(h.emu, h.token, id)).map((x) => x.id);
    assert.deepEqual(
      after,
      before.filter((x) => !named.includes(x)),
    );
    assert.equal(after.length, before.length - 2);
  });

  it('the from-zero example creates the task group with the flavor and disks it names', async () => {
    assertAccepted(await h.put('etl-nightly', fixtureText('resize.scale-out-task-from-zero.request.json')));
    h.clock.t += RESIZE_MS;
    const task = (await clusterByName(h.emu, h.token, 'etl-nightly')).nodeGroups.find((g) =>
      g.GroupName.startsWith('task'),
    );
    assert.deepEqual(
      [task?.NodeSize, task?.DataVolumeCount, task?.DataVolumeSize],
      ['s3.xlarge.2.linux.bigdata', 2, 200],
    );
  });
}

describe('emulator resize: the doc examples are accepted against the seed', () => {
  const h = useResizeEmulator();
  describe('each example, on the cluster seeded for it', () => accepted(h));
  describe('what the examples name', () => doneAsSaid(h));
});
