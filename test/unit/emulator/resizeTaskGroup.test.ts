// The rules of the task group (resize doc 表4, 表6): how many nodes a task scale-in may remove,
// task_node_info only while the cluster has no task nodes, and server_ids on a task scale-in.
import { allHosts, type Call } from './helpers';
import { assertAccepted, assertError, useResizeEmulator, type ResizeHarness } from './resizeHarness';

const info = {
  node_size: 'c6.xlarge.4.linux.bigdata',
  data_volume_type: 'SATA',
  data_volume_count: 2,
  data_volume_size: 200,
};

function taskScaleIn(h: ResizeHarness): void {
  const { resize } = h;
  it("task scale-in: at most the group's nodes; a cluster without task nodes: 12000013", async () => {
    assertError(
      await resize('analytics-prod', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 5 }),
      400,
      '12000013',
    );
    assertError(
      await resize('etl-nightly', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 1 }),
      400,
      '12000013',
    );
    assertError(
      await resize('reporting-warehouse', {
        scale_type: 'scale_in',
        node_group: 'task_node_default_group',
        instances: 1,
      }),
      400,
      '12000013',
    );
    assertAccepted(
      await resize('analytics-prod', { scale_type: 'scale_in', node_group: 'task_node_default_group', instances: 4 }),
    );
  });
}

function taskNodeInfo(h: ResizeHarness): void {
  const { resize } = h;
  it('task_node_info is refused when the cluster has task nodes (12000002)', async () => {
    assertError(
      await resize('analytics-prod', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 1,
        task_node_info: info,
      }),
      400,
      '12000002',
    );
    assertError(
      await resize('analytics-prod', {
        scale_type: 'scale_in',
        node_group: 'task_node_default_group',
        instances: 1,
        task_node_info: info,
      }),
      400,
      '12000002',
    );
  });
}

function taskGroupFlavor(h: ResizeHarness): void {
  const { resize } = h;
  it('task_node_info is required when there is no task group (no known flavor); accepted with it', async () => {
    assertError(
      await resize('etl-nightly', { scale_type: 'scale_out', node_group: 'task_node_default_group', instances: 1 }),
      400,
      '12000002',
    );
    assertAccepted(
      await resize('etl-nightly', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 1,
        task_node_info: info,
      }),
    );
  });
  it('an empty task group (flavor known) scales out with or without task_node_info', async () => {
    assertAccepted(
      await resize('reporting-warehouse', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 2,
      }),
    );
    h.emu.reset();
    assertAccepted(
      await resize('reporting-warehouse', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 2,
        task_node_info: info,
      }),
    );
  });
}

function serverIds(h: ResizeHarness): void {
  const { resize } = h;
  it('server_ids on a task scale-in: count must equal instances; ids must be task hosts of this group', async () => {
    const id = h.emu.clusterIdByName('analytics-prod') ?? '';
    const hosts = await allHosts(h.emu, h.token, id);
    const task = hosts.filter((h) => h.type === 'Task').map((h) => h.id);
    const core = hosts.filter((h) => h.type === 'Core').map((h) => h.id);
    const otherTask = (await allHosts(h.emu, h.token, h.emu.clusterIdByName('stream-events') ?? '')).filter(
      (h) => h.type === 'Task',
    )[0].id;
    const scaleIn = (instances: unknown, server_ids: unknown): Promise<Call> =>
      resize('analytics-prod', {
        scale_type: 'scale_in',
        node_group: 'task_node_default_group',
        instances,
        server_ids,
      });
    assertError(await scaleIn(1, task.slice(0, 2)), 400, '12000002');
    assertError(await scaleIn('3', task.slice(0, 2)), 400, '12000002');
    assertError(await scaleIn(2, [task[0], task[0]]), 400, '12000002');
    assertError(await scaleIn(1, [core[0]]), 400, '12000013');
    assertError(await scaleIn(1, [otherTask]), 400, '12000013');
    assertError(await scaleIn(1, 'not-a-list'), 400, '12000002');
    assertAccepted(await scaleIn('2', task.slice(1, 3)));
  });

  it('server_ids has no effect on a scale-out (ignored, as the doc says)', async () => {
    assertAccepted(
      await resize('analytics-prod', {
        scale_type: 'scale_out',
        node_group: 'task_node_default_group',
        instances: 1,
        server_ids: ['not-a-host'],
      }),
    );
  });
}
describe('emulator resize rules of the task group', () => {
  const h = useResizeEmulator();
  describe('task scale-in counts', () => taskScaleIn(h));
  describe('task_node_info against the task group', () => taskNodeInfo(h));
  describe('the task group flavor: from task_node_info or the group', () => taskGroupFlavor(h));
  describe('server_ids', () => serverIds(h));
});
