// The quota pre-flight of one scale-out as plain data (a plan carries it, `mrs-resize plan --json`
// prints it): what was read, what N nodes need against what is free, how many fit, and which reads
// failed and why. Built from the settled reads and the per-node take; pure.
import { isMrsApiError } from '../api/errors';
import { errorMessage } from '../errors';
import type { EcsQuota, EvsQuota, QuotaResource } from '../model/quota';
import type { Translate } from '../translate';
import { fitQuota, freeOf, takesOf, type FreeQuota, type ResourceFit } from './arithmetic';
import type { PerNode } from './perNode';
import type { Settled } from './reader';
import { amountOf, resourceName, type QuotaNotRead } from './words';

export type { QuotaNotRead } from './words';

export interface QuotaReads3 {
  readonly ecs: Settled<EcsQuota>;
  readonly evs: Settled<EvsQuota>;
  /** Undefined when the cluster names no subnet. */
  readonly vpc: Settled<number> | undefined;
}

export interface QuotaSummary {
  /** The nodes asked for. */
  readonly nodes: number;
  readonly perNode: PerNode;
  readonly resources: readonly ResourceFit[];
  /** The most nodes that fit; undefined: no limit among what was read. */
  readonly fits: number | undefined;
  readonly limiting: QuotaResource | undefined;
  readonly short: readonly QuotaResource[];
  /** The reads that failed: their resources were not compared. */
  readonly notRead: readonly QuotaNotRead[];
}

/** Why a read failed, in a few words for "quota not checked: …". */
export function whyNotRead(error: unknown, t: Translate): string {
  if (!isMrsApiError(error)) {
    return errorMessage(error);
  }
  const detail = [error.status ? `HTTP ${error.status}` : undefined, error.code].filter(Boolean).join(', ');
  // A 404 web page (no JSON) from a host that does not serve the API reads as an invalid answer.
  const kind = error.status === 404 ? 'notFound' : error.kind;
  switch (kind) {
    case 'forbidden':
    case 'unauthorized':
      return t('no permission ({0})', detail);
    case 'notFound':
      return t('the endpoint does not serve this API ({0})', detail);
    case 'network':
    case 'timeout':
      return t('the endpoint could not be reached ({0})', error.message);
    case 'invalidResponse':
      return t('the answer could not be read ({0})', error.message);
    default:
      return detail ? `${error.message} (${detail})` : error.message;
  }
}

/** The free amount of each resource whose read answered. */
export function freeFrom(reads: QuotaReads3): FreeQuota {
  const free: FreeQuota = {};
  const put = (resource: QuotaResource, n: number | undefined) => {
    free[resource] = n === undefined ? 'unlimited' : n;
  };
  if (reads.ecs.ok) {
    put('instances', freeOf(reads.ecs.value.instances));
    put('cores', freeOf(reads.ecs.value.cores));
    put('ramMb', freeOf(reads.ecs.value.ramMb));
  }
  if (reads.evs.ok) {
    put('volumes', freeOf(reads.evs.value.volumes));
    put('gigabytes', freeOf(reads.evs.value.gigabytes));
  }
  if (reads.vpc?.ok) {
    put('ips', reads.vpc.value);
  }
  return free;
}

/** The reads that failed, and why. */
export function notReadOf(reads: QuotaReads3, t: Translate): QuotaNotRead[] {
  const notRead: QuotaNotRead[] = [];
  for (const read of ['ecs', 'evs', 'vpc'] as const) {
    const got = reads[read];
    if (got && !got.ok) {
      notRead.push({ read, reason: whyNotRead(got.error, t) });
    }
  }
  return notRead;
}

export function quotaSummary(nodes: number, perNode: PerNode, reads: QuotaReads3, t: Translate): QuotaSummary {
  const fit = fitQuota(nodes, takesOf(perNode), freeFrom(reads));
  const notRead = notReadOf(reads, t);
  return {
    nodes,
    perNode,
    resources: fit.resources,
    fits: fit.fits,
    limiting: fit.limiting,
    short: fit.short.map((r) => r.resource),
    notRead,
  };
}

/**
 * "Quota for 2 new nodes: servers 2 needed, 310 free, vCPUs 32 needed, 2560 free; at most 80 nodes
 * fit (limited by vCPUs)." Undefined when no resource was compared (every read failed).
 */
export function quotaSummaryLine(quota: QuotaSummary, t: Translate): string | undefined {
  if (quota.resources.length === 0) {
    return undefined;
  }
  const each = quota.resources.map((r) =>
    t(
      '{0} {1} needed, {2} free',
      resourceName(r.resource, t),
      amountOf(r.resource, r.needed, 'up'),
      r.free === undefined ? t('unlimited') : amountOf(r.resource, r.free, 'down'),
    ),
  );
  const fits =
    quota.fits === undefined || quota.limiting === undefined
      ? t('no limit on the number of nodes')
      : t('at most {0} nodes fit (limited by {1})', quota.fits, resourceName(quota.limiting, t));
  return t(
    'Quota for {0} new nodes: {1}; {2}.',
    quota.nodes,
    each.reduce((a, b) => t('{0}, {1}', a, b)),
    fits,
  );
}
