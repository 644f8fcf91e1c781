// The quota arithmetic of a scale-out (docs/quota-api.md §7): for each resource, what N new nodes
// need against what is free, the largest N that fits and the resource that limits it. Pure.
import type { QuotaLimit, QuotaResource } from '../model/quota';
import { QUOTA_RESOURCES } from '../model/quota';
import type { PerNode } from './perNode';

/** Free of a quota: undefined when unlimited. */
export function freeOf(limit: QuotaLimit): number | undefined {
  return limit.max === undefined ? undefined : Math.max(0, limit.max - limit.used);
}

/** What was read, per resource: a number free, `'unlimited'`; a resource not read is absent. */
export type FreeQuota = Partial<Record<QuotaResource, number | 'unlimited'>>;

export interface ResourceFit {
  readonly resource: QuotaResource;
  readonly perNode: number;
  readonly needed: number;
  /** Undefined: unlimited. */
  readonly free: number | undefined;
  /** The most nodes this resource lets in; undefined: unlimited. */
  readonly fits: number | undefined;
}

export interface QuotaFit {
  /** The resources compared, in MRS's code order. */
  readonly resources: readonly ResourceFit[];
  /** The most nodes every resource compared lets in; undefined: unlimited. */
  readonly fits: number | undefined;
  /** The resource that gives `fits`, when one limits. */
  readonly limiting: QuotaResource | undefined;
  /** The resources short for the nodes asked for. */
  readonly short: readonly ResourceFit[];
}

/** One node's take of each resource; a resource whose take is unknown is left out. */
export function takesOf(node: PerNode): Partial<Record<QuotaResource, number>> {
  const takes: Partial<Record<QuotaResource, number>> = { instances: 1, volumes: node.volumes, ips: 1 };
  if (node.cores !== undefined) {
    takes.cores = node.cores;
  }
  if (node.ramMb !== undefined) {
    takes.ramMb = node.ramMb;
  }
  if (node.gigabytes !== undefined) {
    takes.gigabytes = node.gigabytes;
  }
  return takes;
}

/** Compares `nodes` new nodes, each taking `takes`, with what is free. */
export function fitQuota(nodes: number, takes: Partial<Record<QuotaResource, number>>, free: FreeQuota): QuotaFit {
  const resources: ResourceFit[] = [];
  for (const resource of QUOTA_RESOURCES) {
    const perNode = takes[resource];
    const room = free[resource];
    if (perNode === undefined || room === undefined) {
      continue;
    }
    const unlimited = room === 'unlimited';
    const fits = unlimited || perNode <= 0 ? undefined : Math.floor(room / perNode);
    resources.push({ resource, perNode, needed: perNode * nodes, free: unlimited ? undefined : room, fits });
  }
  let limiting: ResourceFit | undefined;
  for (const r of resources) {
    if (r.fits !== undefined && (limiting?.fits === undefined || r.fits < limiting.fits)) {
      limiting = r;
    }
  }
  const short = resources.filter((r) => r.fits !== undefined && r.fits < nodes);
  return { resources, fits: limiting?.fits, limiting: limiting?.resource, short };
}
