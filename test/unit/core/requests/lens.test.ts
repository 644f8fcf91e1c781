// The Send CodeLens of a request file (sendLens, mapped thinly by RequestCodeLenses): the change when
// nothing stands in the way, "Cannot send: N problems" while any error stands (the schema's and a
// repeated key's included), never a negative count.
import assert from 'node:assert/strict';
import {
  analyzeLive,
  cannotSendMessage,
  sendLens,
  type LiveAnalysis,
  type LiveFacts,
} from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { clusterOf, CORE, TASK, taskHosts } from '../resize/clusters';

const cluster = clusterOf({ core: 3, task: 4 });

const facts: LiveFacts = {
  connectionNames: () => ['emu'],
  connectionOf: () => 'emu',
  peekClusterList: () => [{ id: cluster.id, name: 'analytics-prod', stateText: 'running' }],
  clusterList: () => Promise.resolve([{ id: cluster.id, name: 'analytics-prod', stateText: 'running' }]),
  peekCluster: () => ({ facts: cluster, hosts: taskHosts(4) }),
  cluster: () => Promise.resolve({ facts: cluster, hosts: taskHosts(4) }),
};

function lensOf(parameters: string) {
  const text = `{"target": {"cluster_id": "${cluster.id}"}, "request": {"parameters": {"node_id": "node_orderadd", ${parameters}}}}`;
  return sendLens(analyzeLive(text, facts, t, true), t);
}

describe('request files: the Send CodeLens', () => {
  it('names the cluster and the change when the file can be sent', () => {
    assert.deepEqual(lensOf(`"scale_type": "scale_out", "node_group": "${CORE}", "instances": 2`), {
      kind: 'send',
      title: 'Send to analytics-prod (3 → 5 core nodes)',
      from: 3,
    });
  });

  it('says "Cannot send" while instances exceed the group, never "4 → -5 task nodes"', () => {
    const lens = lensOf(`"scale_type": "scale_in", "node_group": "${TASK}", "instances": 9`);
    assert.deepEqual(lens, { kind: 'blocked', title: 'Cannot send: 1 problem', errors: 1 });
    assert.doesNotMatch(lens.title, /-\d/);
  });

  it('counts the schema errors and a repeated key, which the editor shows through VS Code too', () => {
    assert.deepEqual(lensOf(`"scale_type": "scale_out", "instance": 2, "instances": 2, "instances": 3`), {
      kind: 'blocked',
      title: 'Cannot send: 1 problem',
      errors: 1,
    });
    assert.deepEqual(lensOf(`"scale_type": "scale_out", "instance": 2, "instances": 2, "scale_without_start": 5`), {
      kind: 'blocked',
      title: 'Cannot send: 2 problems',
      errors: 2,
    });
  });

  it('never shows a negative count, whatever the change says', () => {
    const analysis = {
      parsed: { target: { clusterId: 'c1' } },
      cluster: { id: 'c1', name: 'etl', stateText: 'running' },
      check: { problems: [], resize: { change: { from: 4, to: -5, text: '4 → -5 task nodes' } } },
    } as unknown as LiveAnalysis;
    assert.deepEqual(sendLens(analysis, t), { kind: 'send', title: 'Send to etl', from: undefined });
  });

  it('Send from the palette while errors stand says so in one sentence, without offsets', () => {
    assert.equal(
      cannotSendMessage(1, t),
      'Cannot send: the request file has 1 problem; it is listed in the Problems view.',
    );
    assert.equal(
      cannotSendMessage(3, t),
      'Cannot send: the request file has 3 problems; they are listed in the Problems view.',
    );
  });
});
