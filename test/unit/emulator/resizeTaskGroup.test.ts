// The rules of the task group (resize doc 表4, 表6): how many nodes a task scale-in may remove,
// task_node_info only while the cluster has no task nodes, and server_ids on a task scale-in.
import { allHosts, type Call } from './helpers';
import {
  assertAccepted,
  assertRefused,
  TASK_GROUP,
  TASK_NODE_INFO,
  useResizeEmulator,
  type ResizeHarness,
} from './resizeHarness';

const withInfo = { task_node_info: TASK_NODE_INFO };

function taskScaleIn(h: ResizeHarness): void {
  const { scaleIn } = h;
  it("task scale-in: at most the group's nodes; a cluster without task nodes: 12000013", async () => {
    assertRefused(await scaleIn('analytics-prod', TASK_GROUP, 5), '12000013');
    assertRefused(await scaleIn('etl-nightly', TASK_GROUP, 1), '12000013');
    assertRefused(await scaleIn('reporting-warehouse', TASK_GROUP, 1), '12000013');
    assertAccepted(await scaleIn('analytics-prod', TASK_GROUP, 4));
  });
}

function taskNodeInfo(h: ResizeHarness): void {
  const { scaleIn, scaleOut } = h;
  it('task_node_info is refused when the cluster has task nodes (12000002)', async () => {
    assertRefused(await scaleOut('analytics-prod', TASK_GROUP, 1, withInfo), '12000002');
    assertRefused(await scaleIn('analytics-prod', TASK_GROUP, 1, withInfo), '12000002');
  });
}

function taskGroupFlavor(h: ResizeHarness): void {
  const { scaleOut } = h;
  it('task_node_info is required when there is no task group (no known flavor); accepted with it', async () => {
    assertRefused(await scaleOut('etl-nightly', TASK_GROUP, 1), '12000002');
    assertAccepted(await scaleOut('etl-nightly', TASK_GROUP, 1, withInfo));
  });
  it('an empty task group (flavor known) scales out with or without task_node_info', async () => {
    assertAccepted(await scaleOut('reporting-warehouse', TASK_GROUP, 2));
    h.emu.reset();
    assertAccepted(await scaleOut('reporting-warehouse', TASK_GROUP, 2, withInfo));
  });
}

function serverIds(h: ResizeHarness): void {
  const { scaleIn: taskScaleIn, scaleOut } = h;
  it('server_ids on a task scale-in: count must equal instances; ids must be task hosts of this group', async () => {
    const id = h.emu.clusterIdByName('analytics-prod') ?? '';
    const hosts = await allHosts(h.emu, h.token, id);
    const task = hosts.filter((h) => h.type === 'Task').map((h) => h.id);
    const core = hosts.filter((h) => h.type === 'Core').map((h) => h.id);
    const otherTask = (await allHosts(h.emu, h.token, h.emu.clusterIdByName('stream-events') ?? '')).filter(
      (h) => h.type === 'Task',
    )[0].id;
    const scaleIn = (instances: unknown, server_ids: unknown): Promise<Call> =>
      taskScaleIn('analytics-prod', TASK_GROUP, instances, { server_ids });
    assertRefused(await scaleIn(1, task.slice(0, 2)), '12000002');
    assertRefused(await scaleIn('3', task.slice(0, 2)), '12000002');
    assertRefused(await scaleIn(2, [task[0], task[0]]), '12000002');
    assertRefused(await scaleIn(1, [core[0]]), '12000013');
    assertRefused(await scaleIn(1, [otherTask]), '12000013');
    assertRefused(await scaleIn(1, 'not-a-list'), '12000002');
    assertAccepted(await scaleIn('2', task.slice(1, 3)));
  });

  it('server_ids has no effect on a scale-out (ignored, as the doc says)', async () => {
    assertAccepted(await scaleOut('analytics-prod', TASK_GROUP, 1, { server_ids: ['not-a-host'] }));
  });
}
describe('emulator resize rules of the task group', () => {
  const h = useResizeEmulator();
  describe('task scale-in counts', () => taskScaleIn(h));
  describe('task_node_info against the task group', () => taskNodeInfo(h));
  describe('the task group flavor: from task_node_info or the group', () => taskGroupFlavor(h));
  describe('server_ids', () => serverIds(h));
});
