// Whether a node group can be scaled one way now (the tree's menus, a flow opened on a group), and
// why not, from the same rules as checkResize.
import assert from 'node:assert/strict';
import { canScale, scaleBlocker, withNodeLimit } from '../../../../src/core/resize/rules';
import { englishTranslate as t } from '../../../../src/core/translate';
import { aHost, aNodeGroup } from '../../../support/builders';
import { CORE, TASK, clusterOf } from './clusters';

const STREAMING = 'core_node_streaming_group';

describe('resize rules: canScale', () => {
  it('allows what the limits allow', () => {
    const cluster = clusterOf({ core: 4, task: 2 });
    for (const [group, type] of [
      [CORE, 'scale_out'],
      [CORE, 'scale_in'],
      [TASK, 'scale_out'],
      [TASK, 'scale_in'],
    ] as const) {
      assert.equal(canScale(cluster, group, type), true, `${group} ${type}`);
      assert.equal(scaleBlocker(cluster, group, type, t), undefined);
    }
  });

  it('refuses a core scale-in that would leave fewer than 3 core nodes', () => {
    assert.equal(canScale(clusterOf({ core: 3 }), CORE, 'scale_in'), false);
    assert.equal(
      scaleBlocker(clusterOf({ core: 3 }), CORE, 'scale_in', t),
      'No core nodes can be removed: at least 3 must remain, and the cluster has 3.',
    );
  });

  it('refuses to empty a core group of a hybrid cluster', () => {
    const hybrid = clusterOf({ core: 5, extra: [aNodeGroup({ role: 'core', name: STREAMING, nodeCount: 1 })] });
    assert.equal(canScale(hybrid, STREAMING, 'scale_in'), false);
    assert.equal(
      scaleBlocker(hybrid, STREAMING, 'scale_in', t),
      `No core nodes can be removed from node group ${STREAMING}: a core node group keeps at least one node, and it has 1.`,
    );
    assert.equal(canScale(hybrid, CORE, 'scale_in'), true);
  });

  it('refuses a scale-in of an empty task group, and of one not created yet, saying there are no task nodes', () => {
    assert.equal(
      scaleBlocker(clusterOf({ task: 0 }), TASK, 'scale_in', t),
      `Node group ${TASK} has no task nodes to remove.`,
    );
    assert.equal(
      scaleBlocker(clusterOf(), 'task_node_default_group', 'scale_in', t),
      'The cluster has no task nodes to remove.',
    );
    assert.equal(canScale(clusterOf(), 'task_node_default_group', 'scale_in'), false);
    assert.equal(canScale(clusterOf(), 'task_node_default_group', 'scale_out'), true);
  });

  it('refuses a scale-out at 500 core and task nodes, saying technical support can raise the limit', () => {
    assert.equal(
      scaleBlocker(clusterOf({ core: 450, task: 50 }), TASK, 'scale_out', t),
      'No nodes can be added: core and task nodes together are limited to 500, and the cluster has 500. Technical support can raise the limit; then set it with the mrs.resize.maxNodes setting or mrs-resize --max-nodes.',
    );
  });

  it('lets a cluster above 500 scale out up to the raised limit set for it, and names that limit when full', () => {
    const above = clusterOf({ core: 3, task: 517 });
    assert.equal(canScale(above, TASK, 'scale_out'), false);
    assert.equal(
      scaleBlocker(above, TASK, 'scale_out', t),
      'No nodes can be added: the cluster has 520 core and task nodes, more than the default limit of 500, so technical support raised its limit. Set the raised limit with the mrs.resize.maxNodes setting or mrs-resize --max-nodes to add nodes.',
    );
    assert.equal(canScale(withNodeLimit(above, 800), TASK, 'scale_out'), true);
    assert.equal(canScale(withNodeLimit(above, 800), CORE, 'scale_out'), true);
    assert.equal(
      scaleBlocker(withNodeLimit(above, 520), TASK, 'scale_out', t),
      'No nodes can be added: core and task nodes together are limited to 520, the raised limit set for this cluster, and the cluster has 520.',
    );
  });

  it('refuses whatever the group when the cluster cannot be resized, or the group is not resizable', () => {
    const frozen = clusterOf({ core: 5, cluster: { state: 'frozen', stateText: 'frozen' } });
    assert.equal(canScale(frozen, CORE, 'scale_out'), false);
    assert.match(scaleBlocker(frozen, CORE, 'scale_out', t) ?? '', /frozen/);
    const down = [aHost({ status: 'SHUTOFF' })];
    assert.equal(canScale(clusterOf({ core: 5 }), CORE, 'scale_out', down), false);
    assert.equal(
      canScale(clusterOf(), 'master_node_default_group', 'scale_out'),
      true,
      'the v2 expand adds master nodes',
    );
    assert.equal(canScale(clusterOf(), 'master_node_default_group', 'scale_in'), false, 'nothing removes them');
    assert.equal(canScale(clusterOf(), 'nope', 'scale_out'), false);
  });
});
