// MRS's answer shown as MRS's answer: a 500 in MRS's shape with its own code (MRS.300) and a 200
// whose `result` is an error code of 表9 (12000014) are MRS saying the resize failed. The operation
// is refused with that code, MRS's words and the catalog's hint, after ONE reading of the cluster
// (followed instead when that reading shows the change); never "the answer was lost", never resent.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { ResizeRefusedError } from '../../../../src/core/operations';
import { CLUSTER_ID } from '../../../support/builders';
import { clusterPath, harness as clientHarness } from '../../../support/unit/harness';
import { clusterOf } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { harness, onDisk } from './lifecycleHarness';

const scaling = clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out' } });

type Answer = { status: number; body: unknown };

const MRS_300: Answer = { status: 500, body: { error_code: 'MRS.300', error_msg: 'MRS internal error' } };
const RESULT_12000014: Answer = { status: 200, body: { result: '12000014' } };

/** A lifecycle whose PUT goes through the real client and transport to a server answering `answer`. */
function sending(answer: Answer, ...afterPut: Array<ReturnType<typeof clusterOf> | Error>) {
  const real = clientHarness();
  real.server.on('PUT', clusterPath(CLUSTER_ID), answer);
  const client = new FakeClient([clusterOf(), ...afterPut]);
  let readsBeforePut = 0;
  client.onResize = () => {
    readsBeforePut = client.getClusterCalls;
    return real.client.resize(CLUSTER_ID, client.resizeCalls[0].body);
  };
  const h = harness(client);
  return { h, client, real, readsAfterPut: () => client.getClusterCalls - readsBeforePut };
}

async function refusal(start: Promise<unknown>): Promise<ResizeRefusedError> {
  try {
    await start;
  } catch (e) {
    assert.ok(e instanceof ResizeRefusedError, String(e));
    return e;
  }
  return assert.fail('the send was not refused');
}

describe('ResizeLifecycle: MRS says the resize failed (not a 4xx)', () => {
  it('a 500 with MRS.300: refused with the code, MRS’s words and the hint, after one reading; one PUT', async () => {
    const { h, client, real, readsAfterPut } = sending(MRS_300, clusterOf());
    const e = await refusal(h.start());
    assert.equal(e.code, 'MRS.300');
    assert.match(e.message, /^MRS refused the resize \(MRS\.300\): /);
    assert.match(e.message, /MRS says: “MRS internal error”/);
    assert.ok(e.explanation.hint && e.message.endsWith(e.explanation.hint), e.message);
    assert.doesNotMatch(e.message, /lost|unknown|may have been applied/i);
    const record = h.history.get('op-1');
    assert.deepEqual(
      [record?.state, record?.errorCode, record?.errorInfo, record?.message],
      ['refused', 'MRS.300', 'MRS internal error', e.message],
    );
    assert.equal(onDisk(h.folder)[0].state, 'refused');
    assert.equal(readsAfterPut(), 1, 'the cluster is read once after the answer');
    assert.equal(h.lifecycle.isFollowing('op-1'), false, 'not followed');
    assert.deepEqual(h.reporter.notes, [], 'no "lost answer" warning');
    assert.equal(real.server.requestsTo('PUT', clusterPath(CLUSTER_ID)).length, 1);
    assert.equal(client.resizeCalls.length, 1);
  });

  it('a 200 whose result is 12000014: refused with the code and the catalog’s explanation; one PUT', async () => {
    const { h, real, readsAfterPut } = sending(RESULT_12000014, clusterOf());
    const e = await refusal(h.start());
    assert.equal(e.code, '12000014');
    assert.equal(e.explanation.byCode, true);
    assert.match(e.message, new RegExp(`^MRS refused the resize \\(12000014\\): ${e.explanation.explanation}`));
    const record = h.history.get('op-1');
    assert.deepEqual([record?.state, record?.errorCode], ['refused', '12000014']);
    assert.equal(readsAfterPut(), 1);
    assert.deepEqual(h.reporter.notes, []);
    assert.equal(real.server.requestsTo('PUT', clusterPath(CLUSTER_ID)).length, 1);
  });

  it('refused too when the one reading after the answer fails (MRS said it failed); never resent', async () => {
    const unreadable = new MrsApiError('network error (ECONNRESET)', { kind: 'network' });
    const { h, real } = sending(MRS_300, unreadable);
    const e = await refusal(h.start());
    assert.equal(e.code, 'MRS.300');
    assert.equal(h.history.get('op-1')?.state, 'refused');
    assert.equal(real.server.requestsTo('PUT', clusterPath(CLUSTER_ID)).length, 1);
  });

  it('followed when the reading shows the change after all, saying what MRS answered; one PUT', async () => {
    const { h, real } = sending(MRS_300, scaling, clusterOf({ core: 5 }));
    const result = await h.start();
    assert.equal(result.status === 'declined' ? 'declined' : result.status, 'accepted');
    const record = h.history.get('op-1');
    assert.deepEqual([record?.state, record?.changeSeen, record?.errorCode], ['running', true, 'MRS.300']);
    assert.match(record?.message ?? '', /MRS answered the resize with an error \(MRS\.300\).*shows the change/);
    assert.equal((await h.settled('op-1')).state, 'succeeded');
    assert.equal(real.server.requestsTo('PUT', clusterPath(CLUSTER_ID)).length, 1);
  });

  it('a 400 stays a plain refusal: no reading after it', async () => {
    const { h, readsAfterPut } = sending({ status: 400, body: { error_code: '12000014', error_msg: 'x' } });
    await refusal(h.start());
    assert.equal(readsAfterPut(), 0);
  });
});
