import * as assert from 'node:assert/strict';
import { CLUSTER_STATES } from '../../../../src/core/model/cluster';
import { shortHostName } from '../../../../src/core/model/hosts';
import { clusterStateText, resizeStatusText, stateLabel } from '../../../../src/core/model/labels';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { zhTranslate as zh } from '../../../support/unit/zhTranslate';

describe('model labels', () => {
  it('names every state as the MRS console does, in English and zh-cn', () => {
    assert.equal(stateLabel('scaling-out', t), 'scaling out');
    assert.deepEqual(
      [...CLUSTER_STATES, 'unknown' as const].map((s) => stateLabel(s, zh)),
      ['启动中', '运行中', '扩容中', '缩容中', '异常', '已冻结', '删除中', '已删除', '失败', '未知'],
    );
  });

  it('keeps the raw text of a state the model does not know', () => {
    assert.equal(clusterStateText({ state: 'unknown', stateText: 'deleting' }, zh), 'deleting');
    assert.equal(clusterStateText({ state: 'unknown', stateText: '' }, zh), '未知');
    assert.equal(clusterStateText({ state: 'starting', stateText: 'starting' }, zh), '启动中');
  });

  it('names a resize in progress by state or by scale', () => {
    assert.equal(resizeStatusText({ state: 'scaling-in', stateText: 'scaling-in' }, zh), '缩容中');
    assert.equal(resizeStatusText({ state: 'running', stateText: 'running', scale: 'scaling-out' }, zh), '扩容中');
    assert.equal(resizeStatusText({ state: 'running', stateText: 'running', scale: 'scaling-up' }, zh), 'scaling-up');
  });

  it('shortens host names as the tree does', () => {
    assert.equal(shortHostName(`${CLUSTER_ID}_node_core_IQhiC`, CLUSTER_ID), 'node_core_IQhiC');
    assert.equal(shortHostName('node-1', CLUSTER_ID), 'node-1');
  });
});
