// Every node of ListNodes, page by page, whichever way the server reads `offset`: the docs call it an
// offset but start it at 1 and the SDK describes it as a page (docs/mrs-api.md §3.4). Page 1 is the
// same either way; the second request asks for page 2, and when its first node is one already read
// the server counts items, so the reading goes on with item offsets. Each node once (by resource id
// or name), bounded even if the server lies.
import type { ClusterNode } from '../model/cluster';

const MAX_REQUESTS = 1000;

export interface NodePageAnswer {
  readonly nodes: readonly ClusterNode[];
  readonly total: number | undefined;
}

export type NodeOffsetReading = 'page' | 'item';

export interface CollectedNodes {
  readonly nodes: ClusterNode[];
  /** How the server read `offset`, when a second request told. */
  readonly offsetReading: NodeOffsetReading | undefined;
}

function keyOf(node: ClusterNode): string {
  return node.resourceId ?? `name:${node.name}`;
}

export async function collectNodes(
  fetch: (offset: number) => Promise<NodePageAnswer>,
  limit: number,
): Promise<CollectedNodes> {
  const seen = new Map<string, ClusterNode>();
  let reading: NodeOffsetReading | undefined;
  let offset = 1;
  for (let request = 0; request < MAX_REQUESTS; request++) {
    const { nodes, total } = await fetch(offset);
    const before = seen.size;
    if (request === 1 && nodes.length > 0) {
      reading = seen.has(keyOf(nodes[0])) ? 'item' : 'page';
    }
    for (const node of nodes) {
      if (!seen.has(keyOf(node))) {
        seen.set(keyOf(node), node);
      }
    }
    const done =
      nodes.length === 0 ||
      seen.size === before ||
      (total !== undefined && seen.size >= total) ||
      (total === undefined && nodes.length < limit);
    if (done) {
      break;
    }
    offset = reading === 'item' ? seen.size + 1 : offset + 1;
  }
  return { nodes: [...seen.values()], offsetReading: reading };
}
