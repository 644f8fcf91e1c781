// The 500 core + task limit that technical support can raise (doc 表4): the user sets the raised limit
// (a setting, --max-nodes), it travels on the facts, and every message names the limit in force.
import assert from 'node:assert/strict';
import {
  clusterFactsOf,
  nodeLimitFor,
  nodeLimitOf,
  readingWithNodeLimit,
  withNodeLimit,
} from '../../../../src/core/resize/rules';
import { CORE, TASK, check, clusterOf, codes, messageOf } from './clusters';
import { v11Body } from './v11Body';

describe('resize rules: the raised core + task limit', () => {
  const above = clusterOf({ core: 3, task: 517 });

  it('refuses any scale-out of a cluster above 500 without a raised limit, saying how to set it', () => {
    const r = check(above, { group: TASK, instances: 1 });
    assert.deepEqual(codes(r, 'error'), ['instances.aboveTotalLimit@parameters.instances']);
    assert.equal(
      messageOf(r, 'instances.aboveTotalLimit'),
      'No nodes can be added: the cluster has 520 core and task nodes, more than the default limit of 500, so technical support raised its limit. Set the raised limit with the mrs.resize.maxNodes setting or mrs-resize --max-nodes to add nodes.',
    );
  });

  it('lets a cluster above 500 scale out up to its raised limit, and names that limit beyond it', () => {
    const raised = withNodeLimit(above, 800);
    for (const group of [CORE, TASK]) {
      const ok = check(raised, { group, instances: 280 });
      assert.deepEqual(codes(ok, 'error'), [], group);
      assert.equal(v11Body(ok)?.parameters.instances, 280);
      assert.deepEqual(ok.limits?.scaleOut, { min: 1, max: 280 });
      const r = check(raised, { group, instances: 281 });
      assert.deepEqual(codes(r, 'error'), ['instances.aboveTotalLimit@parameters.instances'], group);
      assert.equal(
        messageOf(r, 'instances.aboveTotalLimit'),
        'Nodes that can be added: at most 280 here (core and task nodes together are limited to 800, the raised limit set for this cluster, and the cluster has 520).',
      );
    }
  });

  it('raises the limit of a cluster below 500 too', () => {
    const r = check(withNodeLimit(clusterOf({ core: 5 }), 1000), { instances: 995 });
    assert.deepEqual(codes(r, 'error'), []);
    assert.equal(r.change?.text, '5 → 1000 core nodes');
  });

  it('takes only a whole number of at least 500 as a raised limit', () => {
    for (const wrong of [499, 0, -1, 800.5, Number.NaN, Infinity, 2 ** 60]) {
      assert.equal(nodeLimitOf(withNodeLimit(above, wrong)), 500, String(wrong));
    }
    assert.equal(nodeLimitOf(withNodeLimit(above, 500)), 500);
    assert.equal(nodeLimitOf(withNodeLimit(above, 501)), 501);
    assert.equal(nodeLimitOf(withNodeLimit(withNodeLimit(above, 900), undefined)), 900, 'a limit on the facts stays');
  });

  it('keeps the limit on the facts through clusterFactsOf and a reading', () => {
    const facts = clusterFactsOf(withNodeLimit(above, 800));
    assert.equal(facts.maxCoreAndTaskNodes, 800);
    assert.deepEqual(JSON.parse(JSON.stringify(facts)), facts);
    const reading = readingWithNodeLimit({ facts: clusterFactsOf(above), hosts: [] }, 900);
    assert.equal(reading.facts.maxCoreAndTaskNodes, 900);
    assert.equal(
      readingWithNodeLimit({ facts: clusterFactsOf(above), hosts: [] }, undefined).facts.maxCoreAndTaskNodes,
      undefined,
    );
  });

  describe('the setting (mrs.resize.maxNodes): cluster ids or connection names to limits', () => {
    const setting = { 'cluster-a': 800, prod: 1000, 'cluster-low': 300, staging: '900' };

    it('takes the cluster’s own entry first, else its connection’s', () => {
      assert.equal(nodeLimitFor(setting, 'prod', 'cluster-a'), 800);
      assert.equal(nodeLimitFor(setting, 'prod', 'cluster-b'), 1000);
      assert.equal(nodeLimitFor(setting, 'dev', 'cluster-a'), 800);
      assert.equal(nodeLimitFor(setting, 'dev', 'cluster-b'), undefined);
    });

    it('ignores entries that are not a whole number of at least 500, and any other shape', () => {
      assert.equal(nodeLimitFor(setting, 'prod', 'cluster-low'), 1000, 'a lower value falls back to the connection');
      assert.equal(nodeLimitFor(setting, 'staging', 'x'), undefined, 'text is not a limit');
      for (const shape of [undefined, null, 800, 'prod', [800]]) {
        assert.equal(nodeLimitFor(shape, 'prod', 'toString'), undefined, JSON.stringify(shape));
      }
      assert.equal(nodeLimitFor({}, 'constructor', '__proto__'), undefined, 'no member of Object.prototype');
    });
  });
});
