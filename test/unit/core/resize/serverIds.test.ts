// server_ids: acts only on a task scale-in; task hosts of the group, once each, as many as instances.
import assert from 'node:assert/strict';
import { taskHostsOfGroup } from '../../../../src/core/resize/rules';
import { CLUSTER_ID, aHost } from '../../../support/builders';
import { TASK, check, clusterOf, codes, coreHosts, messageOf, taskHosts } from './clusters';
import { v11Body } from './v11Body';

const cluster = clusterOf({ core: 4, task: 3 });
const hosts = [...coreHosts(4), ...taskHosts(3)];

describe('resize rules: server_ids', () => {
  it('sends the chosen task hosts of a task scale-in', () => {
    const r = check(
      cluster,
      { group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'task-2'] },
      hosts,
    );
    assert.deepEqual(codes(r), []);
    assert.deepEqual(v11Body(r)?.parameters.server_ids, ['task-0', 'task-2']);
  });

  it('treats an empty list as "MRS chooses"', () => {
    const r = check(cluster, { group: TASK, scaleType: 'scale_in', instances: 1, serverIds: [] }, hosts);
    assert.deepEqual(codes(r), []);
    assert.ok(v11Body(r) && !('server_ids' in (v11Body(r)?.parameters ?? {})));
  });

  it('warns and leaves them out on a scale-out (no effect there, says the doc)', () => {
    const r = check(cluster, { group: TASK, instances: 1, serverIds: ['task-0'] }, hosts);
    assert.deepEqual(codes(r, 'warning'), ['serverIds.ignoredOnScaleOut@parameters.server_ids']);
    assert.deepEqual(codes(r, 'error'), []);
    assert.ok(v11Body(r) && !('server_ids' in (v11Body(r)?.parameters ?? {})));
  });

  it('refuses them on a core scale-in: MRS would ignore them and remove core nodes of its own choice', () => {
    const r = check(cluster, { scaleType: 'scale_in', instances: 1, serverIds: ['core-0'] }, hosts);
    assert.deepEqual(codes(r), ['serverIds.onCoreScaleIn@parameters.server_ids']);
    assert.equal(
      messageOf(r, 'serverIds.onCoreScaleIn'),
      'server_ids only applies to a task scale-in: on a core scale-in MRS ignores it and removes core nodes of its own choice. Remove server_ids.',
    );
    assert.equal(v11Body(r), undefined, 'nothing to send');
    assert.deepEqual(codes(check(cluster, { scaleType: 'scale_in', instances: 1, serverIds: [] }, hosts)), []);
  });

  it('refuses hosts that are not task hosts of the group, at their index', () => {
    const r = check(
      cluster,
      { group: TASK, scaleType: 'scale_in', instances: 3, serverIds: ['task-1', 'core-0', 'ghost'] },
      hosts,
    );
    assert.deepEqual(codes(r, 'error'), [
      'serverIds.notInGroup@parameters.server_ids[1]',
      'serverIds.notInGroup@parameters.server_ids[2]',
    ]);
    assert.equal(r.problems[0].message, `"core-0" is not a task node of node group ${TASK}.`);
    assert.equal(v11Body(r), undefined);
  });

  it('refuses hosts of another task group', () => {
    const other = taskHosts(1, 'task_node_other_group').map((h) => ({ ...h, id: 'other-0' }));
    const r = check(cluster, { group: TASK, scaleType: 'scale_in', instances: 1, serverIds: ['other-0'] }, [
      ...hosts,
      ...other,
    ]);
    assert.deepEqual(codes(r, 'error'), ['serverIds.notInGroup@parameters.server_ids[0]']);
  });

  it('refuses duplicates at the repeated index', () => {
    const r = check(
      cluster,
      { group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'task-0'] },
      hosts,
    );
    assert.deepEqual(codes(r, 'error'), ['serverIds.duplicate@parameters.server_ids[1]']);
    assert.equal(messageOf(r, 'serverIds.duplicate'), 'Node "task-0" is listed more than once.');
  });

  it('needs as many hosts as instances', () => {
    for (const instances of [1, 3]) {
      const r = check(
        cluster,
        { group: TASK, scaleType: 'scale_in', instances, serverIds: ['task-0', 'task-1'] },
        hosts,
      );
      assert.deepEqual(codes(r, 'error'), ['serverIds.countMismatch@parameters.server_ids'], String(instances));
      assert.equal(
        messageOf(r, 'serverIds.countMismatch'),
        `Chosen nodes: 2; nodes to remove: ${instances}. The numbers must match.`,
      );
    }
  });

  it('says so when the hosts are not known, and still sends the ids', () => {
    const r = check(cluster, { group: TASK, scaleType: 'scale_in', instances: 1, serverIds: ['task-0'] });
    assert.deepEqual(codes(r), ['serverIds.hostsUnknown@parameters.server_ids']);
    assert.equal(r.problems[0].severity, 'warning');
    assert.deepEqual(v11Body(r)?.parameters.server_ids, ['task-0']);
  });

  it('recognises task hosts by type or name when MRS sends no node_group_name', () => {
    const legacy = [
      aHost({ id: 'a', type: 'Analysis_Task', nodeGroupName: undefined }),
      aHost({ id: 'b', type: undefined, name: `${CLUSTER_ID}_node_task_x`, nodeGroupName: undefined }),
      aHost({ id: 'c', type: 'Core', nodeGroupName: undefined }),
    ];
    assert.deepEqual(
      taskHostsOfGroup(legacy, TASK).map((h) => h.id),
      ['a', 'b'],
    );
    const r = check(cluster, { group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['a', 'c'] }, legacy);
    assert.deepEqual(codes(r, 'error'), ['serverIds.notInGroup@parameters.server_ids[1]']);
  });
});
