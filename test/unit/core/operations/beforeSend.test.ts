// The record exists before the PUT leaves, so a reload while it is on the wire still knows of it.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import {
  ResizeLocks,
  ResizeOperation,
  ResizeRefusedError,
  type ResizeOperationRecord,
  type ResizeSent,
} from '../../../../src/core/operations';
import { englishTranslate } from '../../../../src/shared/translate';
import { FakeClock, FakeSleep } from '../../../support/unit/fakes';
import { CORE, clusterOf } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { CLUSTER_ID } from '../../../support/builders';

function operation(client: FakeClient, beforeSend: (r: ResizeOperationRecord) => Promise<void>) {
  const clock = new FakeClock();
  return new ResizeOperation({
    client,
    locks: new ResizeLocks(),
    t: englishTranslate,
    clock: clock.clock,
    sleep: new FakeSleep(clock).sleep,
    newId: () => 'op-1',
    confirm: () => Promise.resolve(true),
    beforeSend,
  });
}

const attempt = {
  connection: 'prod',
  clusterId: CLUSTER_ID,
  draft: { scaleType: 'scale_out' as const, group: CORE, instances: 2 },
};

describe('ResizeOperation before sending', () => {
  it('hands over a running record with the same id, and the pre-flight scale, before the PUT', async () => {
    const client = new FakeClient([clusterOf({ cluster: { scale: 'scaling-error' } })]);
    const seen: Array<{ record: ResizeOperationRecord; putsSoFar: number }> = [];
    const outcome = (await operation(client, (record) => {
      seen.push({ record, putsSoFar: client.resizeCalls.length });
      return Promise.resolve();
    }).run(attempt)) as ResizeSent;
    assert.equal(seen.length, 1);
    assert.equal(seen[0].putsSoFar, 0, 'called before the PUT');
    assert.equal(seen[0].record.state, 'running');
    assert.equal(seen[0].record.id, outcome.record.id);
    assert.equal(seen[0].record.scaleBefore, 'scaling-error');
    assert.equal(client.resizeCalls.length, 1);
  });

  it('says the request could not be sent when the connection failed before it left', async () => {
    const client = new FakeClient([clusterOf()]);
    client.onResize = () => Promise.reject(new MrsApiError('connect ECONNREFUSED', { kind: 'network' }));
    await assert.rejects(operation(client, () => Promise.resolve()).run(attempt), (e: unknown) => {
      assert.ok(e instanceof ResizeRefusedError);
      assert.match(e.message, /^The resize request could not be sent \(network\)/);
      assert.equal(e.record.state, 'failed');
      return true;
    });
    assert.equal(client.resizeCalls.length, 1);
  });

  it('sends nothing when the record cannot be kept', async () => {
    const client = new FakeClient([clusterOf()]);
    await assert.rejects(operation(client, () => Promise.reject(new Error('disk full'))).run(attempt), /disk full/);
    assert.equal(client.resizeCalls.length, 0);
  });
});
