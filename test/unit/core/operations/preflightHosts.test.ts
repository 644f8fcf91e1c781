// The pre-flight reads the hosts of every resize: a host that is not running refuses it (MRS would
// answer 12000068) before anything is confirmed or sent.
import assert from 'node:assert/strict';
import { ResizePreflightError, preflight } from '../../../../src/core/operations';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID, aHost } from '../../../support/builders';
import { clusterOf, coreHosts } from '../resize/clusters';
import { FakeClient } from './fakeClient';

const input = {
  connection: 'prod',
  clusterId: CLUSTER_ID,
  draft: { scaleType: 'scale_out', group: '', instances: 1 },
} as const;

describe('pre-flight: hosts', () => {
  it('reads the hosts of a core scale-out too, and refuses when one is not running', async () => {
    const client = new FakeClient([clusterOf()]);
    client.hosts = [
      ...coreHosts(2),
      aHost({ id: 'x', name: `${CLUSTER_ID}_node_core_x`, ip: '10.0.0.9', status: 'SHUTOFF' }),
    ];
    await assert.rejects(preflight(client, input, t), (e: unknown) => {
      assert.ok(e instanceof ResizePreflightError);
      assert.deepEqual(
        e.problems.map((d) => d.code),
        ['cluster.hostsNotRunning'],
      );
      assert.match(e.message, /node_core_x \(10\.0\.0\.9, SHUTOFF\)/);
      return true;
    });
    assert.equal(client.listHostsCalls, 1);
    assert.equal(client.resizeCalls.length, 0);
  });

  it('passes the hosts it read to the plan', async () => {
    const client = new FakeClient([clusterOf()]);
    client.hosts = coreHosts(3);
    const plan = await preflight(client, input, t);
    assert.equal(plan.hosts?.length, 3);
  });
});
