// task_node_info: sent on every task scale-out from zero (from the empty task group when not given,
// else required), forbidden while task nodes exist, only sent on a task scale-out, values within
// the doc's ranges.
import assert from 'node:assert/strict';
import { taskNodeInfoDefaults, type TaskNodeInfoDraft } from '../../../../src/core/resize/rules';
import { aNodeGroup } from '../../../support/builders';
import { TASK, check, clusterOf, codes, messageOf } from './clusters';
import { v11Body } from './v11Body';

const FLAVOR = 's3.xlarge.2.linux.bigdata';
const NEW_TASK = 'task_node_default_group';

function taskOut(info: Partial<TaskNodeInfoDraft> | undefined, shape = {}) {
  const taskNodeInfo = info === undefined ? undefined : { nodeSize: FLAVOR, ...info };
  return check(clusterOf(shape), { group: NEW_TASK, instances: 2, taskNodeInfo });
}

describe('resize rules: task_node_info', () => {
  it('is required for a task scale-out when the cluster has no task group', () => {
    const r = taskOut(undefined);
    assert.deepEqual(codes(r, 'error'), ['taskNodeInfo.required@parameters.task_node_info']);
    assert.equal(
      messageOf(r, 'taskNodeInfo.required'),
      'The cluster has no task nodes: enter the flavor and disks of the new task nodes (task_node_info).',
    );
    assert.equal(v11Body(r), undefined);
  });

  it('is required when the empty task group tells no flavor', () => {
    const r = check(clusterOf({ task: 0, taskFlavor: undefined }), { group: TASK, instances: 1 });
    assert.deepEqual(codes(r, 'error'), ['taskNodeInfo.required@parameters.task_node_info']);
  });

  it('is taken from the empty task group when not given: its flavor and disks are sent', () => {
    const r = check(clusterOf({ task: 0 }), { group: TASK, instances: 1 });
    assert.deepEqual(codes(r), ['taskNodeInfo.flavorFromGroup@parameters.task_node_info']);
    assert.equal(
      messageOf(r, 'taskNodeInfo.flavorFromGroup'),
      `New task nodes get the flavor and disks of the empty node group ${TASK}: ${FLAVOR} · 1 × 100 GB SATA.`,
    );
    assert.deepEqual(v11Body(r)?.parameters.task_node_info, {
      node_size: FLAVOR,
      data_volume_type: 'SATA',
      data_volume_count: 1,
      data_volume_size: 100,
    });
  });

  it('prefills from the empty task group, leaving out disk values the doc refuses', () => {
    const group = aNodeGroup({
      role: 'task',
      name: TASK,
      nodeCount: 0,
      dataVolume: { type: 'NVME', count: 0, sizeGb: 200 },
    });
    const cluster = clusterOf({ extra: [group] });
    assert.deepEqual(taskNodeInfoDefaults(cluster), { nodeSize: FLAVOR, dataVolumeSize: 200 });
    assert.deepEqual(v11Body(check(cluster, { group: TASK, instances: 1 }))?.parameters.task_node_info, {
      node_size: FLAVOR,
      data_volume_size: 200,
    });
    assert.equal(taskNodeInfoDefaults(clusterOf()), undefined, 'no task group');
    assert.equal(taskNodeInfoDefaults(clusterOf({ task: 0, taskFlavor: undefined })), undefined, 'no flavor');
    assert.equal(taskNodeInfoDefaults(clusterOf({ task: 2 })), undefined, 'task nodes exist');
  });

  it("sends what the draft gives rather than the empty group's values", () => {
    const r = check(clusterOf({ task: 0 }), {
      group: TASK,
      instances: 1,
      taskNodeInfo: { nodeSize: 'other', dataVolumeType: 'SSD' },
    });
    assert.deepEqual(codes(r), []);
    assert.deepEqual(v11Body(r)?.parameters.task_node_info, { node_size: 'other', data_volume_type: 'SSD' });
  });

  it('is sent with integers when given for a task scale-out from zero', () => {
    const r = taskOut({ dataVolumeType: 'SATA', dataVolumeCount: '2', dataVolumeSize: 200 });
    assert.deepEqual(codes(r, 'error'), []);
    assert.deepEqual(v11Body(r)?.parameters.task_node_info, {
      node_size: FLAVOR,
      data_volume_type: 'SATA',
      data_volume_count: 2,
      data_volume_size: 200,
    });
  });

  it('leaves blank optional fields out', () => {
    const r = taskOut({ nodeSize: ` ${FLAVOR} `, dataVolumeType: '', dataVolumeCount: '', dataVolumeSize: ' ' });
    assert.deepEqual(v11Body(r)?.parameters.task_node_info, { node_size: FLAVOR });
  });

  it('is forbidden while the cluster has task nodes', () => {
    const r = check(clusterOf({ task: 2 }), { group: TASK, instances: 1, taskNodeInfo: { nodeSize: FLAVOR } });
    assert.deepEqual(codes(r, 'error'), ['taskNodeInfo.forbidden@parameters.task_node_info']);
    assert.equal(
      messageOf(r, 'taskNodeInfo.forbidden'),
      'Task node info can only be given while the cluster has no task nodes (it has 2).',
    );
  });

  it('is forbidden on a core resize too while task nodes exist', () => {
    const r = check(clusterOf({ task: 1 }), { instances: 1, taskNodeInfo: { nodeSize: FLAVOR } });
    assert.deepEqual(codes(r, 'error'), ['taskNodeInfo.forbidden@parameters.task_node_info']);
  });

  it('is ignored (warning, not sent) on a core scale-out and on a scale-in', () => {
    const core = check(clusterOf(), { instances: 1, taskNodeInfo: { nodeSize: FLAVOR } });
    assert.deepEqual(codes(core), ['taskNodeInfo.ignored@parameters.task_node_info']);
    assert.equal(core.problems[0].severity, 'warning');
    assert.equal(v11Body(core)?.parameters.task_node_info, undefined);
    const coreIn = check(clusterOf({ core: 4 }), {
      scaleType: 'scale_in',
      instances: 1,
      taskNodeInfo: { nodeSize: '' },
    });
    assert.deepEqual(codes(coreIn), ['taskNodeInfo.ignored@parameters.task_node_info'], 'no field checks when ignored');
    assert.ok(v11Body(coreIn) && !('task_node_info' in (v11Body(coreIn)?.parameters ?? {})));
  });

  it('needs a flavor', () => {
    for (const nodeSize of ['', '  ']) {
      assert.deepEqual(codes(taskOut({ nodeSize }), 'error'), [
        'taskNodeInfo.nodeSizeMissing@parameters.task_node_info.node_size',
      ]);
    }
  });

  it('accepts the doc volume types and GPSSD (with an info); refuses others', () => {
    for (const type of ['SATA', 'SAS', 'SSD']) {
      assert.deepEqual(codes(taskOut({ dataVolumeType: type })), ['group.newTask@parameters.node_group'], type);
    }
    const gpssd = taskOut({ dataVolumeType: 'GPSSD' });
    assert.deepEqual(codes(gpssd, 'info'), [
      'group.newTask@parameters.node_group',
      'taskNodeInfo.volumeTypeNotDocumented@parameters.task_node_info.data_volume_type',
    ]);
    assert.deepEqual(codes(gpssd, 'error'), []);
    assert.equal(
      messageOf(gpssd, 'taskNodeInfo.volumeTypeNotDocumented'),
      'GPSSD (general-purpose SSD) is not in the resize API documentation, which lists SATA, SAS and SSD; the official SDK accepts it.',
    );
    assert.equal(v11Body(gpssd)?.parameters.task_node_info?.data_volume_type, 'GPSSD');
    for (const type of ['ssd', 'NVME', 'ESSD']) {
      const r = taskOut({ dataVolumeType: type });
      assert.deepEqual(codes(r, 'error'), ['taskNodeInfo.volumeType@parameters.task_node_info.data_volume_type'], type);
      assert.equal(messageOf(r, 'taskNodeInfo.volumeType'), 'The data disk type must be SATA, SAS, SSD or GPSSD.');
    }
  });

  it('accepts 1 to 10 data disks, at the edges, and refuses beyond', () => {
    for (const count of [1, 10, '10']) {
      assert.deepEqual(codes(taskOut({ dataVolumeCount: count }), 'error'), [], String(count));
    }
    for (const count of [0, 11, 1.5, -1, 'x']) {
      const r = taskOut({ dataVolumeCount: count });
      assert.deepEqual(
        codes(r, 'error'),
        ['taskNodeInfo.volumeCount@parameters.task_node_info.data_volume_count'],
        String(count),
      );
      assert.equal(
        messageOf(r, 'taskNodeInfo.volumeCount'),
        'The number of data disks must be a whole number from 1 to 10.',
      );
    }
  });

  it('accepts 100 to 32000 GB per disk, at the edges, and refuses beyond', () => {
    for (const size of [100, 32000, '100']) {
      assert.deepEqual(codes(taskOut({ dataVolumeSize: size }), 'error'), [], String(size));
    }
    for (const size of [99, 32001, 150.5, 0]) {
      const r = taskOut({ dataVolumeSize: size });
      assert.deepEqual(
        codes(r, 'error'),
        ['taskNodeInfo.volumeSize@parameters.task_node_info.data_volume_size'],
        String(size),
      );
      assert.equal(
        messageOf(r, 'taskNodeInfo.volumeSize'),
        'The data disk size must be a whole number of GB from 100 to 32000.',
      );
    }
  });

  it('reports every bad field at once', () => {
    const r = taskOut({ nodeSize: '', dataVolumeType: 'X', dataVolumeCount: 0, dataVolumeSize: 1 });
    assert.equal(codes(r, 'error').length, 4);
  });
});
