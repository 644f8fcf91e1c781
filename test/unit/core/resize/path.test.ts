// Diagnostic paths are keys and indexes; formatPath is the one way to print them.
import assert from 'node:assert/strict';
import { RESIZE_PATHS, formatPath, isPathWithin } from '../../../../src/core/resize/rules';
import { TASK, check, clusterOf, taskHosts } from './clusters';

describe('resize rules: problem paths', () => {
  it('prints keys with dots and indexes in brackets, the cluster as a whole as ""', () => {
    assert.equal(formatPath(['parameters', 'server_ids', 1]), 'parameters.server_ids[1]');
    assert.equal(formatPath(['parameters', 'task_node_info', 'node_size']), 'parameters.task_node_info.node_size');
    assert.equal(formatPath([]), '');
    assert.equal(formatPath([0, 'a']), '[0].a');
  });

  it('quotes keys that are not identifiers, so the printed path stays unambiguous', () => {
    assert.equal(formatPath(['parameters', 'a.b', 'c d']), 'parameters["a.b"]["c d"]');
    assert.equal(formatPath(['1x']), '["1x"]');
  });

  it('tells a path within another (a field and its sub-fields) by keys, not by text', () => {
    assert.equal(isPathWithin(RESIZE_PATHS.volumeSize, RESIZE_PATHS.taskNodeInfo), true);
    assert.equal(isPathWithin(RESIZE_PATHS.instances, RESIZE_PATHS.instances), true);
    assert.equal(isPathWithin(RESIZE_PATHS.taskNodeInfo, RESIZE_PATHS.volumeSize), false);
    assert.equal(isPathWithin(['parameters', 'instances_x'], RESIZE_PATHS.instances), false);
    assert.equal(isPathWithin(RESIZE_PATHS.instances, RESIZE_PATHS.cluster), true);
  });

  it('points at an element of server_ids with a number index', () => {
    const r = check(
      clusterOf({ task: 3 }),
      { group: TASK, scaleType: 'scale_in', instances: 2, serverIds: ['task-0', 'ghost'] },
      taskHosts(3),
    );
    assert.deepEqual(
      r.problems.map((d) => d.path),
      [['parameters', 'server_ids', 1]],
    );
  });

  it('gives problems about the cluster as a whole the empty path', () => {
    const r = check(clusterOf({ cluster: { state: 'frozen', stateText: 'frozen' } }));
    assert.deepEqual(
      r.problems.map((d) => d.path),
      [[]],
    );
  });
});
