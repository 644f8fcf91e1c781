import * as assert from 'node:assert/strict';
import {
  newOperationRecord,
  parseOperationHistory,
  updateRecord,
  watchedElsewhere,
  type OperationState,
} from '../../../../src/core/operations';
import { englishTranslate as t } from '../../../../src/shared/translate';
import { describeOperationRecord, formatDuration } from '../../../../src/vscode/operations/describeOperation';

const started = Date.UTC(2026, 10, 28, 8, 0, 0);
const record = newOperationRecord({
  id: 'op-1',
  connection: 'prod',
  startedAtMs: started,
  message: 'MRS accepted the resize of etl: 3 → 5 core nodes.',
  target: {
    clusterId: 'c1',
    clusterName: 'etl',
    groupName: 'core_node_analysis_group',
    role: 'core',
    scaleType: 'scale_out',
    from: 3,
    to: 5,
  },
});

describe('operation rows', () => {
  it('names the cluster and the change, with state, duration and connection', () => {
    const d = describeOperationRecord(record, started + 95_000, t);
    assert.equal(d.label, 'etl · core 3 → 5');
    assert.equal(d.description, 'running · 1 min 35 s · prod');
    assert.equal(d.icon.id, 'sync~spin');
    assert.equal(d.contextValue, 'operation:running');
    assert.match(d.tooltip, /scale out `core_node_analysis_group`: 3 → 5/);
  });

  it('measures finished operations to their end, whatever the time now', () => {
    const done = updateRecord(record, { state: 'succeeded', endedAtMs: started + 42_000 });
    assert.equal(describeOperationRecord(done, started + 10 * 3_600_000, t).description, 'succeeded · 42 s · prod');
  });

  const icons: Record<OperationState, string> = {
    running: 'sync~spin',
    succeeded: 'pass',
    failed: 'error',
    unknown: 'question',
    stopped: 'debug-pause',
    timedOut: 'watch',
  };
  for (const [state, icon] of Object.entries(icons) as Array<[OperationState, string]>) {
    it(`gives ${state} its icon and context value`, () => {
      const d = describeOperationRecord(updateRecord(record, { state }), started, t);
      assert.equal(d.icon.id, icon);
      assert.equal(d.contextValue, `operation:${state}`);
    });
  }

  it('formats durations', () => {
    assert.equal(formatDuration(undefined, t), '');
    assert.equal(formatDuration(4_400, t), '4 s');
    assert.equal(formatDuration(3_725_000, t), '1 h 2 min');
  });
});

describe('operations followed by another window', () => {
  const now = Date.UTC(2026, 10, 28, 9, 0, 0);
  const at = (ms: number) => new Date(now - ms).toISOString();

  it('belong to the other window while it says so, and come back when it goes quiet', () => {
    const r = { ...record, watcher: 'window-a', watchedAt: at(10_000) };
    assert.equal(watchedElsewhere(r, 'window-b', now, 60_000), true);
    assert.equal(watchedElsewhere(r, 'window-a', now, 60_000), false, 'its own window');
    assert.equal(watchedElsewhere({ ...r, watchedAt: at(61_000) }, 'window-b', now, 60_000), false, 'stale');
    assert.equal(watchedElsewhere({ ...r, watcher: '' }, 'window-b', now, 60_000), false, 'given up on close');
    assert.equal(watchedElsewhere(record, 'window-b', now, 60_000), false, 'never followed');
  });

  it('keeps the watcher through a save and a reload of the history', () => {
    const saved = updateRecord(record, { watcher: 'window-a', watchedAt: at(0) });
    assert.equal(parseOperationHistory(JSON.parse(JSON.stringify([saved])))[0].watcher, 'window-a');
  });
});
