import * as assert from 'node:assert/strict';
import type { NodeGroupRole } from '../../../../src/core/model/cluster';
import { groupQualifier } from '../../../../src/core/model/groupNames';

const g = (role: NodeGroupRole, name: string) => ({ role, name });

describe('group qualifiers', () => {
  const hybrid = [
    g('master', 'master_node_default_group'),
    g('core', 'core_node_analysis_group'),
    g('core', 'core_node_streaming_group'),
    g('task', 'node_group_batch'),
  ];

  it('needs none where the role alone names the group', () => {
    const plain = [g('master', 'master_node_default_group'), g('core', 'core_node_analysis_group')];
    assert.deepEqual(
      plain.map((x) => groupQualifier(x, plain)),
      [undefined, undefined],
    );
  });

  it('gives the family where a role has several groups, and a custom name whole', () => {
    assert.deepEqual(
      hybrid.map((x) => groupQualifier(x, hybrid)),
      [undefined, 'analysis', 'streaming', 'node_group_batch'],
    );
  });

  it('gives a default group sharing its role its whole name', () => {
    const two = [g('task', 'task_node_default_group'), g('task', 'task_node_analysis_group')];
    assert.deepEqual(
      two.map((x) => groupQualifier(x, two)),
      ['task_node_default_group', 'analysis'],
    );
  });
});
