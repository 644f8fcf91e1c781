// `npm run docs`: writes the pages generated from the code (after `tsc -p .`): docs/error-codes.md
// from the error catalog.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from './lib/setup.mjs';

const { catalogMarkdown } = createRequire(import.meta.url)('../out/src/core/api/catalogMarkdown.js');
fs.writeFileSync(path.join(root, 'docs', 'error-codes.md'), `${catalogMarkdown()}\n`);
console.log('wrote docs/error-codes.md');
