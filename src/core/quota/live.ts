// The quota of a scale-out as a way in shows it while the user types (the form, the palette's count,
// a request file): the free amounts and what a node of each group takes, read once per reading of the
// cluster (readLive.ts), and the arithmetic run here on every keystroke without a request. Pure: the
// webview runs it. The plan's own pre-flight (plan/quotaCheck.ts) says the same with the same words.
import type { ResizeCall } from '../api/resizeCall';
import type { QuotaResource } from '../model/quota';
import { RESIZE_PATHS } from '../resize/problem';
import type { ResizeCheck, ResizePath, ScaleType } from '../resize/types';
import type { Translate } from '../translate';
import { fitQuota, takesOf, type FreeQuota, type QuotaFit } from './arithmetic';
import type { QuotaBasis } from './basis';
import { perNodeOf, type FirstTaskNodes, type PerNode } from './perNode';
import { amountOf, notCheckedText, resourceName, shortText, type QuotaNotRead } from './words';

/** What was read of the tenant's quota for one reading of a cluster. Plain JSON-safe data. */
export interface LiveQuota {
  readonly basis: QuotaBasis;
  /** A resource whose read failed is absent. */
  readonly free: FreeQuota;
  readonly notRead: readonly QuotaNotRead[];
}

export type ShortQuotaCode =
  'quota.instances' | 'quota.cores' | 'quota.ram' | 'quota.volumes' | 'quota.gigabytes' | 'quota.ips';

export const SHORT_QUOTA_CODES: Readonly<Record<QuotaResource, ShortQuotaCode>> = {
  instances: 'quota.instances',
  cores: 'quota.cores',
  ramMb: 'quota.ram',
  volumes: 'quota.volumes',
  gigabytes: 'quota.gigabytes',
  ips: 'quota.ips',
};

/** The quota's codes: one per resource MRS compares, and the failed read. */
export const QUOTA_PROBLEM_CODES = [
  'quota.instances',
  'quota.cores',
  'quota.ram',
  'quota.volumes',
  'quota.gigabytes',
  'quota.ips',
  'quota.notChecked',
] as const satisfies readonly (ShortQuotaCode | 'quota.notChecked')[];
export type QuotaProblemCode = (typeof QUOTA_PROBLEM_CODES)[number];

export interface LiveQuotaProblem {
  readonly severity: 'error';
  readonly code: ShortQuotaCode;
  readonly message: string;
  readonly path: ResizePath;
}

export interface LiveQuotaCheck {
  readonly fit: QuotaFit;
  readonly perNode: PerNode;
  /** "Quota: at most 40 more nodes fit (vCPUs: 20 free)"; undefined when no resource was compared. */
  readonly line: string | undefined;
  /** "at most 40 fit: limited by vCPUs"; undefined when nothing limits. */
  readonly limit: string | undefined;
  /** One error per short resource, on the count; none without a count. */
  readonly problems: readonly LiveQuotaProblem[];
  /** "Quota not checked (…)": a read failed; never a refusal. */
  readonly notChecked: string | undefined;
}

/** The first task nodes' `task_node_info` of a v1.1 call. */
export function firstTaskNodesOf(call: ResizeCall | undefined): FirstTaskNodes | undefined {
  const info = call?.kind === 'v1.1' ? call.body.parameters.task_node_info : undefined;
  if (!info) {
    return undefined;
  }
  const n = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v));
  return {
    nodeSize: info.node_size,
    dataVolumeCount: n(info.data_volume_count),
    dataVolumeSizeGb: n(info.data_volume_size),
  };
}

/** "(Estimated from the flavor name c6.4xlarge.4.)" after a vCPU or memory shortfall read from the name. */
export function estimateNote(perNode: PerNode, resource: QuotaResource, t: Translate): string {
  return perNode.estimated && (resource === 'cores' || resource === 'ramMb')
    ? ` ${t('(Estimated from the flavor name {0}.)', perNode.flavor ?? '')}`
    : '';
}

function lineOf(fit: QuotaFit, t: Translate): string | undefined {
  if (fit.resources.length === 0) {
    return undefined;
  }
  const limiting = fit.resources.find((r) => r.resource === fit.limiting);
  if (fit.fits === undefined || !limiting || limiting.free === undefined) {
    return t('Quota: no limit on the number of nodes among what was read');
  }
  const free = amountOf(limiting.resource, limiting.free, 'down');
  return t('Quota: at most {0} more nodes fit ({1}: {2} free)', fit.fits, resourceName(limiting.resource, t), free);
}

/**
 * The quota of what the rules checked: for a scale-out of a known group, how many nodes fit and what
 * limits them, and with a count, an error per short resource. Undefined for a scale-in, for a group
 * the rules do not know, and for the first task nodes before their `task_node_info` is valid.
 */
export function liveQuotaOf(
  quota: LiveQuota,
  check: Pick<ResizeCheck, 'group' | 'change' | 'call'>,
  scaleType: ScaleType,
  t: Translate,
): LiveQuotaCheck | undefined {
  const group = check.group;
  const first = firstTaskNodesOf(check.call);
  if (scaleType !== 'scale_out' || !group || (!first && !quota.basis.groups[group.name])) {
    return undefined;
  }
  const nodes = check.change && check.call ? check.change.to - check.change.from : 0;
  const perNode = perNodeOf(quota.basis, group.name, first);
  const fit = fitQuota(Math.max(nodes, 0), takesOf(perNode), quota.free);
  const problems: LiveQuotaProblem[] = fit.short.map((r) => ({
    severity: 'error',
    code: SHORT_QUOTA_CODES[r.resource],
    message: shortText(fit, r.resource, t) + estimateNote(perNode, r.resource, t),
    path: RESIZE_PATHS.instances,
  }));
  const limit =
    fit.fits !== undefined && fit.limiting !== undefined
      ? t('at most {0} fit: limited by {1}', fit.fits, resourceName(fit.limiting, t))
      : undefined;
  return { fit, perNode, line: lineOf(fit, t), limit, problems, notChecked: notCheckedText(quota.notRead, t) };
}
