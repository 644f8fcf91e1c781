import assert from 'node:assert/strict';
import {
  CLUSTER_STATES,
  countByRole,
  findNodeGroup,
  hasScaleError,
  isScaleInProgress,
  isScaling,
  isTransitional,
  isYearlyMonthly,
  roleFromGroupName,
  toClusterState,
} from '../../../../src/core/model/cluster';
import { aCluster, aNodeGroup } from '../../../support/builders';

describe('cluster model helpers', () => {
  it('knows the nine documented states and maps others to unknown', () => {
    assert.equal(CLUSTER_STATES.length, 9);
    for (const s of CLUSTER_STATES) {
      assert.equal(toClusterState(s), s);
    }
    assert.equal(toClusterState(' Running '), 'running');
    assert.equal(toClusterState('existing'), 'unknown');
    assert.equal(toClusterState(undefined), 'unknown');
  });

  it('derives the role from the group name', () => {
    assert.equal(roleFromGroupName('master_node_default_group'), 'master');
    assert.equal(roleFromGroupName('core_node_streaming_group'), 'core');
    assert.equal(roleFromGroupName('task_node_analysis_group'), 'task');
    assert.equal(roleFromGroupName('Task_Node_Default_Group'), 'task');
    assert.equal(roleFromGroupName('node_group_1'), 'core');
    assert.equal(roleFromGroupName('node_group_1', true), 'task');
    assert.equal(roleFromGroupName('my_master_nodes'), 'master');
  });

  it('tells scaling from state or scale, and a failed last resize', () => {
    assert.ok(isScaling(aCluster({ state: 'scaling-out' })));
    assert.ok(isScaling(aCluster({ state: 'running', scale: 'scaling-in' })));
    assert.ok(!isScaling(aCluster({ state: 'running', scale: 'scaling-error' })));
    assert.ok(!isScaleInProgress('scaled-up-success'));
    assert.ok(!isScaleInProgress(undefined));
    assert.ok(hasScaleError(aCluster({ scale: 'scaling-error' })));
    assert.ok(!hasScaleError(aCluster()));
  });

  it('marks the states that change on their own', () => {
    assert.deepEqual(CLUSTER_STATES.filter(isTransitional), ['starting', 'scaling-out', 'scaling-in', 'terminating']);
  });

  it('counts nodes per role and finds groups by name', () => {
    const groups = [
      aNodeGroup({ role: 'task', name: 't1', nodeCount: 2 }),
      aNodeGroup({ role: 'task', name: 't2', nodeCount: 3 }),
      aNodeGroup(),
    ];
    assert.equal(countByRole(groups, 'task'), 5);
    assert.equal(countByRole(groups, 'master'), 0);
    assert.equal(findNodeGroup(aCluster({ nodeGroups: groups }), 't2')?.nodeCount, 3);
    assert.equal(findNodeGroup(aCluster({ nodeGroups: groups }), 'T2'), undefined);
  });

  it('detects yearly/monthly clusters', () => {
    assert.ok(
      isYearlyMonthly(aCluster({ billing: { mode: 'yearlyMonthly', period: 'yearly', billingType: 'Yearly' } })),
    );
    assert.ok(!isYearlyMonthly(aCluster()));
  });
});
