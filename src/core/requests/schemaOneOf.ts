// `oneOf` as the schema uses it: each branch requires one key and says nothing else (one body member
// per file; count or resource_ids in a shrink), so "exactly one branch holds" is "exactly one of these
// keys is present", said in one sentence naming them. A unit test keeps the schema to that form.
import type { Node } from 'jsonc-parser';
import type { Translate } from '../translate';
import { shownPath } from './keys';
import { anchorOf, type JsonPath, type SchemaNode, type SchemaProblem } from './schemaTypes';

/** The one key a branch requires when it says nothing else (`{"required": ["expand"]}`), else undefined. */
export function requiredOnly(branch: SchemaNode): string | undefined {
  const [key, ...more] = branch.required ?? [];
  return Object.keys(branch).length === 1 && more.length === 0 ? key : undefined;
}

function keyNodeOf(node: Node, key: string): Node | undefined {
  return node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[0];
}

/** The problems of an object against a presence-only oneOf; none for another value. Never throws. */
export function oneOfProblems(
  branches: readonly SchemaNode[],
  node: Node,
  path: JsonPath,
  t: Translate,
): SchemaProblem[] {
  const keys = branches.flatMap((b) => requiredOnly(b) ?? []);
  if (node.type !== 'object' || keys.length === 0) {
    return [];
  }
  const listed = keys.map((k) => shownPath([...path, k])).join(', ');
  const present = keys.flatMap((key) => {
    const keyNode = keyNodeOf(node, key);
    return keyNode ? [{ key, keyNode }] : [];
  });
  if (present.length === 0) {
    const at = anchorOf(node);
    const message = t('One of {0} is required.', listed);
    return [{ code: 'schema.required', path: [...path, keys[0] ?? ''], offset: at.offset, length: at.length, message }];
  }
  return present.slice(1).map(({ key, keyNode }) => ({
    code: 'schema.oneOf',
    path: [...path, key],
    offset: keyNode.offset,
    length: keyNode.length,
    message: t('Only one of {0} may be given.', listed),
  }));
}
