// A new request file reads back as the draft it was written from, and is a valid file offline.
import assert from 'node:assert/strict';
import {
  checkRequestFile,
  newRequestFileText,
  newRequestFileName,
  parseRequestFile,
  requestFileName,
  requestOfDraft,
} from '../../../../src/core/requests';
import { draftFromRequest, type ResizeDraft } from '../../../../src/core/resize/rules';
import { englishTranslate as t } from '../../../../src/core/translate';

const DRAFTS: ResizeDraft[] = [
  { scaleType: 'scale_out', group: 'core_node_analysis_group', instances: 2 },
  {
    scaleType: 'scale_out',
    group: 'task_node_default_group',
    instances: '3',
    skipBootstrapScripts: true,
    taskNodeInfo: { nodeSize: 'c6.xlarge', dataVolumeType: 'SAS', dataVolumeCount: '2', dataVolumeSize: 200 },
  },
  { scaleType: 'scale_in', group: 'task_node_analysis_group', instances: 2, serverIds: ['a', 'b'] },
];

describe('request files: new files', () => {
  for (const draft of DRAFTS) {
    it(`round-trips ${draft.scaleType} ${draft.group}`, () => {
      const text = newRequestFileText({
        connection: 'emu',
        clusterId: 'c1',
        clusterName: 'etl\nnightly',
        request: requestOfDraft(draft),
      });
      assert.match(text, /^\/\/ etl nightly\n\{/);
      const parsed = parseRequestFile(text, t);
      assert.deepEqual(parsed.target, { connection: 'emu', clusterId: 'c1' });
      const result = checkRequestFile(parsed, t);
      assert.deepEqual(result.problems, []);
      const back = draftFromRequest(parsed.request).draft;
      assert.equal(back.group, draft.group);
      assert.equal(Number(back.instances), Number(draft.instances));
      assert.deepEqual(back.serverIds, draft.serverIds);
      assert.equal(back.taskNodeInfo?.dataVolumeCount, draft.taskNodeInfo ? 2 : undefined);
    });
  }

  it('keeps what a draft with errors says, so the file shows the problem', () => {
    const text = newRequestFileText({
      clusterId: 'c1',
      request: requestOfDraft({ scaleType: 'scale_out', group: '', instances: 'x' }),
    });
    const codes = checkRequestFile(parseRequestFile(text, t), t).problems.map((p) => p.code);
    assert.deepEqual(codes, ['instances.notPositiveInteger']);
  });

  it('names the file after the cluster, safely', () => {
    assert.equal(requestFileName('etl-nightly'), 'etl-nightly.mrs-resize.json');
    assert.equal(requestFileName('a/b c:*'), 'a-b-c.mrs-resize.json');
    assert.equal(requestFileName('///'), 'resize.mrs-resize.json');
  });

  it('names a new file <cluster>.mrs-resize.json when it is the first for that cluster, whatever was opened before', () => {
    const open = new Set(['etl-nightly.mrs-resize.json', 'etl-nightly-2.mrs-resize.json', 'Untitled-1']);
    const taken = (n: string) => open.has(n);
    assert.equal(newRequestFileName('analytics-prod', taken), 'analytics-prod.mrs-resize.json');
    assert.equal(newRequestFileName('etl-nightly', taken), 'etl-nightly-3.mrs-resize.json');
    assert.equal(
      newRequestFileName('etl-nightly', () => false),
      'etl-nightly.mrs-resize.json',
    );
  });
});
