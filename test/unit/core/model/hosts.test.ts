import * as assert from 'node:assert/strict';
import { hostsOfGroup, roleOfHost, roleOfHostType } from '../../../../src/core/model/hosts';
import { aHost } from '../../../support/builders';

describe('hosts of a node group', () => {
  it('maps every documented host type to a role', () => {
    assert.equal(roleOfHostType('Master'), 'master');
    assert.equal(roleOfHostType('MasterNode'), 'master');
    assert.equal(roleOfHostType('Core'), 'core');
    assert.equal(roleOfHostType('Analysis_Core'), 'core');
    assert.equal(roleOfHostType('Streaming_Task'), 'task');
    assert.equal(roleOfHostType('TaskNode'), 'task');
    assert.equal(roleOfHostType(undefined), undefined);
  });

  it('prefers node_group_name, so two task groups stay apart', () => {
    const hosts = [
      aHost({ id: '1', name: 'b', type: 'Task', nodeGroupName: 'task_node_analysis_group' }),
      aHost({ id: '2', name: 'a', type: 'Task', nodeGroupName: 'task_node_streaming_group' }),
      aHost({ id: '3', name: 'c', type: 'Core', nodeGroupName: undefined }),
    ];
    assert.deepEqual(
      hostsOfGroup(hosts, 'task_node_analysis_group', 'task').map((h) => h.id),
      ['1'],
    );
    assert.deepEqual(
      hostsOfGroup(hosts, 'core_node_analysis_group', 'core').map((h) => h.id),
      ['3'],
    );
  });

  it('falls back to the host name when MRS sends neither group nor type', () => {
    assert.equal(roleOfHost({ type: undefined, name: 'abc_node_task_X1' }), 'task');
    assert.equal(roleOfHost({ type: '', name: 'abc_node_master1_X1' }), 'master');
    assert.equal(roleOfHost({ type: undefined, name: 'custom-7' }), undefined);
  });

  it('places hosts of a hybrid cluster by the family in their type, and never guesses', () => {
    const hosts = [
      aHost({ id: 'a1', name: 'x_node_task_1', type: 'Analysis_Task' }),
      aHost({ id: 's1', name: 'x_node_task_2', type: 'Streaming_Task' }),
      aHost({ id: 'u1', name: 'x_node_task_3', type: 'Task' }),
    ];
    assert.deepEqual(
      hostsOfGroup(hosts, 'task_node_analysis_group', 'task', 2).map((h) => h.id),
      ['a1'],
    );
    assert.deepEqual(
      hostsOfGroup(hosts, 'task_node_streaming_group', 'task', 2).map((h) => h.id),
      ['s1'],
    );
    assert.deepEqual(
      hostsOfGroup(hosts, 'task_node_analysis_group', 'task', 1).map((h) => h.id),
      ['a1', 'u1'],
      'one task group: the plain Task host is its',
    );
  });

  it('sorts by name', () => {
    const hosts = [aHost({ id: '1', name: 'z', type: 'Core' }), aHost({ id: '2', name: 'a', type: 'Core' })];
    assert.deepEqual(
      hostsOfGroup(hosts, 'core', 'core').map((h) => h.name),
      ['a', 'z'],
    );
  });
});
