// The check after a scale-in of chosen nodes: exactly those nodes must be gone, named by ECS id (v1.1
// `server_ids`) or by resource id (v2 shrink `resource_ids`).
import assert from 'node:assert/strict';
import type { ResizeOperationRecord } from '../../../../src/core/journal/record';
import { silentLogger } from '../../../../src/core/log';
import type { Host } from '../../../../src/core/model/cluster';
import { checkChosenHostsGone } from '../../../../src/core/operations/chosenHosts';
import type { FollowResult } from '../../../../src/core/operations/followLoop';
import { englishTranslate } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { taskHosts } from '../resize/clusters';

const succeeded = { status: 'succeeded', message: 'done' } as unknown as FollowResult;

function record(serverIds: string[], call?: 'shrink'): ResizeOperationRecord {
  return {
    id: 'op-1',
    connection: 'prod',
    clusterId: CLUSTER_ID,
    clusterName: 'lake',
    groupName: 'node_group_etl',
    role: 'task',
    scaleType: 'scale_in',
    from: 3,
    to: 2,
    serverIds,
    ...(call ? { call } : {}),
    startedAt: '2026-12-07T00:00:00.000Z',
    state: 'running',
  };
}

/** Task hosts that also carry a resource id (`res-0`…), as the v1.1 host list and ListNodes give it. */
function hostsWithResourceIds(count: number): Host[] {
  return taskHosts(count).map((h, i) => ({ ...h, resourceId: `res-${i}` }));
}

async function check(rec: ResizeOperationRecord, hosts: Host[]): Promise<FollowResult> {
  const client = { listHosts: () => Promise.resolve(hosts) };
  return checkChosenHostsGone(client, rec, succeeded, englishTranslate, silentLogger);
}

describe('checkChosenHostsGone', () => {
  it('fails a v2 shrink whose chosen resource id is still in the cluster', async () => {
    const result = await check(record(['res-1'], 'shrink'), hostsWithResourceIds(2));
    assert.equal(result.status, 'failed');
    assert.match(
      result.message ?? '',
      /these chosen nodes are still in the cluster: .*_node_task_1\. MRS removed other nodes/,
    );
  });

  it('keeps a v2 shrink succeeded when its chosen resource id is gone', async () => {
    const result = await check(record(['res-2'], 'shrink'), hostsWithResourceIds(2));
    assert.equal(result.status, 'succeeded');
  });

  it('still reads v1.1 server_ids as ECS ids', async () => {
    const result = await check(record(['task-0']), hostsWithResourceIds(2));
    assert.equal(result.status, 'failed');
    assert.match(result.message ?? '', /_node_task_0/);
  });
});
