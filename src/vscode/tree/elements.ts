// The elements of the Clusters tree: small records with stable ids. The same object is handed
// out for the same id, so that change events for one cluster find it again and a refresh keeps
// expansion and selection.
import type { Host, NodeGroupRole } from '../../core/model/cluster';
import type { MessageDescription } from './describeMessage';

export type ClusterTreeElement =
  | { readonly kind: 'connection'; readonly id: string; readonly connection: string }
  | { readonly kind: 'cluster'; readonly id: string; readonly connection: string; readonly clusterId: string }
  | {
      readonly kind: 'nodeGroup';
      readonly id: string;
      readonly connection: string;
      readonly clusterId: string;
      readonly group: string;
      readonly role: NodeGroupRole;
    }
  | { readonly kind: 'host'; readonly id: string; readonly connection: string; readonly clusterId: string; host: Host }
  | { readonly kind: 'message'; readonly id: string; readonly connection?: string; row: MessageDescription }
  | { readonly kind: 'loadMore'; readonly id: string; readonly connection: string };

export class ElementCache {
  private readonly elements = new Map<string, ClusterTreeElement>();

  /** The cached element with this id, refreshed with the given fields. */
  get<T extends ClusterTreeElement>(element: T): T {
    const known = this.elements.get(element.id) as T | undefined;
    if (known) {
      return Object.assign(known, element);
    }
    this.elements.set(element.id, element);
    return element;
  }

  find(id: string): ClusterTreeElement | undefined {
    return this.elements.get(id);
  }

  clear(): void {
    this.elements.clear();
  }
}

export const ids = {
  connection: (c: string) => `conn:${c}`,
  cluster: (c: string, cluster: string) => `cluster:${c}/${cluster}`,
  group: (c: string, cluster: string, group: string) => `group:${c}/${cluster}/${group}`,
  host: (c: string, cluster: string, host: string) => `host:${c}/${cluster}/${host}`,
  message: (c: string | undefined, what: string) => `msg:${c ?? ''}/${what}`,
  loadMore: (c: string) => `more:${c}`,
};
