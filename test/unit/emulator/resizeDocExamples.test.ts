// The resize doc's six example bodies (test/fixtures/examples, byte for byte as printed) and the
// other doc's from-zero example: each is valid against a seeded cluster, accepted, and done as it says.
import assert from 'node:assert/strict';
import { DOC_EXAMPLE_TASK_HOST_IDS } from '../../../emulator/seeds/defaultSeed';
import { fixtureText } from '../../fixtures/examples';
import { allHosts, clusterByName } from './helpers';
import { assertAccepted, RESIZE_MS, useResizeEmulator, type ResizeHarness } from './resizeHarness';

interface Example {
  readonly file: string;
  readonly cluster: string;
  /** The group the example changes, and its node count before → after. */
  readonly group: string;
  readonly from: number;
  readonly to: number;
}

const DOC_EXAMPLES: readonly Example[] = [
  { file: 'resize.scale-out-core', cluster: 'adhoc-queries', group: 'core_node_analysis_group', from: 4, to: 5 },
  { file: 'resize.scale-out-task', cluster: 'adhoc-queries', group: 'task_node_analysis_group', from: 3, to: 4 },
  {
    file: 'resize.scale-out-task-from-zero',
    cluster: 'etl-nightly',
    group: 'task_node_analysis_group',
    from: 0,
    to: 1,
  },
  { file: 'resize.scale-in-core', cluster: 'adhoc-queries', group: 'core_node_analysis_group', from: 4, to: 3 },
  { file: 'resize.scale-in-task', cluster: 'adhoc-queries', group: 'task_node_analysis_group', from: 3, to: 2 },
  { file: 'resize.scale-in-task-hosts', cluster: 'adhoc-queries', group: 'task_node_analysis_group', from: 3, to: 1 },
  {
    file: 'resize.scale-out-task-from-zero',
    cluster: 'reporting-warehouse',
    group: 'task_node_analysis_group',
    from: 0,
    to: 1,
  },
  {
    file: 'resize.scale-out-task-from-zero.request.otc',
    cluster: 'reporting-warehouse',
    group: 'task_node_analysis_group',
    from: 0,
    to: 1,
  },
];

const fileOf = (e: Example): string => (e.file.endsWith('.otc') ? `${e.file}.json` : `${e.file}.request.json`);

function accepted(h: ResizeHarness): void {
  const nodeNum = async (e: Example): Promise<number> =>
    (await clusterByName(h.emu, h.token, e.cluster)).nodeGroups.find((g) => g.GroupName === e.group)?.NodeNum ?? 0;

  for (const e of DOC_EXAMPLES) {
    it(`${fileOf(e)} on ${e.cluster}: ${e.group} ${e.from} → ${e.to}`, async () => {
      assert.equal(await nodeNum(e), e.from);
      assertAccepted(await h.put(e.cluster, fixtureText(fileOf(e))));
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
