// docs/error-codes.md is written from the catalog (npm run docs); it must not fall behind it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogCodes } from '../../../../src/core/api/catalog';
import { catalogMarkdown } from '../../../../src/core/api/catalogMarkdown';

describe('error codes page', () => {
  it('is the catalog as it is now (run `npm run docs` after changing the catalog)', () => {
    const page = fs.readFileSync(path.resolve(__dirname, '../../../../../docs/error-codes.md'), 'utf8');
    assert.equal(page, `${catalogMarkdown()}\n`);
  });

  it('lists every code twice, in English and in Chinese', () => {
    const page = catalogMarkdown();
    for (const code of catalogCodes()) {
      assert.equal(page.split(`| \`${code}\` |`).length - 1, 2, code);
    }
  });

  it('shows a message placeholder as a word in italics, never as {name}', () => {
    const page = catalogMarkdown();
    assert.doesNotMatch(page, /\{\w+\}/);
    assert.match(page, /\| \*host\* answered HTTP \*status\* with a web page/);
    assert.match(page, /\| \*host\* 返回了 HTTP \*status\*/);
  });
});
