// parseRequestFile: JSONC in (comments, trailing commas), target and request out, syntax errors as problems.
import assert from 'node:assert/strict';
import { checkRequestFile, offsetToPosition, parseRequestFile } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { requestFixture } from '../../../fixtures/requests';

describe('request files: parse', () => {
  it('reads target and request through comments and trailing commas', () => {
    const parsed = parseRequestFile(requestFixture('valid-scale-out-core.mrs-resize.json'), t);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.target, { connection: 'emulator', clusterId: '5eea2f50-960c-4dce-92e3-8f75ddcba5fc' });
    assert.deepEqual(parsed.request, {
      parameters: {
        scale_type: 'scale_out',
        node_id: 'node_orderadd',
        node_group: 'core_node_analysis_group',
        instances: 2,
      },
    });
  });

  it('gives broken JSON as json.syntax problems at the parser offsets, once each, and no draft', () => {
    const text = requestFixture('broken-json.mrs-resize.json');
    const parsed = parseRequestFile(text, t);
    assert.deepEqual(
      parsed.problems.map((p) => [p.code, offsetToPosition(text, p.offset).line, p.message]),
      [
        ['json.syntax', 3, 'JSON syntax error: a comma is expected.'],
        ['json.syntax', 7, 'JSON syntax error: "}" is expected.'],
      ],
    );
    const result = checkRequestFile(parsed, t);
    assert.equal(result.draft, undefined);
    assert.deepEqual(result.problems, parsed.problems);
  });

  for (const text of ['', '   ', '// only a comment\n']) {
    it(`an empty document (${JSON.stringify(text)}) is one syntax problem`, () => {
      const parsed = parseRequestFile(text, t);
      assert.equal(parsed.root, undefined);
      assert.deepEqual(
        parsed.problems.map((p) => p.code),
        ['json.syntax'],
      );
    });
  }

  it('keeps a target that is not text out of `target`', () => {
    const parsed = parseRequestFile('{"target": {"cluster_id": 5, "connection": "a"}, "request": 1}', t);
    assert.deepEqual(parsed.target, { connection: 'a' });
    assert.equal(parsed.request, 1);
  });
});

describe('request files: offsetToPosition', () => {
  it('is 1-based, counts \\n lines, and clamps', () => {
    const text = 'ab\ncd\n\nef';
    assert.deepEqual(offsetToPosition(text, 0), { line: 1, col: 1 });
    assert.deepEqual(offsetToPosition(text, 2), { line: 1, col: 3 });
    assert.deepEqual(offsetToPosition(text, 3), { line: 2, col: 1 });
    assert.deepEqual(offsetToPosition(text, 7), { line: 4, col: 1 });
    assert.deepEqual(offsetToPosition(text, 99), { line: 4, col: 3 });
    assert.deepEqual(offsetToPosition(text, -5), { line: 1, col: 1 });
  });
});
