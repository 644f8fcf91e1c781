// node_group: real names are sent; the doc's aliases resolve to the cluster's real group; master is refused.
import assert from 'node:assert/strict';
import { isGroupAlias } from '../../../../src/core/resize/rules';
import { aNodeGroup } from '../../../support/builders';
import { CORE, TASK, check, clusterOf, codes, messageOf } from './clusters';
import { v11Body } from './v11Body';

describe('resize rules: node group', () => {
  it('sends the real name of a group named as such, without a note', () => {
    const r = check(clusterOf(), { group: CORE });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.group && { role: r.group.role, name: r.group.name, alias: r.group.alias }, {
      role: 'core',
      name: CORE,
      alias: undefined,
    });
    assert.equal(v11Body(r)?.parameters.node_group, CORE);
  });

  it('takes an empty group (the API default) as the core group', () => {
    for (const group of ['', '   ']) {
      const r = check(clusterOf(), { group });
      assert.equal(v11Body(r)?.parameters.node_group, CORE);
      assert.deepEqual(codes(r), []);
    }
  });

  it('resolves core_node_default_group to the real core group, with an info', () => {
    const r = check(clusterOf(), { group: 'core_node_default_group' });
    assert.equal(v11Body(r)?.parameters.node_group, CORE);
    assert.deepEqual(codes(r), ['group.alias@parameters.node_group']);
    assert.equal(
      messageOf(r, 'group.alias'),
      `"core_node_default_group" is sent as "${CORE}", the real name of this node group.`,
    );
  });

  it('resolves task_node_default_group to the real task group', () => {
    const r = check(clusterOf({ task: 2 }), { group: 'task_node_default_group' });
    assert.equal(r.group?.role, 'task');
    assert.equal(v11Body(r)?.parameters.node_group, TASK);
    assert.deepEqual(codes(r), ['group.alias@parameters.node_group']);
  });

  it('keeps the doc name for a first task group, which the scale-out creates', () => {
    const info = { nodeSize: 's3.xlarge.2.linux.bigdata' };
    const r = check(clusterOf(), { group: 'task_node_default_group', taskNodeInfo: info });
    assert.equal(r.group?.name, 'task_node_default_group');
    assert.equal(r.group?.group, undefined);
    assert.deepEqual(codes(r), ['group.newTask@parameters.node_group']);
    assert.equal(v11Body(r)?.parameters.node_group, 'task_node_default_group');
    assert.equal(r.change?.text, '0 → 1 task nodes');
  });

  it('does not treat a real group named like an alias as an alias', () => {
    const named = clusterOf({ extra: [aNodeGroup({ role: 'task', name: 'task_node_default_group', nodeCount: 1 })] });
    const r = check(named, { group: 'task_node_default_group' });
    assert.deepEqual(codes(r), []);
    assert.equal(r.group?.group?.nodeCount, 1);
  });

  it('refuses the scale-in of master groups, by real name or doc name: nothing removes master nodes', () => {
    for (const group of ['master_node_default_group', 'master_node_analysis_group']) {
      const r = check(clusterOf(), { group, scaleType: 'scale_in', instances: 1 });
      assert.deepEqual(codes(r, 'error'), ['group.masterScaleIn@parameters.node_group'], group);
      assert.equal(r.group, undefined);
      assert.equal(r.call, undefined);
    }
    assert.equal(
      messageOf(
        check(clusterOf(), { group: 'master_node_default_group', scaleType: 'scale_in' }),
        'group.masterScaleIn',
      ),
      'Master nodes cannot be removed: MRS only scales master node groups out. Choose a core or task node group.',
    );
  });

  it('scales a master group out with the v2 expand, every switch explicit, with its warning and the call named', () => {
    const cluster = clusterOf();
    const master = cluster.nodeGroups.find((g) => g.role === 'master');
    assert.ok(master);
    for (const group of [master.name, 'master_node_default_group']) {
      const r = check(cluster, { group, scaleType: 'scale_out', instances: 2 });
      assert.deepEqual(codes(r, 'error'), [], group);
      assert.deepEqual(r.call, {
        kind: 'expand',
        body: { node_group_name: master.name, count: 2, skip_bootstrap_scripts: false, scale_without_start: false },
      });
      assert.deepEqual(codes(r, 'warning'), ['group.masterScaleOut@parameters.node_group']);
      assert.ok(codes(r, 'info').includes('call.v2@'), codes(r, 'info').join());
      assert.equal(r.change?.text, `${master.nodeCount} → ${master.nodeCount + 2} master nodes`);
    }
  });

  it('calls an unknown name unknown even when it starts with "master"', () => {
    for (const group of ['master_like_core', 'master', 'masters_of_core', 'Master_node_default_group']) {
      const r = check(clusterOf(), { group });
      assert.deepEqual(codes(r, 'error'), ['group.unknown@parameters.node_group'], group);
      assert.equal(messageOf(r, 'group.unknown'), `The cluster has no node group named "${group}".`);
    }
  });

  it('knows the master group by its role on the cluster, whatever its name', () => {
    const custom = clusterOf({ extra: [aNodeGroup({ role: 'master', name: 'mgmt', nodeCount: 1 })] });
    const out = check(custom, { group: 'mgmt', scaleType: 'scale_out', instances: 1 });
    assert.equal(out.call?.kind, 'expand');
    const inward = check(custom, { group: 'mgmt', scaleType: 'scale_in', instances: 1 });
    assert.deepEqual(codes(inward, 'error'), ['group.masterScaleIn@parameters.node_group']);
  });

  it('takes a core group named like a master group as the core group it is', () => {
    const odd = clusterOf({ extra: [aNodeGroup({ role: 'core', name: 'master_node_x_group', nodeCount: 2 })] });
    assert.deepEqual(codes(check(odd, { group: 'master_node_x_group' }), 'error'), []);
  });

  it('gives a task scale-in of a cluster without task nodes one error, not "creates it" and "at most 0"', () => {
    for (const [cluster, group, message] of [
      [clusterOf(), 'task_node_default_group', 'The cluster has no task nodes to remove.'],
      [clusterOf({ task: 0 }), TASK, `Node group ${TASK} has no task nodes to remove.`],
      [clusterOf({ task: 0 }), 'task_node_default_group', `Node group ${TASK} has no task nodes to remove.`],
    ] as const) {
      for (const instances of [1, 3]) {
        const r = check(cluster, { group, scaleType: 'scale_in', instances });
        const expected = ['group.noTaskNodes@parameters.node_group'];
        const withAlias = group === 'task_node_default_group' && cluster.nodeGroups.some((g) => g.role === 'task');
        assert.deepEqual(codes(r), withAlias ? ['group.alias@parameters.node_group', ...expected] : expected, group);
        assert.equal(messageOf(r, 'group.noTaskNodes'), message);
        assert.equal(v11Body(r), undefined);
      }
    }
  });

  it('refuses a group the cluster does not have', () => {
    const r = check(clusterOf(), { group: 'task_node_streaming_group' });
    assert.deepEqual(codes(r, 'error'), ['group.unknown@parameters.node_group']);
    assert.equal(messageOf(r, 'group.unknown'), 'The cluster has no node group named "task_node_streaming_group".');
  });

  it('refuses the core alias on a cluster without a core group', () => {
    const r = check(
      clusterOf({
        cluster: { nodeGroups: [aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 1 })] },
      }),
      { group: '' },
    );
    assert.deepEqual(codes(r, 'error'), ['group.noCore@parameters.node_group']);
  });

  it('still checks instances when the group is refused', () => {
    assert.deepEqual(codes(check(clusterOf(), { group: 'nope', instances: 0 }), 'error'), [
      'group.unknown@parameters.node_group',
      'instances.notPositiveInteger@parameters.instances',
    ]);
  });

  it('knows the aliases', () => {
    assert.equal(isGroupAlias('core_node_default_group'), true);
    assert.equal(isGroupAlias('task_node_default_group'), true);
    assert.equal(isGroupAlias(CORE), false);
  });
});
