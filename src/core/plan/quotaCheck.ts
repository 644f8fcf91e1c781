// The quota pre-flight in the one plan (issue 23, docs/quota-api.md §7): the reads start with the
// cluster's (the subnet's as soon as the details name it), the arithmetic runs on the check the rules
// let through, and the plan gets one error per resource that is short, naming the code MRS would
// answer, or ONE info when a read failed ("quota not checked"): a failed read never blocks the send.
import type { ResizeCall } from '../api/resizeCall';
import type { EcsQuota, EvsQuota, QuotaRead, QuotaResource } from '../model/quota';
import { MRS_QUOTA_CODES } from '../model/quota';
import type { QuotaBasis } from '../quota/basis';
import { perNodeOf, type FirstTaskNodes } from '../quota/perNode';
import { settle, type QuotaReads, type Settled } from '../quota/reader';
import { quotaSummary, type QuotaReads3, type QuotaSummary } from '../quota/summary';
import type { ResizeChange, ResizePath } from '../resize/types';
import type { Translate } from '../translate';
import type { QuotaProblemCode, ResizeOrder } from './plan';

/** The reads under way for one plan. */
export interface QuotaReading {
  readonly ecs: Promise<Settled<EcsQuota>>;
  readonly evs: Promise<Settled<EvsQuota>>;
  /** Started once the details name the subnet. */
  vpc: Promise<Settled<number>> | undefined;
}

/** Only a scale-out takes quota: the order says so before the cluster is read. */
export function asksScaleOut(order: ResizeOrder): boolean {
  if ('draft' in order.ask) {
    return order.ask.draft.scaleType === 'scale_out';
  }
  if (order.ask.file.member === 'expand') {
    return true;
  }
  const request = order.ask.file.request as { parameters?: { scale_type?: unknown } } | undefined;
  return order.ask.file.member === 'request' && request?.parameters?.scale_type === 'scale_out';
}

export function startQuotaReads(reads: QuotaReads, signal: AbortSignal | undefined): QuotaReading {
  return {
    ecs: settle(reads.ecsLimits({ signal })),
    evs: settle(reads.evsQuota({ signal })),
    vpc: undefined,
  };
}

export function readSubnet(
  reading: QuotaReading,
  reads: QuotaReads,
  subnetId: string | undefined,
  signal?: AbortSignal,
) {
  if (subnetId) {
    reading.vpc = settle(reads.subnetFreeIps(subnetId, { signal }));
  }
}

function firstTaskNodesOf(call: ResizeCall): FirstTaskNodes | undefined {
  const info = call.kind === 'v1.1' ? call.body.parameters.task_node_info : undefined;
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

/** The summary of a scale-out the rules let through; undefined for a scale-in. */
export async function quotaOfCheck(
  reading: QuotaReading,
  basis: QuotaBasis,
  check: { readonly call: ResizeCall; readonly change: ResizeChange; readonly groupName: string },
  t: Translate,
): Promise<QuotaSummary | undefined> {
  const nodes = check.change.to - check.change.from;
  if (nodes <= 0) {
    return undefined;
  }
  const [ecs, evs, vpc] = await Promise.all([reading.ecs, reading.evs, reading.vpc]);
  const reads: QuotaReads3 = { ecs, evs, vpc };
  return quotaSummary(nodes, perNodeOf(basis, check.groupName, firstTaskNodesOf(check.call)), reads, t);
}

/** MB as GiB for a sentence: `64`, `12.5`; needs rounded up, free rounded down. */
export function gib(mb: number, round: 'up' | 'down'): string {
  const tenths = (mb / 1024) * 10;
  const value = (round === 'up' ? Math.ceil(tenths - 1e-9) : Math.floor(tenths + 1e-9)) / 10;
  return String(value);
}

const CODES: Readonly<Record<QuotaResource, QuotaProblemCode>> = {
  instances: 'quota.instances',
  cores: 'quota.cores',
  ramMb: 'quota.ram',
  volumes: 'quota.volumes',
  gigabytes: 'quota.gigabytes',
  ips: 'quota.ips',
};

function shortText(summary: QuotaSummary, resource: QuotaResource, t: Translate): string {
  const r = summary.resources.find((x) => x.resource === resource);
  const needed = r?.needed ?? 0;
  const free = r?.free ?? 0;
  const code = MRS_QUOTA_CODES[resource];
  const fit = summary.fits ?? 0;
  switch (resource) {
    case 'instances':
      return t(
        'Needs {0} new servers, {1} free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        fit,
      );
    case 'cores':
      return t(
        'Needs {0} vCPUs, {1} free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        fit,
      );
    case 'ramMb':
      return t(
        'Needs {0} GiB of memory, {1} GiB free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        gib(needed, 'up'),
        gib(free, 'down'),
        code,
        fit,
      );
    case 'volumes':
      return t(
        'Needs {0} disks, {1} free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        fit,
      );
    case 'gigabytes':
      return t(
        'Needs {0} GB of disk, {1} GB free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        fit,
      );
    case 'ips':
      return t(
        'Needs {0} IP addresses in the subnet, {1} free: MRS would refuse with {2}. Free some addresses or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        fit,
      );
  }
}

/** The name of a read in "quota not checked". */
export function readName(read: QuotaRead, t: Translate): string {
  switch (read) {
    case 'ecs':
      return t('ECS quota');
    case 'evs':
      return t('EVS quota');
    case 'vpc':
      return t('subnet IPs (VPC)');
  }
}

export function notCheckedText(summary: QuotaSummary, t: Translate): string | undefined {
  if (summary.notRead.length === 0) {
    return undefined;
  }
  const why = summary.notRead.map((n) => t('{0}: {1}', readName(n.read, t), n.reason)).join('; ');
  return t('Quota not checked ({0}). The resize can be sent; MRS checks the quota itself.', why);
}

export interface QuotaProblem {
  readonly severity: 'error' | 'info';
  readonly code: QuotaProblemCode;
  readonly message: string;
  readonly path: ResizePath;
}

/** One error per short resource (with the vCPUs' and memory's estimate said), then one info. */
export function quotaProblems(summary: QuotaSummary, path: ResizePath, t: Translate): QuotaProblem[] {
  const problems: QuotaProblem[] = summary.short.map((resource) => {
    const estimated =
      summary.perNode.estimated && (resource === 'cores' || resource === 'ramMb')
        ? ` ${t('(Estimated from the flavor name {0}.)', summary.perNode.flavor ?? '')}`
        : '';
    return { severity: 'error', code: CODES[resource], message: shortText(summary, resource, t) + estimated, path };
  });
  const notChecked = notCheckedText(summary, t);
  if (notChecked) {
    problems.push({ severity: 'info', code: 'quota.notChecked', message: notChecked, path });
  }
  return problems;
}
