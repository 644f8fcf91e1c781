// The rule of the first task nodes' flavor against what MRS offers (ShowMrsFlavors, issue 23): fed by
// the facts of a reading that carries the offered names, a flavor outside them is a warning naming the
// offered ones, on node_size; it never blocks the call, and without the facts the rule says nothing.
import assert from 'node:assert/strict';
import type { Cluster } from '../../../../src/core/model/cluster';
import { withOfferedFlavors } from '../../../../src/core/resize/flavorOffered';
import { check, clusterOf, codes, messageOf } from './clusters';

const NEW_TASK = 'task_node_default_group';
const offered = { zone: 'cn-north-4a', names: ['c6.2xlarge.4.linux.bigdata', 's3.xlarge.2'] };
const firstTask = (nodeSize: string) => ({ group: NEW_TASK, instances: 2, taskNodeInfo: { nodeSize } });

describe('rule: the first task nodes get a flavor MRS offers', () => {
  const known: Cluster = withOfferedFlavors(clusterOf(), offered);

  it('warns on node_size about a flavor MRS does not offer, naming the offered ones, and still builds the call', () => {
    const result = check(known, firstTask('m6.8xlarge.8.linux.bigdata'));
    assert.deepEqual(codes(result, 'warning'), ['taskNodeInfo.flavorNotOffered@parameters.task_node_info.node_size']);
    assert.equal(
      messageOf(result, 'taskNodeInfo.flavorNotOffered'),
      'MRS does not offer m6.8xlarge.8.linux.bigdata for task nodes of MRS 3.1.0 in availability zone cn-north-4a. Offered: c6.2xlarge.4.linux.bigdata, s3.xlarge.2.',
    );
    assert.ok(result.call, 'a warning never blocks');
  });

  it('takes an offered flavor with or without MRS’s suffix', () => {
    assert.deepEqual(codes(check(known, firstTask('s3.xlarge.2.linux.bigdata')), 'warning'), []);
    assert.deepEqual(codes(check(known, firstTask('c6.2xlarge.4')), 'warning'), []);
  });

  it('checks the flavor an empty task group gives too', () => {
    const empty = withOfferedFlavors(clusterOf({ task: 0, taskFlavor: 'm6.8xlarge.8.linux.bigdata' }), offered);
    const result = check(empty, { group: NEW_TASK, instances: 1 });
    assert.deepEqual(codes(result, 'warning'), ['taskNodeInfo.flavorNotOffered@parameters.task_node_info.node_size']);
  });

  it('says MRS offers none when the zone lists no task flavor, and says nothing without the facts', () => {
    const none = withOfferedFlavors(clusterOf(), { zone: 'cn-north-4a', names: [] });
    assert.equal(
      messageOf(check(none, firstTask('c6.2xlarge.4')), 'taskNodeInfo.flavorNotOffered'),
      'MRS offers no flavor for task nodes of MRS 3.1.0 in availability zone cn-north-4a.',
    );
    assert.deepEqual(codes(check(clusterOf(), firstTask('m6.8xlarge.8.linux.bigdata')), 'warning'), []);
  });

  it('names at most 20 offered flavors, then how many more', () => {
    const many = withOfferedFlavors(clusterOf(), {
      zone: 'z',
      names: Array.from({ length: 23 }, (_, i) => `c6.${i + 1}xlarge.2`),
    });
    const message = messageOf(check(many, firstTask('x.large.2')), 'taskNodeInfo.flavorNotOffered') ?? '';
    assert.match(message, /Offered: c6\.1xlarge\.2, .*c6\.20xlarge\.2, and 3 more\.$/);
  });
});
