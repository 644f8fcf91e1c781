// The quota pre-flight's sentences, shared by every way in (the plan, the form, the palette, request
// files, the CLI): a short resource named with MRS's code and the numbers, how many nodes fit and
// what limits them, and "quota not checked" with why. Pure: the webview runs them too.
import type { QuotaRead, QuotaResource } from '../model/quota';
import { MRS_QUOTA_CODES } from '../model/quota';
import type { Translate } from '../translate';
import type { ResourceFit } from './arithmetic';

/** A read that failed, and why, translated: "no permission (HTTP 403, Pdp.0001)". */
export interface QuotaNotRead {
  readonly read: QuotaRead;
  readonly reason: string;
}

/** MB as GiB for a sentence: `64`, `12.5`; needs rounded up, free rounded down. */
export function gib(mb: number, round: 'up' | 'down'): string {
  const tenths = (mb / 1024) * 10;
  const value = (round === 'up' ? Math.ceil(tenths - 1e-9) : Math.floor(tenths + 1e-9)) / 10;
  return String(value);
}

/** A resource in a list or after "limited by". */
export function resourceName(resource: QuotaResource, t: Translate): string {
  switch (resource) {
    case 'instances':
      return t('servers');
    case 'cores':
      return t('vCPUs');
    case 'ramMb':
      return t('memory (GiB)');
    case 'volumes':
      return t('disks');
    case 'gigabytes':
      return t('disk capacity (GB)');
    case 'ips':
      return t('subnet IPs');
  }
}

/** An amount of a resource as a sentence shows it (memory in GiB). */
export function amountOf(resource: QuotaResource, n: number, round: 'up' | 'down'): string {
  return resource === 'ramMb' ? gib(n, round) : String(n);
}

/** The comparison a sentence needs: each resource's need and free, and the nodes that fit. */
export interface FitFacts {
  readonly resources: readonly ResourceFit[];
  readonly fits: number | undefined;
}

/** "Needs 32 vCPUs, 20 free: MRS would refuse with 12000031. Ask for a higher quota or add fewer nodes (at most 1 fit)." */
export function shortText(fit: FitFacts, resource: QuotaResource, t: Translate): string {
  const r = fit.resources.find((x) => x.resource === resource);
  const needed = r?.needed ?? 0;
  const free = r?.free ?? 0;
  const code = MRS_QUOTA_CODES[resource];
  const most = fit.fits ?? 0;
  switch (resource) {
    case 'instances':
      return needed === 1
        ? t(
            'Needs 1 new server, {0} free: MRS would refuse with {1}. Ask for a higher quota or add fewer nodes (at most {2} fit).',
            free,
            code,
            most,
          )
        : t(
            'Needs {0} new servers, {1} free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
            needed,
            free,
            code,
            most,
          );
    case 'cores':
      return t(
        'Needs {0} vCPUs, {1} free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        most,
      );
    case 'ramMb':
      return t(
        'Needs {0} GiB of memory, {1} GiB free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        gib(needed, 'up'),
        gib(free, 'down'),
        code,
        most,
      );
    case 'volumes':
      return t(
        'Needs {0} disks, {1} free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        most,
      );
    case 'gigabytes':
      return t(
        'Needs {0} GB of disk, {1} GB free: MRS would refuse with {2}. Ask for a higher quota or add fewer nodes (at most {3} fit).',
        needed,
        free,
        code,
        most,
      );
    case 'ips':
      return needed === 1
        ? t(
            'Needs 1 IP address in the subnet, {0} free: MRS would refuse with {1}. Free some addresses or add fewer nodes (at most {2} fit).',
            free,
            code,
            most,
          )
        : t(
            'Needs {0} IP addresses in the subnet, {1} free: MRS would refuse with {2}. Free some addresses or add fewer nodes (at most {3} fit).',
            needed,
            free,
            code,
            most,
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

/** "Quota not checked (ECS quota: no permission (HTTP 403)). …", or undefined when every read answered. */
export function notCheckedText(notRead: readonly QuotaNotRead[], t: Translate): string | undefined {
  if (notRead.length === 0) {
    return undefined;
  }
  const why = notRead.map((n) => t('{0}: {1}', readName(n.read, t), n.reason)).join('; ');
  return t('Quota not checked ({0}). The resize can be sent; MRS checks the quota itself.', why);
}
