import * as assert from 'node:assert/strict';
import { initialState, runResizeFlow } from '../../../../src/core/flows/resizeFlow';
import { BACK } from '../../../../src/core/prompts/Prompter';
import { ScriptedPrompter, type Answer } from '../../../support/ScriptedPrompter';
import { paletteScript, palettePath } from '../../../support/paletteScript';
import { counters, deps, flow, withTask } from './flowFixtures';

describe('resize palette flow', () => {
  it('walks cluster → group → scale out → count → options → summary for a core scale-out', async () => {
    const { result, p } = await flow(
      paletteScript('with-task', 'Core', 'Scale out', [{ input: '2' }, { pickMany: ['Skip bootstrap actions'] }]),
    );
    assert.equal(result.connection, 'prod', 'the only connection is taken without asking');
    assert.deepEqual(result.draft, {
      scaleType: 'scale_out',
      group: 'core_node_analysis_group',
      instances: '2',
      skipBootstrapScripts: true,
    });
    assert.deepEqual(p.asked.find((a) => a.kind === 'input')?.hints, ['5 → 7 core nodes (allowed: 1–491)']);
    const summary = p.asked[p.asked.length - 1];
    assert.equal(summary.descriptions[summary.labels.indexOf('skip_bootstrap_scripts')], 'true');
  });

  it('shows clusters that cannot be resized, with why, but does not let them be picked', async () => {
    const p = new ScriptedPrompter([{ pick: 'busy' }]);
    await assert.rejects(runResizeFlow(initialState(), p, deps()), /disabled/);
    const clusters = p.asked[0];
    assert.equal(clusters.labels.length, 3);
  });

  it('checks the count live against the limits', async () => {
    const { p } = await flow(
      paletteScript('with-task', 'Core', 'Scale in', [{ rejected: '3' }, { rejected: 'two' }, { input: '2' }]),
    );
    const input = p.asked.find((a) => a.kind === 'input');
    assert.equal(input?.text, 'Nodes to remove (1–2)');
    assert.equal(input?.validation.length, 2);
  });

  it('asks which task hosts to remove on a task scale-in, and only then', async () => {
    const { result, p } = await flow(
      paletteScript('with-task', 'Task', 'Scale in', [{ input: '2' }, { pickMany: ['node_task_1', 'node_task_3'] }]),
    );
    assert.deepEqual(result.draft.serverIds, ['t1', 't3']);
    assert.equal(p.asked.filter((a) => a.kind === 'pickMany').length, 1, 'no options step on a scale-in');
  });

  it('lets MRS choose the task hosts when none are picked', async () => {
    const { result } = await flow(paletteScript('with-task', 'Task', 'Scale in', [{ input: '1' }, { pickMany: [] }]));
    assert.equal(result.draft.serverIds, undefined);
  });

  it('asks flavor and disks for the first task nodes, with the doc ranges', async () => {
    const { result, p } = await flow(
      paletteScript('no-task', 'Task', 'Scale out', [
        { input: '2' },
        { pick: 'c6.8xlarge' },
        { pick: 'SAS' },
        { rejected: '0' },
        { input: '3' },
        { rejected: '32001' },
        { input: '500' },
        { pickMany: [] },
      ]),
    );
    assert.deepEqual(result.draft.taskNodeInfo, {
      nodeSize: 'c6.8xlarge.4.linux.bigdata',
      dataVolumeType: 'SAS',
      dataVolumeCount: '3',
      dataVolumeSize: '500',
    });
    assert.equal(result.draft.group, 'task_node_default_group');
    assert.ok(p.asked.some((a) => a.labels.includes('SSD (Ultra-high I/O)')));
    const types = p.asked.find((a) => a.labels.includes('SATA (Common I/O)'));
    assert.deepEqual(types?.labels, [
      'SATA (Common I/O)',
      'SAS (High I/O)',
      'SSD (Ultra-high I/O)',
      'GPSSD (General-purpose SSD)',
    ]);
  });

  it('asks about skipping bootstrap actions only of a cluster created with some', async () => {
    const options = async (bootstrapActions: number | undefined) => {
      const cluster = { ...withTask, bootstrapActions };
      const { p } = await flow(
        paletteScript('with-task', 'Core', 'Scale out', [{ input: '1' }, { pickMany: [] }]),
        deps([cluster]),
      );
      return p.asked.find((a) => a.kind === 'pickMany')?.labels;
    };
    assert.deepEqual(await options(0), ['Do not start components after scale-out']);
    for (const some of [1, undefined]) {
      assert.deepEqual(await options(some), ['Skip bootstrap actions', 'Do not start components after scale-out']);
    }
  });

  it('forgets task node info when Back leads to a cluster that has task nodes', async () => {
    const { result } = await flow([
      ...palettePath('no-task', 'Task', 'Scale out'),
      { input: '1' },
      { pick: 'c6.8xlarge' },
      { pick: 'SATA' },
      { input: '1' },
      { input: '100' },
      { pickMany: [] },
      ...Array.from({ length: 9 }, (): Answer => BACK),
      ...paletteScript('with-task', 'Task', 'Scale out', [{ input: '1' }, { pickMany: [] }]),
    ]);
    assert.equal(result.cluster.name, 'with-task');
    assert.equal(result.draft.taskNodeInfo, undefined);
  });

  it('starts at the count when opened on a node group, and Back returns to earlier answers', async () => {
    const state = initialState({
      connection: 'prod',
      cluster: withTask,
      group: 'core_node_analysis_group',
      scaleType: 'scale_out',
    });
    const { result, p } = await flow(
      [{ input: '1' }, { pickMany: [] }, BACK, BACK, { input: '3' }, { pickMany: [] }, { pick: 'Scale Out' }],
      deps(),
      state,
    );
    assert.equal(result.draft.instances, '3');
    assert.deepEqual(counters(p), [
      'input 1/3',
      'pickMany 2/3',
      'pick 3/3',
      'pickMany 2/3',
      'input 1/3',
      'pickMany 2/3',
      'pick 3/3',
    ]);
  });
});
