// What makes a request file mean different things to different readers, found before anything reads
// its values: a nesting deeper than any request file has (jsonc-parser's tree, getNodeValue and
// getLocation recurse, and a few thousand levels overflow the stack), and a key given twice in one
// object (jsonc-parser's findNodeAtLocation reads the first, getNodeValue, jq and Python the last).
// Both walks are loops: no input can make them overflow.
import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import type { Translate } from '../translate';
import { offsetToPosition } from './position';
import type { RequestProblem } from './problem';
import { shortKey, shownPath } from './keys';

/** A request file nests 4 levels (request.parameters.task_node_info); anything past this is not one. */
export const MAX_NESTING = 64;

/** Where the text first opens more than MAX_NESTING objects and lists, or undefined. Scans, never parses. */
export function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      depth += 1;
      if (depth > MAX_NESTING) {
        return scanner.getTokenOffset();
      }
    } else if ((token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) && depth > 0) {
      depth -= 1;
    }
  }
  return undefined;
}

export function tooDeepProblem(offset: number, t: Translate): RequestProblem {
  const message = t(
    'The file nests objects and lists more than {0} levels deep; a request file needs 4. It is not read further.',
    MAX_NESTING,
  );
  return { code: 'json.tooDeep', severity: 'error', message, offset, length: 1, path: [] };
}

/** Each key given a second (or later) time in the same object, at that occurrence. */
export function duplicateKeys(root: Node, text: string, t: Translate): RequestProblem[] {
  const found: RequestProblem[] = [];
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    const first = new Map<string, Node>();
    (node.children ?? []).forEach((child, index) => {
      if (node.type === 'array') {
        stack.push({ node: child, path: [...path, index] });
        return;
      }
      const [keyNode, valueNode] = child.children ?? [];
      const key = typeof keyNode?.value === 'string' ? keyNode.value : undefined;
      if (!keyNode || key === undefined) {
        return;
      }
      const earlier = first.get(key);
      if (earlier) {
        const line = offsetToPosition(text, earlier.offset).line;
        const where = shownPath(path) || '/';
        const message = t(
          'Duplicate key "{0}" in {1} (first on line {2}): a key may appear only once.',
          shortKey(key),
          where,
          line,
        );
        found.push({
          code: 'json.duplicateKey',
          severity: 'error',
          message,
          offset: keyNode.offset,
          length: keyNode.length,
          path: [...path, key],
        });
      } else {
        first.set(key, keyNode);
      }
      if (valueNode) {
        stack.push({ node: valueNode, path: [...path, key] });
      }
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
