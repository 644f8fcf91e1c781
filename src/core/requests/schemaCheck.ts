// A tiny interpreter of the JSON Schema subset that schemas/mrs-resize.schema.json uses: the schema file
// is the one description of the format; VS Code's JSON support reads it for the editor, this reads it
// for everyone else (the CLI, tests). Keywords it does not know make a unit test fail, never pass silently.
import type { Node } from 'jsonc-parser';
import type { Translate } from '../translate';
import type { RequestFileOwnCode } from './codes';
import { closestKey, shortKey, shownPath } from './keys';
import { oneOfProblems } from './schemaOneOf';
import {
  anchorOf,
  shown,
  typeMatches,
  typeText,
  type JsonPath,
  type SchemaNode,
  type SchemaProblem,
} from './schemaTypes';

export type { JsonPath, SchemaNode, SchemaProblem, SchemaType } from './schemaTypes';

/** Validation keywords the interpreter applies; the others it knows are annotations for the editor. */
export const VALIDATION_KEYWORDS = [
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
  'patternErrorMessage',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'anyOf',
  'oneOf',
] as const;
export const ANNOTATION_KEYWORDS = [
  '$schema',
  '$id',
  'title',
  'description',
  'enumDescriptions',
  'examples',
  'defaultSnippets',
  // VS Code's JSON features: comments and trailing commas are no problem, as parseRequestFile reads them.
  'allowComments',
  'allowTrailingCommas',
] as const;

interface Context {
  readonly t: Translate;
  readonly found: SchemaProblem[];
}

function add(cx: Context, code: RequestFileOwnCode, node: Node, path: JsonPath, message: string): void {
  cx.found.push({ code, path, offset: node.offset, length: node.length, message });
}

function checkObject(schema: SchemaNode, node: Node, path: JsonPath, cx: Context): void {
  const properties = schema.properties ?? {};
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = typeof keyNode?.value === 'string' ? keyNode.value : '';
    seen.add(key);
    // Own keys only: "constructor" or "__proto__" is as unknown as any other name.
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const additional = schema.additionalProperties;
    if (child && valueNode) {
      checkNode(child, valueNode, [...path, key], cx);
    } else if (!child && additional && valueNode) {
      checkNode(additional, valueNode, [...path, key], cx);
    } else if (!child && additional === false && keyNode) {
      const guess = closestKey(key, Object.keys(properties));
      const message = guess
        ? cx.t('Unknown property "{0}" in {1}: did you mean "{2}"?', shortKey(key), shown(path), guess)
        : cx.t('Unknown property "{0}" in {1}.', shortKey(key), shown(path));
      add(cx, 'schema.unknownKey', keyNode, [...path, key], message);
    }
  }
  for (const key of schema.required ?? []) {
    if (!seen.has(key)) {
      add(cx, 'schema.required', anchorOf(node), [...path, key], cx.t('{0} is required.', shownPath([...path, key])));
    }
  }
}

/** The schema's patternErrorMessage texts, as literals so that their translation is checked like any other. */
function patternMessage(english: string | undefined, t: Translate): string | undefined {
  switch (english) {
    case 'The number of nodes must be a whole number greater than 0.':
      return t('The number of nodes must be a whole number greater than 0.');
    default:
      return undefined;
  }
}

function checkString(schema: SchemaNode, node: Node, path: JsonPath, cx: Context): void {
  const text = String(node.value);
  if (schema.minLength !== undefined && text.length < schema.minLength) {
    add(cx, 'schema.minLength', node, path, cx.t('{0} must not be empty.', shown(path)));
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) {
    const message =
      patternMessage(schema.patternErrorMessage, cx.t) ?? cx.t('{0} does not have the expected form.', shown(path));
    add(cx, 'schema.pattern', node, path, message);
  }
}

function checkValue(schema: SchemaNode, node: Node, path: JsonPath, cx: Context): void {
  const value: unknown = node.value;
  if (schema.const !== undefined && value !== schema.const) {
    add(cx, 'schema.const', node, path, cx.t('{0} must be {1}.', shown(path), JSON.stringify(schema.const)));
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const values = schema.enum.map((v) => JSON.stringify(v)).join(', ');
    add(cx, 'schema.enum', node, path, cx.t('{0} must be one of: {1}.', shown(path), values));
  }
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) {
    add(cx, 'schema.minimum', node, path, cx.t('{0} must be at least {1}.', shown(path), schema.minimum));
  }
  if (schema.maximum !== undefined && typeof value === 'number' && value > schema.maximum) {
    add(cx, 'schema.maximum', node, path, cx.t('{0} must be at most {1}.', shown(path), schema.maximum));
  }
  if (node.type === 'string') {
    checkString(schema, node, path, cx);
  }
}

/** anyOf: valid when a branch is; else the problems of the first branch of the value's JSON type. */
function checkAnyOf(branches: readonly SchemaNode[], node: Node, path: JsonPath, cx: Context): void {
  const results = branches.map((branch) => {
    const inner: Context = { t: cx.t, found: [] };
    checkNode(branch, node, path, inner);
    return inner.found;
  });
  if (results.some((r) => r.length === 0)) {
    return;
  }
  const loose = (b: SchemaNode) => typeMatches(b.type, node) || (b.type === 'integer' && node.type === 'number');
  const index = branches.findIndex(loose);
  if (index >= 0) {
    cx.found.push(...results[index]);
    return;
  }
  const types = branches
    .map((b) => typeText(b.type, cx.t))
    .filter((text) => text !== '')
    .join(cx.t(' or '));
  add(cx, 'schema.type', node, path, cx.t('{0} must be {1}.', shown(path), types));
}

function checkNode(schema: SchemaNode, node: Node, path: JsonPath, cx: Context): void {
  if (!typeMatches(schema.type, node)) {
    add(cx, 'schema.type', node, path, cx.t('{0} must be {1}.', shown(path), typeText(schema.type, cx.t)));
    return;
  }
  if (node.type === 'null' && schema.type !== undefined) {
    return; // an optional field that admits null: read as left out, nothing else to check
  }
  if (schema.anyOf) {
    checkAnyOf(schema.anyOf, node, path, cx);
  }
  if (schema.oneOf) {
    cx.found.push(...oneOfProblems(schema.oneOf, node, path, cx.t));
  }
  if (node.type === 'object') {
    checkObject(schema, node, path, cx);
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((item, i) => schema.items && checkNode(schema.items, item, [...path, i], cx));
  } else {
    checkValue(schema, node, path, cx);
  }
}

/** Every problem of the schema about a parsed jsonc tree, on the exact node. Never throws. */
export function checkAgainstSchema(schema: SchemaNode, root: Node, t: Translate): SchemaProblem[] {
  const cx: Context = { t, found: [] };
  checkNode(schema, root, [], cx);
  return cx.found;
}
