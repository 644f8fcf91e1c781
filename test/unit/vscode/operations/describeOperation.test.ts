import * as assert from 'node:assert/strict';
import { moveTo, type OperationState } from '../../../../src/core/journal';
import { aSendingRecord, RECORD_STARTED } from '../../../support/unit/records';
import { englishTranslate as t } from '../../../../src/core/translate';
import {
  describeOperationRecord,
  formatDuration,
  operationStateLabel,
  operationTitle,
} from '../../../../src/vscode/operations/describeOperation';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { describeOperationDetails } from '../../../../src/vscode/operations/describeOperationDetails';

const started = RECORD_STARTED;
const sending = aSendingRecord();
const record = moveTo(sending, 'running', {}, 0);

describe('operation rows', () => {
  it('names the cluster and the change, with state, duration and connection', () => {
    const d = describeOperationRecord(record, started + 95_000, t);
    assert.equal(d.label, 'etl · core 3 → 5');
    assert.equal(d.description, 'in progress · 1 min 35 s · prod');
    assert.equal(d.icon.id, 'sync~spin');
    assert.equal(d.contextValue, 'operation:running');
    assert.match(d.tooltip, /^\*\*etl · core 3 → 5\*\*/);
  });

  it('measures finished operations to their end, whatever the time now', () => {
    const done = moveTo(record, 'succeeded', {}, started + 42_000);
    assert.equal(describeOperationRecord(done, started + 10 * 3_600_000, t).description, 'succeeded · 42 s · prod');
  });

  const icons: Record<OperationState, string> = {
    sending: 'cloud-upload',
    running: 'sync~spin',
    succeeded: 'pass',
    failed: 'error',
    unknown: 'question',
    refused: 'circle-slash',
    notSent: 'debug-disconnect',
    stopped: 'debug-pause',
    timedOut: 'watch',
    ordered: 'credit-card',
  };
  for (const [state, icon] of Object.entries(icons) as Array<[OperationState, string]>) {
    it(`gives ${state} its icon and context value`, () => {
      const d = describeOperationRecord({ ...record, state }, started, t);
      assert.equal(d.icon.id, icon);
      assert.equal(d.contextValue, `operation:${state}`);
    });
  }

  it('names each operation state in Chinese with its own word, not the cluster state’s (运行中, 未知)', () => {
    const zh: Record<OperationState, string> = {
      sending: '发送中',
      running: '进行中',
      succeeded: '成功',
      failed: '失败',
      unknown: '结果未知',
      refused: '被MRS拒绝',
      notSent: '未发送',
      stopped: '已停止跟踪',
      timedOut: '跟踪超时',
      ordered: '待支付订单',
    };
    for (const [state, label] of Object.entries(zh) as Array<[OperationState, string]>) {
      assert.equal(operationStateLabel(state, zhTranslate), label, state);
    }
  });

  it('formats durations', () => {
    assert.equal(formatDuration(undefined, t), '');
    assert.equal(formatDuration(4_400, t), '4 s');
    assert.equal(formatDuration(3_725_000, t), '1 h 2 min');
  });
});

describe('operation details', () => {
  it('reads as a document titled with the cluster and the change, one fact a line', () => {
    const refused = moveTo(
      sending,
      'refused',
      { message: 'MRS refused the resize (12000017).', errorCode: '12000017' },
      started + 2_000,
    );
    assert.equal(operationTitle(refused, t), 'etl · core 3 → 5');
    const text = describeOperationDetails(refused, started + 10_000, t);
    const lines = text.split('\n');
    assert.equal(lines[0], '# etl · core 3 → 5');
    assert.equal(lines[2], 'MRS refused the resize \\(12000017\\).');
    assert.ok(lines.includes('- State: refused'), text);
    assert.ok(lines.includes('- Scale out node group `core_node_analysis_group`: 3 → 5'), text);
    assert.ok(lines.includes('- Duration: 2 s'), text);
    assert.ok(lines.includes('- Error code: `12000017`'), text);
    assert.ok(!text.includes('op-1'), 'not the record id');
  });
});
