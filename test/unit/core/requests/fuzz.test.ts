// A seeded fuzz run: thousands of mutated request files (cut, duplicated, swapped characters, odd
// values) never make parse or check throw, and every problem lies inside the text. Plus a 2,000-line file.
import assert from 'node:assert/strict';
import { checkRequestFile, parseRequestFile } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { requestFixture, requestFixtureNames } from '../../../fixtures/requests';
import { clusterOf, taskHosts } from '../resize/clusters';

/** mulberry32: the same seed gives the same run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '//',
  '/*',
  '*/',
  'null',
  'true',
  '-1',
  '1e999',
  '"\\u12',
  '\n',
  '"x":',
  '0.5',
];

function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const len = Math.floor(next() * 12);
  switch (Math.floor(next() * 4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    default:
      return (
        text.slice(0, at) + text.slice(at + len, at + 2 * len) + text.slice(at, at + len) + text.slice(at + 2 * len)
      );
  }
}

describe('request files: seeded fuzz', function () {
  // Thousands of documents on a shared machine: a generous limit, not a speed check (bench has those).
  this.timeout(60_000);
  it('never throws on 4,000 mutated documents, and keeps every problem inside the text', () => {
    const next = random(20261130);
    const sources = requestFixtureNames().map(requestFixture);
    const cluster = clusterOf({ core: 4, task: 3 });
    const hosts = taskHosts(3);
    let withProblems = 0;
    for (let i = 0; i < 4000; i++) {
      let text = sources[i % sources.length] ?? '';
      for (let m = 1 + Math.floor(next() * 4); m > 0; m--) {
        text = mutate(text, next);
      }
      const parsed = parseRequestFile(text, t);
      const result = checkRequestFile(parsed, t, i % 2 ? { cluster, hosts, clusters: [cluster] } : {});
      withProblems += result.problems.length > 0 ? 1 : 0;
      for (const p of result.problems) {
        assert.ok(p.offset >= 0 && p.offset + p.length <= text.length, `problem outside the text: ${text}`);
      }
      assert.ok(result.draft === undefined || !result.problems.some((p) => p.severity === 'error'));
    }
    assert.ok(withProblems > 2000, `${withProblems} mutated documents had problems`);
  });
});

describe('request files: a 2,000-line document', function () {
  this.timeout(20_000);
  it('places a duplicate server id near the end on its own line', () => {
    const ids = Array.from({ length: 1990 }, (_, i) => `"task-${i}"`);
    ids.push('"task-7"');
    const text = [
      '{',
      '  "target": { "cluster_id": "c1" },',
      '  "request": {',
      '    "parameters": {',
      '      "scale_type": "scale_in",',
      '      "node_id": "node_orderadd",',
      '      "instances": 5,',
      '      "server_ids": [',
      ...ids.map((id, i) => `        ${id}${i < ids.length - 1 ? ',' : ''}`),
      '      ]',
      '    }',
      '  }',
      '}',
    ].join('\n');
    assert.ok(text.split('\n').length >= 2000);
    const result = checkRequestFile(parseRequestFile(text, t), t);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.path.join('.'), text.slice(p.offset, p.offset + p.length)]),
      [['serverIds.duplicate', 'request.parameters.server_ids.1990', '"task-7"']],
    );
  });
});
