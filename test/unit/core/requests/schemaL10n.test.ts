// The zh-cn schema (what VS Code's JSON hovers show in Chinese) is generated from the English one and
// a table that translates every text of it: stale or incomplete fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../fixtures/examples';

describe('request files: the zh-cn schema', () => {
  it('is generated from the English schema with every text translated', () => {
    execFileSync(process.execPath, [join(repoRoot(), 'scripts', 'schema-l10n.mjs'), '--check'], { stdio: 'pipe' });
    const zh = JSON.parse(readFileSync(join(repoRoot(), 'schemas', 'mrs-resize.schema.zh-cn.json'), 'utf8')) as {
      properties: {
        request: { properties: { parameters: { properties: { scale_type: { enumDescriptions: string[] } } } } };
      };
    };
    assert.deepEqual(zh.properties.request.properties.parameters.properties.scale_type.enumDescriptions, [
      '扩容：增加节点。',
      '缩容：删除节点。',
    ]);
  });
});
