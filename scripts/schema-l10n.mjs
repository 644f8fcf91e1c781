// Writes schemas/mrs-resize.schema.zh-cn.json: the English schema with its texts (title, descriptions,
// enumDescriptions, patternErrorMessage, snippet labels) replaced from schemas/mrs-resize.schema.nls.zh-cn.json.
// package.nls.zh-cn.json points contributes.jsonValidation at it, so VS Code's JSON hovers are in Chinese
// when the display language is zh-cn. `node scripts/schema-l10n.mjs --check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEXT_KEYS = new Set(['title', 'description', 'patternErrorMessage', 'label']);

/** Every text of the schema that a reader sees. */
export function schemaTexts(node, found = new Set()) {
  if (Array.isArray(node)) {
    node.forEach((n) => schemaTexts(n, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'body') {
        continue;
      }
      if (TEXT_KEYS.has(key) && typeof value === 'string') {
        found.add(value);
      } else if (key === 'enumDescriptions') {
        value.forEach((v) => found.add(v));
      } else {
        schemaTexts(value, found);
      }
    }
  }
  return found;
}

export function localize(node, table) {
  if (Array.isArray(node)) {
    return node.map((n) => localize(n, table));
  }
  if (!node || typeof node !== 'object') {
    return node;
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'body') {
        return [key, value];
      }
      if (TEXT_KEYS.has(key) && typeof value === 'string') {
        return [key, table[value] ?? value];
      }
      if (key === 'enumDescriptions') {
        return [key, value.map((v) => table[v] ?? v)];
      }
      return [key, localize(value, table)];
    }),
  );
}

const english = JSON.parse(readFileSync(join(root, 'schemas/mrs-resize.schema.json'), 'utf8'));
const table = JSON.parse(readFileSync(join(root, 'schemas/mrs-resize.schema.nls.zh-cn.json'), 'utf8'));
const missing = [...schemaTexts(english)].filter((t) => !table[t]);
const text = `${JSON.stringify(localize(english, table), null, 2)}\n`;
const target = join(root, 'schemas/mrs-resize.schema.zh-cn.json');
if (missing.length > 0) {
  console.error(`schemas/mrs-resize.schema.nls.zh-cn.json lacks:\n${missing.join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('schemas/mrs-resize.schema.zh-cn.json is stale: run node scripts/schema-l10n.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
