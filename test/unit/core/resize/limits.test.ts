// instances: a positive integer, within 500 − (core + task) out, core ≥ 3 and task ≥ 0 in.
import assert from 'node:assert/strict';
import { instanceLimits, parseInstances, resolveGroup } from '../../../../src/core/resize/rules';
import { englishTranslate } from '../../../../src/core/translate';
import { aNodeGroup } from '../../../support/builders';
import { CORE, TASK, check, clusterOf, codes, messageOf } from './clusters';
import { v11Body } from './v11Body';

const STREAMING = 'core_node_streaming_group';

describe('resize rules: instances', () => {
  for (const good of [1, 2, '2', ' 3 ', 7.0]) {
    it(`accepts ${JSON.stringify(good)} and sends an integer`, () => {
      const r = check(clusterOf({ core: 5 }), { instances: good });
      assert.deepEqual(codes(r, 'error'), []);
      assert.equal(v11Body(r)?.parameters.instances, Number(good));
      assert.equal(typeof v11Body(r)?.parameters.instances, 'number');
    });
  }

  for (const bad of [
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    -(2 ** 60),
    '',
    ' ',
    '0',
    '-1',
    '1.5',
    '1e2',
    '0x2',
    'two',
    '+1',
  ]) {
    it(`refuses ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)} as not a positive integer`, () => {
      const r = check(clusterOf(), { instances: bad });
      assert.deepEqual(codes(r, 'error'), ['instances.notPositiveInteger@parameters.instances']);
      assert.equal(messageOf(r, 'instances.notPositiveInteger'), 'Enter a whole number of nodes greater than 0.');
      assert.equal(v11Body(r), undefined);
      assert.equal(r.change, undefined);
    });
  }

  it('parses like the API: integers and their decimal text only', () => {
    assert.equal(parseInstances('12'), 12);
    assert.equal(parseInstances(null), undefined);
    assert.equal(parseInstances(true), undefined);
    assert.equal(parseInstances([1]), undefined);
  });

  it('core 5 → scale in 2 is allowed, 3 is refused (at least 3 core nodes remain)', () => {
    assert.deepEqual(codes(check(clusterOf({ core: 5 }), { scaleType: 'scale_in', instances: 2 }), 'error'), []);
    const r = check(clusterOf({ core: 5 }), { scaleType: 'scale_in', instances: 3 });
    assert.deepEqual(codes(r, 'error'), ['instances.belowCoreMinimum@parameters.instances']);
    assert.equal(
      messageOf(r, 'instances.belowCoreMinimum'),
      'Core nodes that can be removed: at most 2 (at least 3 must remain, and the cluster has 5).',
    );
    assert.equal(v11Body(r), undefined);
    assert.deepEqual(r.change, { role: 'core', from: 5, to: 2, text: '5 → 2 core nodes' });
  });

  it('core 3 → no core node can be removed', () => {
    const r = check(clusterOf({ core: 3 }), { scaleType: 'scale_in', instances: 1 });
    assert.deepEqual(codes(r, 'error'), ['instances.belowCoreMinimum@parameters.instances']);
    assert.deepEqual(r.limits?.scaleIn, { min: 1, max: 0 });
  });

  it('total 498 → scale out 2 is allowed, 3 is refused (core + task ≤ 500)', () => {
    const cluster = clusterOf({ core: 495, task: 3 });
    for (const group of [CORE, TASK]) {
      assert.deepEqual(codes(check(cluster, { group, instances: 2 }), 'error'), [], group);
      const r = check(cluster, { group, instances: 3 });
      assert.deepEqual(codes(r, 'error'), ['instances.aboveTotalLimit@parameters.instances'], group);
      assert.equal(
        messageOf(r, 'instances.aboveTotalLimit'),
        'Nodes that can be added: at most 2 here (core and task nodes together are limited to 500, and the cluster has 498). Technical support can raise the limit; then set it with the mrs.resize.maxNodes setting or mrs-resize --max-nodes.',
      );
    }
  });

  it('says the limit, not "not a whole number", for a number too large to hold (beyond 2^53)', () => {
    for (const huge of [2 ** 53 + 2, 2 ** 60, 1e300, '9007199254740993', '1' + '0'.repeat(400)]) {
      const r = check(clusterOf(), { instances: huge });
      assert.deepEqual(codes(r, 'error'), ['instances.aboveTotalLimit@parameters.instances'], String(huge));
      assert.equal(
        messageOf(r, 'instances.aboveTotalLimit'),
        'Nodes that can be added: at most 497 here (core and task nodes together are limited to 500, and the cluster has 3). Technical support can raise the limit; then set it with the mrs.resize.maxNodes setting or mrs-resize --max-nodes.',
      );
      assert.equal(v11Body(r), undefined);
      const task = check(clusterOf({ task: 4 }), { group: TASK, scaleType: 'scale_in', instances: huge });
      assert.deepEqual(codes(task, 'error'), ['instances.aboveGroupSize@parameters.instances'], String(huge));
    }
  });

  it('total 500 → nothing can be added', () => {
    const r = check(clusterOf({ core: 500 }), { instances: 1 });
    assert.deepEqual(codes(r, 'error'), ['instances.aboveTotalLimit@parameters.instances']);
    assert.deepEqual(r.limits?.scaleOut, { min: 1, max: 0 });
  });

  it('task 4 → scale in 4 is allowed (down to 0), 5 is refused', () => {
    const cluster = clusterOf({ task: 4 });
    const ok = check(cluster, { group: TASK, scaleType: 'scale_in', instances: 4 });
    assert.deepEqual(codes(ok, 'error'), []);
    assert.equal(ok.change?.text, '4 → 0 task nodes');
    const r = check(cluster, { group: TASK, scaleType: 'scale_in', instances: 5 });
    assert.deepEqual(codes(r, 'error'), ['instances.aboveGroupSize@parameters.instances']);
    assert.equal(
      messageOf(r, 'instances.aboveGroupSize'),
      `Nodes that can be removed from node group ${TASK}: at most 4 (it has 4).`,
    );
  });

  describe('on a hybrid cluster (two core groups)', () => {
    const hybrid = (analysis: number, streaming: number) =>
      clusterOf({ core: analysis, extra: [aNodeGroup({ role: 'core', name: STREAMING, nodeCount: streaming })] });
    const scaleIn = (cluster: ReturnType<typeof hybrid>, group: string, instances: number) =>
      check(cluster, { group, scaleType: 'scale_in', instances });

    it('counts the 3-node minimum on all core nodes of the cluster', () => {
      const cluster = hybrid(3, 2);
      assert.deepEqual(codes(scaleIn(cluster, CORE, 2), 'error'), []);
      const r = scaleIn(cluster, CORE, 3);
      assert.deepEqual(codes(r, 'error'), ['instances.belowCoreMinimum@parameters.instances']);
      assert.equal(
        messageOf(r, 'instances.belowCoreMinimum'),
        'Core nodes that can be removed: at most 2 (at least 3 must remain, and the cluster has 5).',
      );
    });

    it('never empties a core group, even when enough core nodes would remain', () => {
      const cluster = hybrid(4, 2);
      assert.deepEqual(codes(scaleIn(cluster, STREAMING, 1), 'error'), []);
      const r = scaleIn(cluster, STREAMING, 2);
      assert.deepEqual(codes(r, 'error'), ['instances.emptiesCoreGroup@parameters.instances']);
      assert.equal(
        messageOf(r, 'instances.emptiesCoreGroup'),
        `Core nodes that can be removed from node group ${STREAMING}: at most 1 (a core node group keeps at least one node, and it has 2).`,
      );
      assert.deepEqual(r.limits?.scaleIn, { min: 1, max: 1 });
    });

    it('takes the tighter of the two bounds in the limits', () => {
      assert.deepEqual(check(hybrid(3, 2), { group: STREAMING }).limits?.scaleIn, { min: 1, max: 1 });
      assert.deepEqual(check(hybrid(3, 2), { group: CORE }).limits?.scaleIn, { min: 1, max: 2 });
      assert.deepEqual(check(hybrid(2, 1), { group: STREAMING }).limits?.scaleIn, { min: 1, max: 0 });
      assert.deepEqual(check(hybrid(6, 6), { group: CORE }).limits?.scaleIn, { min: 1, max: 5 });
    });
  });

  it('reports the limits of both directions for the chosen group', () => {
    const cluster = clusterOf({ core: 5, task: 2 });
    assert.deepEqual(check(cluster, { group: CORE }).limits, {
      scaleOut: { min: 1, max: 493 },
      scaleIn: { min: 1, max: 2 },
    });
    assert.deepEqual(check(cluster, { group: TASK }).limits, {
      scaleOut: { min: 1, max: 493 },
      scaleIn: { min: 1, max: 2 },
    });
    const group = resolveGroup(cluster, TASK, englishTranslate).group;
    assert.ok(group);
    assert.deepEqual(instanceLimits(cluster, group), { scaleOut: { min: 1, max: 493 }, scaleIn: { min: 1, max: 2 } });
  });

  it('describes the change as "3 → 5 core nodes"', () => {
    assert.deepEqual(check(clusterOf(), { instances: 2 }).change, {
      role: 'core',
      from: 3,
      to: 5,
      text: '3 → 5 core nodes',
    });
    assert.equal(check(clusterOf({ task: 0 }), { group: TASK, instances: '2' }).change?.text, '0 → 2 task nodes');
  });
});
