// Where a problem goes in the file: the JSON node of its path, else the nearest node that exists.
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { JsonPath } from './schemaCheck';

export interface Placement {
  readonly offset: number;
  readonly length: number;
  /** True when the node of the path itself exists (not an ancestor standing in for it). */
  readonly exact: boolean;
}

/** Objects and lists are marked by their key: a squiggle over a whole block says less. */
function spanOf(node: Node): { offset: number; length: number } {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const marked = (node.type === 'object' || node.type === 'array') && key ? key : node;
  return { offset: marked.offset, length: marked.length };
}

/** The span of the node at `path` in the tree, or of its nearest existing ancestor. */
export function placeAt(root: Node | undefined, path: JsonPath): Placement {
  if (!root) {
    return { offset: 0, length: 0, exact: false };
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? root : findNodeAtLocation(root, [...path.slice(0, n)]);
    if (node) {
      const span = n === 0 && path.length > 0 ? { offset: root.offset, length: 1 } : spanOf(node);
      return { ...span, exact: n === path.length };
    }
  }
  return { offset: root.offset, length: 1, exact: false };
}
