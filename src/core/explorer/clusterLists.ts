// The cluster lists of the Clusters view, indexed by id: a list is replaced, never changed in place, so
// an index is right for as long as its list is the view's; a further page moves the index along.
import type { Cluster } from '../model/cluster';

export class ClusterLists {
  /**
   * Id → cluster (the first with that id) of a view's list, per list: a list is replaced, never changed
   * in place, so an index is right for as long as its list is the view's.
   */
  private readonly indexes = new WeakMap<readonly Cluster[], Map<string, Cluster>>();

  /**
   * The list with a further page at its end; a cluster of the page that is already listed (the list
   * moved on the server between two pages) leaves its old place. Only the page is looked up in the
   * list's index: loading n clusters page by page costs O(n), not O(n²/page size).
   */
  appendPage(list: readonly Cluster[], pageClusters: readonly Cluster[]): Cluster[] {
    const index = this.indexOf(list);
    if (pageClusters.some((c) => index.has(c.id))) {
      const fresh = new Set(pageClusters.map((c) => c.id));
      return [...list.filter((c) => !fresh.has(c.id)), ...pageClusters];
    }
    const longer = list.concat(pageClusters);
    for (const c of pageClusters) {
      if (!index.has(c.id)) {
        index.set(c.id, c);
      }
    }
    // The old list is no longer the view's: its index moves to the new one.
    this.indexes.delete(list);
    this.indexes.set(longer, index);
    return longer;
  }

  indexOf(list: readonly Cluster[]): Map<string, Cluster> {
    let index = this.indexes.get(list);
    if (index === undefined) {
      index = new Map();
      for (const c of list) {
        if (!index.has(c.id)) {
          index.set(c.id, c);
        }
      }
      this.indexes.set(list, index);
    }
    return index;
  }
}
