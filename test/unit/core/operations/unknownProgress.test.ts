// A lost answer says "outcome unknown" everywhere it is shown: the record's message, the warning,
// and every progress line until a reading shows the change (never the cluster's bare "running",
// which reads as the resize running); from then on the stages of the resize.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { clusterOf } from '../resize/clusters';
import { FakeClient } from './fakeClient';
import { harness, operationId } from './lifecycleHarness';

const scaling = clusterOf({
  cluster: { state: 'scaling-out', stateText: 'scaling-out', scale: 'scaling-out', stageDesc: 'Creating VM' },
});
const lost = (): Promise<never> => Promise.reject(new MrsApiError('timed out', { kind: 'outcomeUnknown' }));

describe('ResizeLifecycle: an unknown outcome is said as such', () => {
  it('says "Outcome unknown" in the message, the warning and the progress until the change shows', async () => {
    // Plan, under the lock, the one re-read, two readings without the change, then the resize.
    const idle = clusterOf();
    const client = new FakeClient([idle, idle, idle, idle, scaling, clusterOf({ core: 5 })]);
    client.onResize = lost;
    const h = harness(client);
    const id = operationId(await h.start());
    const record = h.history.get(id);
    assert.equal(record?.state, 'unknown');
    assert.match(record?.message ?? '', /^Outcome unknown: /);
    assert.deepEqual(
      h.reporter.notes.map((n) => [n.kind, n.message]),
      [['warning', record?.message]],
    );
    await h.settled(id);
    const lines = h.reporter.lines;
    const seen = lines.findIndex((l) => l === 'Creating VM');
    assert.ok(seen > 1, lines.join(' | '));
    assert.equal(lines[0], 'Outcome unknown: no change seen on the cluster yet');
    for (const line of lines.slice(1, seen)) {
      assert.match(line, /^Outcome unknown, no change seen yet: /, lines.join(' | '));
    }
    assert.doesNotMatch(lines.slice(seen).join(' | '), /unknown/i);
    assert.ok(!lines.slice(0, seen).includes('running'), `never the bare cluster state: ${lines.join(' | ')}`);
  });

  it('an accepted resize shows its stages without "unknown"', async () => {
    const client = new FakeClient([clusterOf(), scaling, clusterOf({ core: 5 })]);
    const h = harness(client);
    await h.settled(operationId(await h.start()));
    assert.ok(h.reporter.lines.length > 0);
    assert.doesNotMatch(h.reporter.lines.join(' | '), /unknown/i);
  });
});
